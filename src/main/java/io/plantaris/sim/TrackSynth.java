package io.plantaris.sim;

import io.plantaris.insole.SensorLayout;
import io.plantaris.insole.Side;
import io.plantaris.insole.Track;
import java.util.SplittableRandom;

/**
 * Renders one insole's samples from the timeline: cell loads and IMU, with sensor imperfections.
 */
final class TrackSynth {
  private static final double G_MM_S2 = 9806.65;

  private final SimulationConfig c;
  private final Timeline timeline;
  private final SensorLayout layout;
  private final Side side;
  private final SplittableRandom rng;
  private final CellMap cells;
  private final double lever;

  TrackSynth(SimulationConfig config, Timeline timeline, SensorLayout layout) {
    this.c = config;
    this.timeline = timeline;
    this.layout = layout;
    this.side = layout.side();
    this.rng = new SplittableRandom(config.seed() * 1_000_003L + side.wireCode());
    this.cells = new CellMap(layout);
    this.lever = layout.insoleLengthMm() - SimLayouts.FOREFOOT_PIVOT_FROM_TOE_MM;
  }

  /** Renders the samples at {@code timeMicros} (lost packets are already left out). */
  Track render(long[] timeMicros) {
    int n = timeMicros.length;
    int cellCount = layout.cellCount();
    SensorNoise noise = c.noise();
    double[][] drift = drawDrift(cellCount, noise.cellDriftNewtons());
    double[] gyroBias = new double[3];
    for (int a = 0; a < 3; a++) {
      gyroBias[a] = noise.gyroBiasDps() > 0 ? rng.nextDouble(-1, 1) * noise.gyroBiasDps() : 0;
    }
    float[][] cellN = new float[n][cellCount];
    float[][] accel = layout.hasAccelerometer() ? new float[n][3] : null;
    float[][] gyro = layout.hasGyroscope() ? new float[n][3] : null;
    double[] ideal = new double[cellCount];
    DomainVariation dv = c.domain();
    // drawn apart from the noise stream, so a config without them renders as it always did
    SplittableRandom domainRng = new SplittableRandom(c.seed() * 7_919L + side.wireCode());
    double[] gyroDrift = new double[3];
    for (int a = 0; a < 3; a++) {
      double d = dv.gyroDriftDpsPerMinute();
      gyroDrift[a] = d > 0 ? domainRng.nextDouble(-d, d) / 60_000.0 : 0;
    }
    double tilt = dv.shoes() ? domainRng.nextDouble(-4, 4) : 0;
    long[] dropoutFrom = dropoutStarts(cellCount);
    for (int k = 0; k < n; k++) {
      double t = timeMicros[k] / 1000.0;
      FootPose pose = timeline.pose(t, side);
      cells.distribute(pose, ideal);
      if (dv.shoes()) {
        inShoe(ideal);
      }
      for (int i = 0; i < cellCount; i++) {
        double d = drift[i][0] * (0.5 + 0.5 * Math.sin(drift[i][1] * t + drift[i][2]));
        double v = ideal[i] + d + noise.cellNoiseNewtons() * rng.nextGaussian();
        cellN[k][i] = t >= dropoutFrom[i] ? Float.NaN : (float) Math.max(0, v);
      }
      if (accel != null || gyro != null) {
        double[] bias = gyroBias;
        if (dv.gyroDriftDpsPerMinute() > 0) {
          bias = new double[3];
          for (int a = 0; a < 3; a++) {
            bias[a] = gyroBias[a] + gyroDrift[a] * t;
          }
        }
        imu(t, pose, accel == null ? null : accel[k], gyro == null ? null : gyro[k], bias, tilt);
      }
    }
    return new Track(layout, timeMicros, cellN, accel, gyro);
  }

  private void imu(
      double t, FootPose pose, float[] accel, float[] gyro, double[] bias, double tiltDegrees) {
    SensorNoise noise = c.noise();
    double theta = Math.toRadians(pose.pitchDegrees() + tiltDegrees);
    if (gyro != null) {
      double rate = (timeline.pitch(t + 0.5, side) - timeline.pitch(t - 0.5, side)) * 1000.0;
      gyro[0] = (float) (bias[0] + noise.gyroNoiseDps() * rng.nextGaussian());
      gyro[1] = (float) (rate + bias[1] + noise.gyroNoiseDps() * rng.nextGaussian());
      gyro[2] = (float) (bias[2] + noise.gyroNoiseDps() * rng.nextGaussian());
    }
    if (accel != null) {
      // the IMU sits mid-insole: it rises about half as much as the heel
      // a 15 ms stencil: an accelerometer's anti-alias filter spreads a sudden stop over samples
      double h0 = height(t - 15);
      double h1 = height(t);
      double h2 = height(t + 15);
      double vertical = 0.5 * (h2 - 2 * h1 + h0) / 225e-6 / G_MM_S2 + pose.impactAccelG();
      double fx = pose.linearAccelXG();
      double fz = 1 + vertical;
      accel[0] = (float) (fx * Math.cos(theta) - fz * Math.sin(theta) + gauss(noise));
      accel[1] = (float) gauss(noise);
      accel[2] = (float) (fx * Math.sin(theta) + fz * Math.cos(theta) + gauss(noise));
    }
  }

  /**
   * A shoe's midsole spreads a fifth of the load evenly over the cells and the lacing presses every
   * cell by 2 N even with the foot unloaded.
   */
  private static void inShoe(double[] cellN) {
    if (cellN.length == 0) {
      return;
    }
    double mean = 0;
    for (double v : cellN) {
      mean += v;
    }
    mean /= cellN.length;
    for (int i = 0; i < cellN.length; i++) {
      cellN[i] = 0.8 * cellN[i] + 0.2 * mean + 2.0;
    }
  }

  private double gauss(SensorNoise noise) {
    return noise.accelNoiseG() * rng.nextGaussian();
  }

  private double height(double t) {
    return lever * Math.sin(Math.toRadians(timeline.pitch(t, side)));
  }

  /** Per cell {amplitude N, angular frequency rad/ms, phase}: a slow wander of the baseline. */
  private double[][] drawDrift(int cellCount, double amplitude) {
    double[][] d = new double[cellCount][3];
    for (int i = 0; i < cellCount; i++) {
      d[i][0] = amplitude * rng.nextDouble(0.3, 1.0);
      d[i][1] = 2 * Math.PI / rng.nextDouble(60_000, 300_000);
      d[i][2] = rng.nextDouble(0, 2 * Math.PI);
    }
    return d;
  }

  private long[] dropoutStarts(int cellCount) {
    long[] from = new long[cellCount];
    java.util.Arrays.fill(from, Long.MAX_VALUE);
    for (CellDropout d : c.cellDropouts()) {
      if (d.side() == side) {
        if (d.cell() > cellCount) {
          throw new IllegalArgumentException(
              "dropout cell " + d.cell() + " but the layout has " + cellCount + " cells");
        }
        from[d.cell() - 1] = Math.min(from[d.cell() - 1], d.startMillis());
      }
    }
    return from;
  }
}
