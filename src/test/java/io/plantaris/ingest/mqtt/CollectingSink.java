package io.plantaris.ingest.mqtt;

import io.plantaris.ingest.ByteSink;
import io.plantaris.ingest.LinkState;
import io.plantaris.protocol.DecodeException;
import io.plantaris.protocol.Deframer;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.FrameDecoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link ByteSink} for tests: deframes and decodes each stream, records link states. */
final class CollectingSink implements ByteSink {
  private final Map<String, Deframer> deframers = new HashMap<>();
  private final Map<String, List<Frame>> frames = new HashMap<>();
  private final Map<String, List<LinkState>> states = new HashMap<>();
  private int decodeErrors;

  @Override
  public synchronized boolean onBytes(
      String key, byte[] data, int off, int len, long receivedMillis) {
    deframers.computeIfAbsent(key, k -> new Deframer(new Collect(k))).feed(data, off, len);
    return true;
  }

  @Override
  public synchronized void onLinkState(String key, LinkState state, String detail) {
    states.computeIfAbsent(key, k -> new ArrayList<>()).add(state);
  }

  synchronized List<Frame> frames(String key) {
    return List.copyOf(frames.getOrDefault(key, List.of()));
  }

  synchronized List<LinkState> states(String key) {
    return List.copyOf(states.getOrDefault(key, List.of()));
  }

  synchronized LinkState lastState(String key) {
    List<LinkState> s = states.getOrDefault(key, List.of());
    return s.isEmpty() ? null : s.get(s.size() - 1);
  }

  synchronized int decodeErrors() {
    return decodeErrors;
  }

  private final class Collect implements Deframer.Sink {
    private final String key;

    Collect(String key) {
      this.key = key;
    }

    @Override
    public void onFrame(byte[] buf, int off, int len) {
      try {
        frames
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(FrameDecoder.decodeEncoded(buf, off, len));
      } catch (DecodeException e) {
        decodeErrors++;
      }
    }

    @Override
    public void onOversize() {
      decodeErrors++;
    }
  }
}
