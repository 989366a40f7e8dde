package io.plantaris.store;

import static io.plantaris.store.QuestDbStoreIT.FROM;
import static io.plantaris.store.QuestDbStoreIT.MON;
import static io.plantaris.store.QuestDbStoreIT.TO;
import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepSide;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.programme.Action;
import io.plantaris.programme.Change;
import io.plantaris.programme.Decision;
import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The InfluxQL reader against a real InfluxDB 1.6 (Debian's {@code influxdb} package): the same
 * points the store spools, written through the v1 {@code /write} endpoint, read back equal; and
 * writing them all twice leaves one point each (InfluxDB's own identity rule).
 */
class InfluxQlHistoryReaderIT {
  @TempDir Path tmp;

  @Test
  void pointsReadBackEqualAndARewriteKeepsOnePointEach() throws Exception {
    List<String> lines = new ArrayList<>();
    SessionRecorder recorder =
        new SessionRecorder(StoreConfig.DEFAULT_SESSION_GAP_MILLIS, lines::add);
    List<Object> events = QuestDbStoreIT.history();
    for (Object o : events) {
      if (o instanceof RepVerdict v) {
        recorder.onRep(v);
      } else {
        recorder.onSet((io.plantaris.ingest.SetFinished) o);
      }
    }
    PainReport pain =
        new PainReport(
            "alice", PainKind.DURING, 6, QuestDbStoreIT.at(MON + 36_000_000_123L), "a \"bad\" day");
    Decision decision = Events.decision("alice", QuestDbStoreIT.at(MON + 37_000_000_000L));
    Decision overridden =
        decision.override(
            "c1",
            QuestDbStoreIT.at(MON + 38_000_000_000L),
            new Change(Action.REDUCE_LOAD, -2),
            "pain 6 after: hold \"load\"");
    RepEvent first = ((RepVerdict) events.get(0)).rep();
    RepCurve curve =
        new RepCurve(
            "alice",
            SessionRecorder.device(((RepVerdict) events.get(0)).deviceIds()),
            first.side(),
            first.upStartMicros(),
            -450,
            100,
            new float[] {0.5f, 0.123f, Float.NaN, 0f},
            new float[] {0.1f, 12.3f, 34.5f, Float.NaN},
            new float[] {Float.NaN, Float.NaN, Float.NaN, Float.NaN});
    lines.add(Points.curve(curve));
    lines.add(Points.pain(pain));
    lines.add(Points.decision(decision));
    lines.add(Points.decision(overridden));
    try (InfluxDb1 influx = InfluxDb1.start(tmp)) {
      influx.query("CREATE DATABASE plantaris");
      influx.write("plantaris", lines);
      influx.write("plantaris", lines); // a replay of the whole spool
      HistoryReader r = new InfluxQlHistoryReader(influx.url, "plantaris", null);
      List<StoredRep> reps = r.reps("alice", FROM, TO);
      assertThat(reps).hasSize(56);
      assertThat(reps.get(0).rep()).isEqualTo(((RepVerdict) events.get(0)).rep());
      assertThat(reps.get(0).rep().peakHeightMm()).isNaN();
      assertThat(reps.get(2).rep().doubts()).as("rep 3's doubts").isEqualTo(Events.UNCERTAIN);
      assertThat(r.reps("bob", FROM, TO)).hasSize(8).allMatch(x -> x.rep().side() == RepSide.RIGHT);
      // session points were rewritten after every set: one per session, with the final counts
      assertThat(r.sessions("alice", FROM, TO))
          .extracting(StoredSession::sets)
          .containsExactly(3, 2);
      assertThat(r.sets("alice", FROM, TO)).hasSize(5);
      assertThat(r.painReports("alice", FROM, TO)).containsExactly(pain);
      assertThat(r.decisions("alice", FROM, TO)).containsExactly(decision, overridden);
      assertThat(r.weeklyTrends("alice", FROM, TO).get(0).reps()).isEqualTo(56);
      assertThat(r.reps("nobody", FROM, TO)).isEmpty();
      // a rep's curve: one point after the replay, values as written (3 digits), NaN kept
      assertThat(r.repCurves("alice", FROM, TO)).containsExactly(curve);
    }
  }
}
