package io.plantaris.ingest.serial;

import io.plantaris.ingest.ByteSink;
import io.plantaris.ingest.LinkState;
import io.plantaris.protocol.DecodeCounters;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.FrameReader;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every byte and link change a source delivers, and decodes them on demand. */
final class RecordingSink implements ByteSink {
  record Change(String streamKey, LinkState state, String detail, long atNanos) {}

  /** What a fresh FrameReader makes of everything received so far. */
  record Decoded(List<Frame> frames, DecodeCounters counters) {}

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final List<String> keys = new CopyOnWriteArrayList<>();
  final List<Change> changes = new CopyOnWriteArrayList<>();

  @Override
  public synchronized boolean onBytes(
      String streamKey, byte[] data, int off, int len, long receivedMillis) {
    if (!keys.contains(streamKey)) {
      keys.add(streamKey);
    }
    bytes.write(data, off, len);
    return true;
  }

  @Override
  public void onLinkState(String streamKey, LinkState state, String detail) {
    changes.add(new Change(streamKey, state, detail, System.nanoTime()));
  }

  synchronized byte[] bytes() {
    return bytes.toByteArray();
  }

  List<String> streamKeys() {
    return List.copyOf(keys);
  }

  long count(LinkState state) {
    return changes.stream().filter(c -> c.state() == state).count();
  }

  Decoded decode() {
    List<Frame> frames = new ArrayList<>();
    FrameReader reader = new FrameReader(frames::add);
    reader.feed(bytes());
    return new Decoded(frames, reader.counters());
  }
}
