package io.plantaris.ingest;

import io.plantaris.analysis.BlindStance;
import io.plantaris.analysis.Movement;
import io.plantaris.insole.Side;
import java.util.Arrays;

/**
 * A throttled snapshot of one insole for live display: the load on each cell and where the foot is
 * in a rep. Only what a live page needs is copied out of the pipeline's reused sample buffer.
 *
 * @param timeMicros wall-clock microseconds of the sample
 * @param cellNewtons load per cell in layout order; NaN for a cell that did not report
 * @param heelShare the heel region's share of the insole's load (0..1); NaN without heel cells or
 *     with the foot off the ground
 * @param pitchDegrees the foot's pitch (toes down positive); NaN without an IMU
 * @param heelRiseMm the heel's rise estimated by the analysis core; NaN when it cannot
 * @param riseStartMicros wall-clock microseconds at which the rep under way began: the analysis's
 *     estimate once the rise is confirmed; while the movement still reads BOTTOM, a tentative early
 *     onset (the page starts its guide from it and drops it when it goes away); MIN_VALUE when the
 *     foot rests
 * @param blind why the insole cannot see a heel raise where it stands now (see {@link
 *     BlindStance}); null while it can
 * @param arrivedMillis wall-clock millis when the bytes carrying this sample reached the service
 *     (for measuring sample-to-screen latency)
 */
public record LiveSample(
    String personId,
    String deviceId,
    Side side,
    long timeMicros,
    float[] cellNewtons,
    Movement movement,
    double heelShare,
    double pitchDegrees,
    double heelRiseMm,
    long riseStartMicros,
    BlindStance.Reason blind,
    long arrivedMillis) {
  public LiveSample {
    cellNewtons = cellNewtons.clone();
  }

  @Override
  public float[] cellNewtons() {
    return cellNewtons.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LiveSample s
        && personId.equals(s.personId)
        && deviceId.equals(s.deviceId)
        && side == s.side
        && timeMicros == s.timeMicros
        && Arrays.equals(cellNewtons, s.cellNewtons)
        && movement == s.movement
        && Double.compare(heelShare, s.heelShare) == 0
        && Double.compare(pitchDegrees, s.pitchDegrees) == 0
        && Double.compare(heelRiseMm, s.heelRiseMm) == 0
        && riseStartMicros == s.riseStartMicros
        && blind == s.blind
        && arrivedMillis == s.arrivedMillis;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * deviceId.hashCode() + Long.hashCode(timeMicros))
        + Arrays.hashCode(cellNewtons);
  }

  @Override
  public String toString() {
    return "LiveSample[" + deviceId + " " + side + " t=" + timeMicros + " " + movement + "]";
  }
}
