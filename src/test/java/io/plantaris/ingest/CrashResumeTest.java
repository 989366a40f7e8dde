package io.plantaris.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.Collect;
import io.plantaris.analysis.RepEvent;
import io.plantaris.insole.Recording;
import io.plantaris.insole.Side;
import io.plantaris.insole.Track;
import io.plantaris.sim.GroundTruth;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.TimedBytes;
import io.plantaris.sim.VirtualInsole;
import io.plantaris.sim.WireRecordingWriter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A pipeline that dies in the middle of set 2 (nothing more emitted or saved, the samples it held
 * gone) and a new one that gets the insole's frames from a little later on: the session carries on
 * from the saved {@link ResumePoint}, with set 2 numbered on, summarised over its reps from before
 * and after, and the rep under way at the crash dropped or kept whole, never half-judged.
 */
class CrashResumeTest {
  private static final SimulationResult SIM =
      VirtualInsole.simulate(Scenario.CLEAN_SET.builder(5).targetReps(6).sets(2).build());
  private static final String KEY = "replay:" + SIM.recording().tracks().get(0).layout().deviceId();

  /** The resume points in memory; {@code dead} makes the first pipeline stop saving. */
  private static final class Memory implements ResumeLog {
    final Map<String, ResumePoint> points = new ConcurrentHashMap<>();
    volatile boolean dead;

    @Override
    public void save(ResumePoint p) {
      if (!dead) {
        points.put(p.personId(), p);
      }
    }

    @Override
    public Optional<ResumePoint> load(String personId) {
      return Optional.ofNullable(points.get(personId));
    }
  }

  /** Crash points inside set 2, as a fraction of the way through its third rep. */
  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.4, 0.7, 1.05})
  void aCrashMidSetLosesAtMostTheRepUnderWayAndTheSetGoesOn(double intoRep) throws Exception {
    GroundTruth.RepTruth third = SIM.truth().sets().get(1).reps().get(2);
    long crashMicros =
        (third.upStartMillis() + (long) (intoRep * (third.downEndMillis() - third.upStartMillis())))
            * 1000;
    Track track = SIM.recording().tracks().get(0);
    List<TimedBytes> frames = WireRecordingWriter.frames(track, 77);
    List<RepEvent> offline = offline(track);

    Memory memory = new Memory();
    List<RepVerdict> before = new CopyOnWriteArrayList<>();
    List<SetFinished> setsBefore = new CopyOnWriteArrayList<>();
    crash(memory, frames, crashMicros, before, setsBefore);
    List<RepVerdict> after = new CopyOnWriteArrayList<>();
    List<SetFinished> setsAfter = new CopyOnWriteArrayList<>();
    // the frames of the next 0.3 s were in the dead service's queue; the insole resends the rest
    resume(memory, frames, crashMicros + 300_000, after, setsAfter);
    List<RepEvent> stored = new ArrayList<>();
    before.forEach(v -> stored.add(v.rep()));
    after.forEach(v -> stored.add(v.rep()));

    assertThat(setsBefore).extracting(s -> s.summary().setIndex()).containsExactly(1);
    assertThat(after).as("reps after the restart").isNotEmpty();
    assertThat(after).allMatch(v -> v.rep().setIndex() == 2, "numbered into set 2");
    RepVerdict lastBefore = before.get(before.size() - 1);
    assertThat(after.get(0).rep().repIndex()).isEqualTo(lastBefore.rep().repIndex() + 1);
    assertThat(setsAfter).extracting(s -> s.summary().setIndex()).containsExactly(2);
    long set2Reps = stored.stream().filter(r -> r.setIndex() == 2).count();
    assertThat(setsAfter.get(0).summary().repCount())
        .as("set 2 counts its reps from before and after the crash")
        .isEqualTo((int) set2Reps);
    assertThat(stored.size()).isBetween(offline.size() - 1, offline.size());
    long shift = before.get(0).rep().upStartMicros() - offline.get(0).upStartMicros();
    for (RepEvent r : stored) {
      RepEvent o =
          offline.stream()
              .filter(x -> Math.abs(x.upStartMicros() + shift - r.upStartMicros()) < 300_000)
              .findFirst()
              .orElseThrow(() -> new AssertionError("no offline rep at " + r));
      assertThat(r.flags()).as("verdict of the rep at " + o.upStartMicros()).isEqualTo(o.flags());
    }
  }

  /**
   * Stamps had been moved 7 s onto wall time before the crash (a re-anchor): after the restart the
   * open set's reps are stamped on the same axis, not 7 s back in the past.
   */
  @Test
  void theWallShiftSavedBeforeTheCrashCarriesOn() throws Exception {
    GroundTruth.RepTruth second = SIM.truth().sets().get(1).reps().get(1);
    GroundTruth.RepTruth third = SIM.truth().sets().get(1).reps().get(2);
    // in the rest before the third rep: midway between the marks of the two movements
    long crashMicros = (second.downEndMillis() + third.upStartMillis()) / 2 * 1000;
    Track track = SIM.recording().tracks().get(0);
    List<TimedBytes> frames = WireRecordingWriter.frames(track, 77);
    List<RepEvent> offline = offline(track);
    Memory memory = new Memory();
    List<RepVerdict> before = new CopyOnWriteArrayList<>();
    crash(memory, frames, crashMicros, before, new CopyOnWriteArrayList<>());
    long sevenSeconds = 7_000_000;
    ResumePoint p = memory.points.values().iterator().next();
    memory.points.put(
        p.personId(),
        new ResumePoint(
            p.personId(),
            p.savedMillis(),
            p.epochMicros(),
            p.offsetMicros(),
            p.lastFedMicros(),
            p.setsDone(),
            p.openSet(),
            p.wallShiftMicros() + sevenSeconds));
    List<RepVerdict> after = new CopyOnWriteArrayList<>();
    resume(memory, frames, crashMicros, after, new CopyOnWriteArrayList<>());
    assertThat(after).as("reps after the restart").isNotEmpty();
    long mapping = before.get(0).rep().upStartMicros() - offline.get(0).upStartMicros();
    for (RepVerdict v : after) {
      long t = v.rep().upStartMicros();
      assertThat(offline)
          .as("rep at %d is on the wall axis moved by the saved 7 s", t)
          .anyMatch(o -> Math.abs(o.upStartMicros() + mapping + sevenSeconds - t) < 300_000);
    }
  }

  @Test
  void aPointOlderThanTheSessionGapStartsAfresh() throws Exception {
    Memory memory = new Memory();
    Track track = SIM.recording().tracks().get(0);
    List<TimedBytes> frames = WireRecordingWriter.frames(track, 77);
    List<RepVerdict> reps = new CopyOnWriteArrayList<>();
    try (IngestService s = service(memory, reps, new CopyOnWriteArrayList<>(), null)) {
      replay(s, frames, 0, frames.size());
      settled(s);
    }
    ResumePoint p = memory.points.values().iterator().next();
    assertThat(p.setsDone()).isEqualTo(2);
    memory.save(
        new ResumePoint(
            p.personId(),
            p.savedMillis() - TimeUnit.HOURS.toMillis(3),
            p.epochMicros(),
            p.offsetMicros(),
            p.lastFedMicros(),
            p.setsDone(),
            List.of(),
            p.wallShiftMicros()));
    reps.clear();
    try (IngestService s = service(memory, reps, new CopyOnWriteArrayList<>(), null)) {
      replay(s, frames, 0, frames.size());
      settled(s);
    }
    assertThat(reps).isNotEmpty();
    assertThat(reps.get(0).rep().setIndex()).as("a new session: set 1").isEqualTo(1);
  }

  /**
   * A service gets the frames up to {@code crashMicros} and dies: what its pipeline held is gone,
   * nothing more leaves it.
   */
  private static void crash(
      Memory memory,
      List<TimedBytes> frames,
      long crashMicros,
      List<RepVerdict> reps,
      List<SetFinished> sets)
      throws Exception {
    try (IngestService first = service(memory, reps, sets, memory)) {
      replay(first, frames, 0, index(frames, crashMicros));
      settled(first);
      memory.dead = true;
    }
  }

  /**
   * A new service over the same resume points gets the descriptor (as the insole publishes it on
   * connect) and the frames from {@code fromMicros} on; closing it ends the open set.
   */
  private static void resume(
      Memory memory,
      List<TimedBytes> frames,
      long fromMicros,
      List<RepVerdict> reps,
      List<SetFinished> sets)
      throws Exception {
    try (IngestService second = service(memory, reps, sets, null)) {
      List<TimedBytes> rest = new ArrayList<>();
      rest.add(frames.get(0));
      rest.addAll(frames.subList(index(frames, fromMicros), frames.size()));
      replay(second, rest, 0, rest.size());
      settled(second);
    }
  }

  /** Waits until the pipeline has decoded everything handed to it (no change for 300 ms). */
  private static void settled(IngestService s) throws InterruptedException {
    long last = -1;
    long since = System.nanoTime();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() - since < 300_000_000L) {
      long n = stats(s).samplesOut();
      if (n != last) {
        last = n;
        since = System.nanoTime();
      }
      assertThat(System.nanoTime()).as("pipeline settles in 20 s").isLessThan(deadline);
      Thread.sleep(20);
    }
    Thread.sleep(200); // the worker's last turn after the last sample count
  }

  private static IngestService service(
      ResumeLog log, List<RepVerdict> reps, List<SetFinished> sets, Memory deadFlag) {
    IngestService s = new IngestService(IngestConfig.defaults());
    s.resumeWith(log, TimeUnit.HOURS.toMillis(2));
    s.addListener(
        new SessionListener() {
          @Override
          public void onRep(RepVerdict v) {
            if (deadFlag == null || !deadFlag.dead) {
              reps.add(v);
            }
          }

          @Override
          public void onSet(SetFinished f) {
            if (deadFlag == null || !deadFlag.dead) {
              sets.add(f);
            }
          }
        });
    return s;
  }

  private static void replay(IngestService s, List<TimedBytes> frames, int from, int to)
      throws Exception {
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    frames.subList(from, to).forEach(f -> wire.writeBytes(f.bytes()));
    ReplaySource r = ReplaySource.ofWire(List.of(wire.toByteArray()), List.of(KEY), 0);
    s.addSource(r);
    r.awaitDone();
  }

  private static DeviceStats stats(IngestService s) {
    return s.devices().stream().filter(d -> d.streamKey().equals(KEY)).findFirst().orElseThrow();
  }

  private static int index(List<TimedBytes> frames, long micros) {
    int i = 0;
    while (i < frames.size() && frames.get(i).timeMicros() < micros) {
      i++;
    }
    return i;
  }

  private static List<RepEvent> offline(Track track) {
    return Collect.run(new Recording(List.of(track)), Side.UNKNOWN).reps;
  }

  private static void await(java.util.function.BooleanSupplier c) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!c.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 20 s");
      }
      Thread.sleep(10);
    }
  }
}
