package io.plantaris.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plantaris.analysis.Movement;
import io.plantaris.insole.Track;
import io.plantaris.protocol.WireTrackReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The live-sample tap: throttled to the live rate, a copy of every cell, the rep movement. */
class LiveSampleTest {

  @Test
  void liveSamplesAreThrottledCopiesWithTheRepMovement() throws Exception {
    byte[] wire = Files.readAllBytes(Path.of("samples/faults-set.plw"));
    Track track = WireTrackReader.read(wire).track();
    double seconds = track.size() / track.layout().sampleRateHz();

    List<LiveSample> live = new CopyOnWriteArrayList<>();
    List<RepVerdict> reps = new CopyOnWriteArrayList<>();
    try (IngestService service = new IngestService(IngestConfig.defaults())) {
      service.addSampleListener(live::add);
      service.addListener(
          new SessionListener() {
            @Override
            public void onRep(RepVerdict v) {
              reps.add(v);
            }
          });
      ReplaySource replay = ReplaySource.ofWire(List.of(wire), 0);
      service.addSource(replay);
      replay.awaitDone();
    }

    // 25 per second of recording, within one snapshot per 2 s of jitter from sample spacing
    assertThat((double) live.size())
        .isCloseTo(seconds * IngestService.LIVE_SAMPLE_RATE_HZ, within(seconds / 2));
    for (int i = 1; i < live.size(); i++) {
      long dt = live.get(i).timeMicros() - live.get(i - 1).timeMicros();
      // a tentative rise onset taken or dropped goes out at once, past the throttle
      boolean onsetChanged =
          live.get(i).movement() == Movement.BOTTOM
              && live.get(i).riseStartMicros() != live.get(i - 1).riseStartMicros();
      boolean afterOnsetChange =
          i >= 2
              && live.get(i - 1).movement() == Movement.BOTTOM
              && live.get(i - 1).riseStartMicros() != live.get(i - 2).riseStartMicros();
      assertThat(dt).isBetween(onsetChanged || afterOnsetChange ? 10_000L : 39_000L, 51_000L);
    }
    assertThat(live.get(0).cellNewtons()).hasSize(track.layout().cellCount());
    assertThat(live).allMatch(s -> s.deviceId().equals(track.layout().deviceId()));
    // every rep shows on the live stream as a rise and a lowering
    int rises = 0;
    for (int i = 1; i < live.size(); i++) {
      if (live.get(i - 1).movement() == Movement.BOTTOM
          && live.get(i).movement() != Movement.BOTTOM) {
        rises++;
      }
    }
    assertThat(reps).isNotEmpty();
    assertThat(rises).isBetween(reps.size(), reps.size() + 2);
    assertThat(live).anyMatch(s -> s.movement() == Movement.LOWERING);
    // each snapshot carries when its bytes reached the service: in order, and close to the sample's
    // own time (a frame holds a few tens of ms of samples)
    for (int i = 1; i < live.size(); i++) {
      assertThat(live.get(i).arrivedMillis())
          .isGreaterThanOrEqualTo(live.get(i - 1).arrivedMillis());
    }
    assertThat(live)
        .allSatisfy(
            s ->
                assertThat((double) s.arrivedMillis() - s.timeMicros() / 1000.0)
                    .isCloseTo(0, within(250.0)));
    // the snapshot is a copy, not the pipeline's reused buffer
    float[] a = live.get(0).cellNewtons();
    a[0] = -1;
    assertThat(live.get(0).cellNewtons()[0]).isNotEqualTo(-1f);
  }
}
