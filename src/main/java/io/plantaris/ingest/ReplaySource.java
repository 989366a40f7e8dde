package io.plantaris.ingest;

import io.plantaris.insole.Recording;
import io.plantaris.insole.Track;
import io.plantaris.protocol.Descriptor;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.FrameReader;
import io.plantaris.sim.TimedBytes;
import io.plantaris.sim.WireRecordingWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays recordings into the service as if their insoles were live: wire recordings frame by
 * frame, imported recordings (Moticon, CSV) encoded to wire frames first. Paced by device time at
 * {@code speed} times real time, or as fast as possible when {@code speed} is 0.
 */
public final class ReplaySource implements FrameSource {
  /** Stream keys of replayed recordings start with this. */
  static final String KEY_PREFIX = "replay:";

  private static final Logger log = LoggerFactory.getLogger(ReplaySource.class);

  private record Stream(String key, List<TimedBytes> frames) {}

  private final List<Stream> streams;
  private final double speed;
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile boolean running;
  private Thread thread;

  private ReplaySource(List<Stream> streams, double speed) {
    if (!(speed >= 0)) {
      throw new IllegalArgumentException("speed must be >= 0 (0 = as fast as possible)");
    }
    this.streams = streams;
    this.speed = speed;
  }

  /** Replays wire byte streams, one per insole, each keyed by the device id in its descriptor. */
  public static ReplaySource ofWire(List<byte[]> wireStreams, double speed) {
    List<Stream> s = new ArrayList<>();
    for (byte[] wire : wireStreams) {
      List<TimedBytes> frames = WireFrames.split(wire);
      s.add(new Stream(KEY_PREFIX + deviceIdOf(wire, s.size()), frames));
    }
    return new ReplaySource(s, speed);
  }

  /** Replays wire byte streams under the given stream keys (one key per stream). */
  public static ReplaySource ofWire(
      List<byte[]> wireStreams, List<String> streamKeys, double speed) {
    if (wireStreams.size() != streamKeys.size()) {
      throw new IllegalArgumentException("one stream key per wire stream");
    }
    List<Stream> s = new ArrayList<>();
    for (int i = 0; i < wireStreams.size(); i++) {
      s.add(new Stream(streamKeys.get(i), WireFrames.split(wireStreams.get(i))));
    }
    return new ReplaySource(s, speed);
  }

  /** Replays an imported recording, each track encoded as its insole would have sent it. */
  public static ReplaySource ofRecording(Recording recording, double speed) {
    List<Stream> s = new ArrayList<>();
    for (Track t : recording.tracks()) {
      s.add(
          new Stream(
              KEY_PREFIX + t.layout().deviceId(),
              WireRecordingWriter.frames(t, t.layout().deviceId().hashCode() & 0xFFFFFFFFL)));
    }
    return new ReplaySource(s, speed);
  }

  @Override
  public void start(ByteSink sink) {
    running = true;
    thread = new Thread(() -> run(sink), "replay");
    thread.setDaemon(true);
    thread.start();
  }

  /** Waits until every frame has been handed to the sink. */
  public void awaitDone() throws InterruptedException {
    done.await();
  }

  @Override
  public String name() {
    return "replay of "
        + streams.size()
        + " insole(s) at "
        + (speed == 0 ? "full" : speed + "x")
        + " speed";
  }

  @Override
  public boolean connected() {
    return running;
  }

  @Override
  public void close() {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
  }

  private void run(ByteSink sink) {
    record Tagged(String key, TimedBytes frame) {}
    List<Tagged> all = new ArrayList<>();
    for (Stream s : streams) {
      for (TimedBytes f : s.frames()) {
        all.add(new Tagged(s.key(), f));
      }
    }
    all.sort(Comparator.comparingLong(t -> t.frame().timeMicros()));
    long startNanos = System.nanoTime();
    long startMillis = System.currentTimeMillis();
    long firstMicros = all.isEmpty() ? 0 : all.get(0).frame().timeMicros();
    try {
      for (Tagged t : all) {
        if (!running) {
          break;
        }
        long offsetNanos = (t.frame().timeMicros() - firstMicros) * 1000;
        long receivedMillis = startMillis + offsetNanos / 1_000_000;
        if (speed > 0) {
          long due = startNanos + Math.round(offsetNanos / speed);
          long wait = due - System.nanoTime();
          if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
          }
          receivedMillis = System.currentTimeMillis();
        }
        byte[] b = t.frame().bytes();
        while (!sink.onBytes(t.key(), b, 0, b.length, receivedMillis) && speed == 0 && running) {
          Thread.sleep(
              1); // as fast as the pipeline takes it, but never faster: a replay loses nothing
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      running = false;
      done.countDown();
      log.info("replay finished: {} frames", all.size());
    }
  }

  private static String deviceIdOf(byte[] wire, int index) {
    String[] id = {null};
    FrameReader r =
        new FrameReader(
            (Frame f) -> {
              if (id[0] == null && f.message() instanceof Descriptor d) {
                id[0] = d.deviceId();
              }
            });
    r.feed(wire);
    return id[0] != null ? id[0] : "insole-" + (index + 1);
  }
}
