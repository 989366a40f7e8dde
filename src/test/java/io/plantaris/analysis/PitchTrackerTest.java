package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plantaris.insole.InsoleSample;
import org.junit.jupiter.api.Test;

/**
 * Foot pitch from an IMU whose gyro bias is unknown and drifts: the accelerometer's tilt is the
 * only drift-free reference, and a slow rep must come out with the shape the foot made.
 */
class PitchTrackerTest {
  private static final double FS = 100;

  /**
   * A slow partial rep: 6 s standing, a 7 s rise to 12 degrees (1.7 deg/s), 3 s top, 9 s lowering,
   * and again every 25 s.
   */
  private static double truePitch(double time) {
    double t = time % 25 + (time < 25 ? 0 : 3);
    if (t < 6) {
      return 0;
    }
    if (t < 13) {
      return 12 * minJerk((t - 6) / 7);
    }
    if (t < 16) {
      return 12;
    }
    if (t < 25) {
      return 12 * (1 - minJerk((t - 16) / 9));
    }
    return 0;
  }

  private static double minJerk(double x) {
    double u = Math.min(1, Math.max(0, x));
    return u * u * u * (10 - 15 * u + 6 * u * u);
  }

  /**
   * Runs the tracker over {@code seconds} and returns the largest pitch error after {@code from}.
   */
  private static double worstError(
      double biasDps, double driftDpsPerSecond, double seconds, double from) {
    PitchTracker p = new PitchTracker(AnalysisConfig.defaults());
    InsoleSample s = new InsoleSample(0);
    double worst = 0;
    double dt = 1 / FS;
    for (int i = 0; i < seconds * FS; i++) {
      double t = i * dt;
      double pitch = truePitch(t);
      double rate = (truePitch(t + dt / 2) - truePitch(t - dt / 2)) / dt;
      double r = Math.toRadians(pitch);
      s.timeMicros = Math.round(t * 1e6);
      s.hasAccel = true;
      s.accelXG = (float) -Math.sin(r);
      s.accelYG = 0;
      s.accelZG = (float) Math.cos(r);
      s.hasGyro = true;
      s.gyroXDps = (float) (0.2 + 0.05 * Math.sin(7 * t));
      s.gyroYDps = (float) (rate + biasDps + driftDpsPerSecond * t);
      s.gyroZDps = (float) (-0.1 + 0.05 * Math.cos(5 * t));
      p.update(s, dt);
      if (t >= from) {
        worst = Math.max(worst, Math.abs(p.pitchDegrees() - pitch));
      }
    }
    return worst;
  }

  @Test
  void aSlowRepKeepsItsShapeWithAnUnknownBias() {
    // 2.5 deg/s of bias, unknown at the start: learnt over 6 s of standing, and the rise of 1.7
    // deg/s is not taken for bias: within a degree of the foot's pitch (0.68 measured; the
    // quiet-standing learner this replaced ate the start of the rise: 4.0 degrees off)
    assertThat(worstError(2.5, 0, 30, 6)).isLessThan(1.0);
  }

  @Test
  void aDriftingBiasIsFollowedThroughALongSet() {
    // the bias drifts by 2 deg/s per minute (the widened simulator's worst) over four slow reps:
    // within 0.6 degrees (0.41 measured); the quiet-standing learner this replaced was 4.0 degrees
    // off, as on wide seed 20082, whose 7 s lowering ended 2.2 s early
    assertThat(worstError(1.0, 2.0 / 60, 90, 6)).isLessThan(0.6);
  }

  @Test
  void aGyroReadingExactlyZeroTeachesNoBias() {
    // a rest filled with zeros (a cut-out rest, a zero-rate clamp) while the tilt still settles:
    // nothing is learnt, so the bias stays where it was
    PitchTracker p = new PitchTracker(AnalysisConfig.defaults());
    InsoleSample s = new InsoleSample(0);
    for (int i = 0; i < 300; i++) {
      double pitch = 3 * Math.exp(-i / 100.0);
      double r = Math.toRadians(pitch);
      s.timeMicros = i * 10_000L;
      s.hasAccel = true;
      s.accelXG = (float) -Math.sin(r);
      s.accelZG = (float) Math.cos(r);
      s.hasGyro = true;
      p.update(s, 0.01);
    }
    assertThat(p.biasDps()).isCloseTo(0, within(1e-9));
  }
}
