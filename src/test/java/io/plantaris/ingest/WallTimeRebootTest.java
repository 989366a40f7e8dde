package io.plantaris.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.RepEvent;
import io.plantaris.protocol.Descriptor;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.FrameDecoder;
import io.plantaris.protocol.FrameEncoder;
import io.plantaris.sim.TimedBytes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * PROTOCOL.md "Wall time" on the live path: an insole does a set, is switched off for five minutes,
 * reboots (clock from ~0) and does another set. The device time continues from before the reboot,
 * so without re-anchoring the second set would be stamped five minutes early, right after the
 * first. Re-anchored between sets, its reps carry the time they were done; no stamp lies in the
 * future of what had arrived, and each set keeps the clean recording's reps and durations.
 */
class WallTimeRebootTest {
  private static final String KEY = "test:SIM-L-0001";
  private static final long OFF_MILLIS = 300_000;

  @Test
  void aSetAfterAFiveMinuteRebootIsStampedWhenItWasDone() throws Exception {
    List<TimedBytes> frames =
        WireFrames.split(Files.readAllBytes(Path.of("samples/clean-set.plw")));
    long t0 = 1_800_000_000_000L;
    AtomicLong clock = new AtomicLong(t0);
    AtomicLong arrived = new AtomicLong(t0);
    List<RepEvent> reps = new CopyOnWriteArrayList<>();
    List<Long> ahead = new CopyOnWriteArrayList<>();
    List<SetFinished> sets = new CopyOnWriteArrayList<>();
    long setBArrivesAt;
    try (IngestService s = new IngestService(IngestConfig.defaults(), clock::get)) {
      s.addListener(
          new SessionListener() {
            @Override
            public void onRep(RepVerdict v) {
              reps.add(v.rep());
              ahead.add(v.rep().downEndMicros() / 1000 - arrived.get());
            }

            @Override
            public void onSet(SetFinished set) {
              sets.add(set);
            }
          });
      long lastArrival = send(s, frames, 0, clock, arrived);
      // switched off: the wall clock runs on, the first set closes by its rest
      quietUntilClosed(clock, lastArrival, () -> sets.size() == 1);
      setBArrivesAt = lastArrival + OFF_MILLIS;
      assertThat(clock.get()).isLessThan(setBArrivesAt);
      long end = send(s, rebooted(frames), setBArrivesAt, clock, arrived);
      quietUntilClosed(clock, end, () -> sets.size() == 2);
    }
    int n = reps.size() / 2;
    assertThat(sets).as("two sets, the reboot split nothing else").hasSize(2);
    List<RepEvent> a = reps.subList(0, n);
    List<RepEvent> b = reps.subList(n, reps.size());
    assertThat(durations(b)).as("set 2 has set 1's reps, phase for phase").isEqualTo(durations(a));
    assertThat(b.get(0).upStartMicros() / 1000)
        .as("set 2's first rep is stamped after the insole came back, not 5 min early")
        .isGreaterThanOrEqualTo(setBArrivesAt);
    SetFinished second = sets.get(1);
    assertThat(second.summary().startMicros() - sets.get(0).summary().endMicros())
        .as("the five minutes off show between the sets")
        .isGreaterThan((OFF_MILLIS - 10_000) * 1000);
    assertThat(ahead).as("no rep stamped in the future of what had arrived").allMatch(d -> d <= 0);
  }

  /** Sends the frames as they would arrive in real time from {@code startMillis} (0: from t0). */
  private static long send(
      IngestService s, List<TimedBytes> frames, long startMillis, AtomicLong clock, AtomicLong at)
      throws Exception {
    long first = frames.get(0).timeMicros();
    long base = startMillis == 0 ? clock.get() : startMillis;
    long arrival = base;
    for (TimedBytes f : frames) {
      arrival = base + (f.timeMicros() - first) / 1000;
      clock.set(arrival);
      at.set(arrival);
      byte[] b = f.bytes();
      assertThat(s.onBytes(KEY, b, 0, b.length, arrival, 5_000)).isTrue();
    }
    return arrival;
  }

  /** The recording as a rebooted device sends it: new boot id, sequence from 0, clock from 1 s. */
  private static List<TimedBytes> rebooted(List<TimedBytes> frames) throws Exception {
    Descriptor d = (Descriptor) decode(frames.get(0)).message();
    long t0 = decode(frames.get(0)).deviceTimeMicros();
    List<TimedBytes> out = new java.util.ArrayList<>();
    int seq = 0;
    for (TimedBytes tb : frames) {
      Frame f = decode(tb);
      var m =
          f.message() instanceof Descriptor again
              ? again.withBootId(d.bootId() ^ 0x5A5A)
              : f.message();
      long t = 1_000_000 + f.deviceTimeMicros() - t0;
      out.add(
          new TimedBytes(
              tb.timeMicros(),
              FrameEncoder.encodeWire(Frame.of(seq++ & 0xFFFF, t, m)),
              tb.descriptor()));
    }
    return out;
  }

  private static Frame decode(TimedBytes f) throws Exception {
    return FrameDecoder.decodeEncoded(f.bytes(), 0, f.bytes().length - 1);
  }

  /**
   * No more data: the wall clock moves on in 25 s steps (a rest is 20 s) until the open set has
   * closed; steps, because a chunk still being analysed counts as data at the clock's time.
   */
  private static void quietUntilClosed(AtomicLong clock, long from, BooleanSupplier closed)
      throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    for (long t = from + 25_000; !closed.getAsBoolean(); t += 25_000) {
      assertThat(System.nanoTime()).as("the set closed by the wall clock").isLessThan(deadline);
      clock.set(t);
      Thread.sleep(300);
    }
  }

  private static List<String> durations(List<RepEvent> reps) {
    return reps.stream()
        .map(r -> r.upMillis() + "/" + r.holdMillis() + "/" + r.downMillis() + " " + r.flags())
        .toList();
  }
}
