package io.plantaris.sim;

import io.plantaris.insole.Track;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Replays a simulation in real time: every frame leaves when the device would have sent it (its
 * device time, relative to the first frame, divided by {@code speed}), so a 100 Hz insole's
 * 5-sample SAMPLES frames go out one per 50 ms.
 */
public final class LiveStreamer {
  /** Waits until a monotonic nanosecond time; replaced by a fake in tests. */
  @FunctionalInterface
  public interface Sleeper {
    void sleepUntilNanos(long nanos) throws InterruptedException;
  }

  private final WireSink sink;
  private final double speed;
  private final LongSupplier nanoClock;
  private final Sleeper sleeper;

  public LiveStreamer(WireSink sink, double speed, LongSupplier nanoClock, Sleeper sleeper) {
    if (!(speed > 0)) {
      throw new IllegalArgumentException("speed must be > 0, was " + speed);
    }
    this.sink = sink;
    this.speed = speed;
    this.nanoClock = nanoClock;
    this.sleeper = sleeper;
  }

  /** A streamer on the system clock at real speed. */
  public static LiveStreamer realTime(WireSink sink) {
    return new LiveStreamer(
        sink,
        1.0,
        System::nanoTime,
        until -> {
          long wait = until - System.nanoTime();
          if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
          }
        });
  }

  /** Streams every track of {@code result} to the sink, interleaved in device time. */
  public void stream(SimulationResult result) throws IOException, InterruptedException {
    record Tagged(String deviceId, TimedBytes frame) {}
    List<Tagged> all = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Track track : result.recording().tracks()) {
      String id = track.layout().deviceId();
      ids.add(id);
      for (TimedBytes f :
          WireRecordingWriter.frames(track, SimulationFiles.bootId(result.config(), track))) {
        all.add(new Tagged(id, f));
      }
    }
    all.sort(Comparator.comparingLong(t -> t.frame().timeMicros())); // stable: device order kept
    sink.open(ids);
    long start = nanoClock.getAsLong();
    long firstMicros = all.isEmpty() ? 0 : all.get(0).frame().timeMicros();
    for (Tagged t : all) {
      long due = start + Math.round((t.frame().timeMicros() - firstMicros) * 1000 / speed);
      sleeper.sleepUntilNanos(due);
      sink.send(t.deviceId(), t.frame());
    }
  }
}
