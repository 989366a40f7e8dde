package io.plantaris.store;

import io.plantaris.analysis.RepSide;
import java.util.Arrays;

/**
 * One rep's curves as stored: the heel's share of the load, the foot's pitch and the heel's rise,
 * sampled every {@code stepMillis} from {@code startOffsetMillis} relative to the rep's upStart
 * (negative: before the rise). A value that was not measured is NaN; a series the insole cannot
 * measure is all NaN.
 *
 * @param device the insole(s) of the rep, as in {@link StoredRep#device()}
 * @param upStartMicros the rep's upStart, wall-clock microseconds: the rep's identity
 */
public record RepCurve(
    String patientId,
    String device,
    RepSide side,
    long upStartMicros,
    int startOffsetMillis,
    int stepMillis,
    float[] heelShare,
    float[] pitchDegrees,
    float[] heelRiseMm) {
  public RepCurve {
    Names.requireId(patientId, "patientId");
    Names.requireId(device, "device");
    if (side == null) {
      throw new IllegalArgumentException("side must not be null");
    }
    if (stepMillis <= 0) {
      throw new IllegalArgumentException("stepMillis must be > 0, was " + stepMillis);
    }
    if (pitchDegrees.length != heelShare.length || heelRiseMm.length != heelShare.length) {
      throw new IllegalArgumentException(
          "series differ in length: heel share "
              + heelShare.length
              + ", pitch "
              + pitchDegrees.length
              + ", rise "
              + heelRiseMm.length);
    }
    heelShare = heelShare.clone();
    pitchDegrees = pitchDegrees.clone();
    heelRiseMm = heelRiseMm.clone();
  }

  /** Number of values in each series. */
  public int size() {
    return heelShare.length;
  }

  /** Time of value {@code i} relative to the rep's upStart, in milliseconds. */
  public long tMillis(int i) {
    return startOffsetMillis + (long) i * stepMillis;
  }

  @Override
  public float[] heelShare() {
    return heelShare.clone();
  }

  @Override
  public float[] pitchDegrees() {
    return pitchDegrees.clone();
  }

  @Override
  public float[] heelRiseMm() {
    return heelRiseMm.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RepCurve c
        && patientId.equals(c.patientId)
        && device.equals(c.device)
        && side == c.side
        && upStartMicros == c.upStartMicros
        && startOffsetMillis == c.startOffsetMillis
        && stepMillis == c.stepMillis
        && Arrays.equals(heelShare, c.heelShare)
        && Arrays.equals(pitchDegrees, c.pitchDegrees)
        && Arrays.equals(heelRiseMm, c.heelRiseMm);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * device.hashCode() + Long.hashCode(upStartMicros))
        + Arrays.hashCode(heelShare);
  }

  @Override
  public String toString() {
    return "RepCurve["
        + patientId
        + " "
        + device
        + " "
        + side
        + " "
        + upStartMicros
        + " n="
        + size()
        + " step="
        + stepMillis
        + "ms]";
  }
}
