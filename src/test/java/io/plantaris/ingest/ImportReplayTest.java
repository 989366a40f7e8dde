package io.plantaris.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.plantaris.analysis.RepFlag;
import io.plantaris.importer.RecordingFormat;
import io.plantaris.importer.RecordingReader;
import io.plantaris.insole.Recording;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * An imported recording (real CMU foot-IMU heel raises, read in place) replayed into the live
 * pipeline as if its insole were streaming: the same five fast reps as the offline analysis.
 */
class ImportReplayTest {
  private static final Path STITCHED =
      Path.of("../shared/datasets/cmu-imu-exercise/HeelRaise/HeelRaise_01_reps1-5_stitched.csv");

  @Test
  void realHeelRaisesImportedFromCsvGiveFiveTooFastRepsLive() throws Exception {
    if (!Files.exists(STITCHED)) {
      if (System.getenv("CI") != null) {
        fail("dataset missing in CI: " + STITCHED.toAbsolutePath());
      }
      assumeTrue(false, "shared datasets not present");
    }
    Recording r =
        RecordingReader.read(
            STITCHED, RecordingFormat.CSV, Path.of("samples", "cmu-imu-foot.mapping.json"));
    List<RepVerdict> reps = new CopyOnWriteArrayList<>();
    try (IngestService service = new IngestService(IngestConfig.defaults())) {
      service.addListener(
          new SessionListener() {
            @Override
            public void onRep(RepVerdict v) {
              reps.add(v);
            }
          });
      ReplaySource replay = ReplaySource.ofRecording(r, 0);
      service.addSource(replay);
      replay.awaitDone();
    }
    assertThat(reps).hasSize(5);
    assertThat(reps)
        .allSatisfy(
            v ->
                assertThat(v.rep().flags())
                    .containsAnyOf(RepFlag.TOO_FAST_UP, RepFlag.TOO_FAST_DOWN));
  }
}
