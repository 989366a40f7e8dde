package io.plantaris.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.insole.Track;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.VirtualInsole;
import io.plantaris.sim.WireRecordingWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The last set of a session closes though the insole sends nothing after its last rep: by the wall
 * clock (a clock the test turns) once the rest has passed, or at once when the insole goes offline;
 * numbering carries on after both.
 */
class SetClosingTest {
  private static final long REST_MILLIS = 20_000; // AnalysisConfig.DEFAULT_REST_MILLIS

  private final AtomicLong wall = new AtomicLong(1_000_000);
  private final List<RepVerdict> reps = new CopyOnWriteArrayList<>();
  private final List<SetFinished> sets = new CopyOnWriteArrayList<>();

  @Test
  void aSetClosesWhenItsRestPassesByTheWallClockWithNoData() throws Exception {
    try (IngestService ingest = service()) {
      replayOneSet(ingest);
      Thread.sleep(600); // several ticks with the clock standing still
      assertThat(sets).as("the rest has not passed yet").isEmpty();
      wall.addAndGet(REST_MILLIS + 1000);
      await(() -> !sets.isEmpty());
      assertThat(sets).hasSize(1);
      assertThat(sets.get(0).summary().repCount()).isEqualTo(reps.size()).isEqualTo(5);
    }
  }

  @Test
  void aBrokerRestartsOfflineAnnouncementsFollowedByReconnectOrOnlineLeaveTheSetOpen()
      throws Exception {
    try (IngestService ingest = service()) {
      String key = replayOneSet(ingest);
      // what a stopping broker sends: the insole's will, then the service's own link drops
      ingest.onLinkState(key, LinkState.OFFLINE, "device announced offline");
      ingest.onLinkState(key, LinkState.RECONNECTING, "broker connection lost");
      Thread.sleep(3 * IngestService.OFFLINE_GRACE_MILLIS);
      assertThat(sets).as("a broker restart is not the end of the set").isEmpty();
      // after the restart: the retained "offline", then the insole's own "online"
      ingest.onLinkState(key, LinkState.OFFLINE, "device announced offline");
      ingest.onLinkState(key, LinkState.ONLINE, "device announced online");
      Thread.sleep(3 * IngestService.OFFLINE_GRACE_MILLIS);
      assertThat(sets).as("the insole is back within the grace").isEmpty();
      replay(ingest, 2);
      ingest.onLinkState(key, LinkState.OFFLINE, "battery");
      await(() -> sets.size() == 2);
      assertThat(sets.get(0).summary().setIndex()).isEqualTo(1);
      assertThat(sets.get(0).summary().repCount()).as("set 1 kept whole").isEqualTo(5);
      assertThat(sets.get(1).summary().setIndex()).isEqualTo(2);
    }
  }

  @Test
  void aSetClosesAtOnceWhenTheInsoleGoesOfflineAndTheNextSetNumbersOn() throws Exception {
    try (IngestService ingest = service()) {
      String key = replayOneSet(ingest);
      long t0 = System.nanoTime();
      ingest.onLinkState(key, LinkState.OFFLINE, "battery");
      await(() -> !sets.isEmpty());
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      org.slf4j.LoggerFactory.getLogger(SetClosingTest.class)
          .info("set closed {} ms after the insole went offline", millis);
      assertThat(millis).as("set closed %d ms after offline", millis).isLessThan(2000);
      assertThat(sets.get(0).summary().setIndex()).isEqualTo(1);

      ingest.onLinkState(key, LinkState.ONLINE, "back");
      replay(ingest, 2);
      ingest.onLinkState(key, LinkState.OFFLINE, "battery");
      await(() -> sets.size() == 2);
      assertThat(sets.get(1).summary().setIndex()).isEqualTo(2);
      assertThat(reps.get(reps.size() - 1).rep().setIndex()).isEqualTo(2);
    }
  }

  private IngestService service() {
    IngestService s = new IngestService(IngestConfig.defaults(), wall::get);
    s.addListener(
        new SessionListener() {
          @Override
          public void onRep(RepVerdict v) {
            reps.add(v);
          }

          @Override
          public void onSet(SetFinished f) {
            sets.add(f);
          }
        });
    return s;
  }

  private static final SimulationResult SIM =
      VirtualInsole.simulate(Scenario.CLEAN_SET.builder(3).targetReps(5).sets(2).build());

  private String replayOneSet(IngestService ingest) throws Exception {
    return replay(ingest, 1);
  }

  /**
   * The recording's set {@code set} of five clean reps, from the end of the set before, up to 1.5 s
   * after its last rep, when the insole stops sending; returns the stream key.
   */
  private String replay(IngestService ingest, int set) throws Exception {
    int before = reps.size();
    long from =
        set == 1 ? Long.MIN_VALUE : (SIM.truth().sets().get(set - 2).endMillis() + 1500) * 1000;
    long to = (SIM.truth().sets().get(set - 1).endMillis() + 1500) * 1000;
    Track track = SIM.recording().tracks().get(0);
    String key = "replay:" + track.layout().deviceId();
    // a new boot id per piece: the insole was switched off and on between the sets
    byte[] wire = WireRecordingWriter.bytes(cut(track, from, to), 1000 + set);
    ReplaySource r = ReplaySource.ofWire(List.of(wire), List.of(key), 0);
    ingest.addSource(r);
    r.awaitDone();
    await(() -> reps.size() == before + 5);
    return key;
  }

  private static Track cut(Track t, long fromMicros, long toMicros) {
    int a = 0;
    while (t.timeMicros()[a] < fromMicros) {
      a++;
    }
    int b = a;
    while (b < t.size() && t.timeMicros()[b] <= toMicros) {
      b++;
    }
    return new Track(
        t.layout(),
        Arrays.copyOfRange(t.timeMicros(), a, b),
        Arrays.copyOfRange(t.cellNewtons(), a, b),
        t.accelG() == null ? null : Arrays.copyOfRange(t.accelG(), a, b),
        t.gyroDps() == null ? null : Arrays.copyOfRange(t.gyroDps(), a, b));
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
