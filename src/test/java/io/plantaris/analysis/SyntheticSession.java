package io.plantaris.analysis;

import io.plantaris.insole.CellSpec;
import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.Recording;
import io.plantaris.insole.SensorLayout;
import io.plantaris.insole.Side;
import io.plantaris.insole.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Test signal generator: heel raises with known phase times for each sensing mode, plus walking and
 * standing, so counts and timings can be asserted with tolerances.
 */
final class SyntheticSession {
  static final double RATE_HZ = 100;
  static final double LENGTH_MM = 260;
  static final double BODY_N = 700;
  static final double FULL_PITCH_DEG = 40;

  enum Mode {
    CELLS16_IMU,
    CELLS8,
    IMU_ONLY
  }

  /** One planned rep; times in ms. */
  record Rep(
      long upMs,
      long holdMs,
      long downMs,
      long bottomMs,
      double range,
      boolean heelAtTop,
      boolean slam) {
    static Rep tempo(long up, long hold, long down, long bottom) {
      return new Rep(up, hold, down, bottom, 1, false, false);
    }
  }

  /** Ground truth of a generated rep, device ms. */
  record Truth(long upStart, long holdStart, long downStart, long downEnd) {}

  final Mode mode;
  final List<Rep> reps = new ArrayList<>();
  final List<Truth> truth = new ArrayList<>();
  long leadMs = 3000;
  long tailMs = 3000;
  boolean stepEdge;
  double bodyShare = 1;
  int deadCell = -1;
  long deadFromMs;
  long seed = 1;

  SyntheticSession(Mode mode) {
    this.mode = mode;
  }

  SyntheticSession add(Rep r, int times) {
    for (int i = 0; i < times; i++) {
      reps.add(r);
    }
    return this;
  }

  static SensorLayout layout(Mode mode, Side side, String id) {
    List<CellSpec> cells = new ArrayList<>();
    if (mode == Mode.CELLS16_IMU) {
      double[][] spec = {
        {-15, 25, 1},
        {15, 25, 2},
        {-15, 50, 1},
        {15, 50, 2},
        {-25, 95, 3},
        {-25, 115, 3},
        {25, 95, 3},
        {25, 115, 3},
        {-30, 180, 4},
        {-10, 185, 5},
        {10, 185, 5},
        {30, 180, 6},
        {40, 175, 6},
        {-30, 235, 7},
        {0, 230, 8},
        {25, 225, 8}
      };
      for (double[] c : spec) {
        cells.add(new CellSpec(c[0], c[1], PlantarRegion.fromWireCode((int) c[2]), 300));
      }
    } else if (mode == Mode.CELLS8) {
      double[][] spec = {
        {-15, 35, 1},
        {15, 35, 2},
        {25, 105, 3},
        {-30, 180, 4},
        {0, 185, 5},
        {30, 180, 6},
        {-30, 235, 7},
        {15, 228, 8}
      };
      for (double[] c : spec) {
        cells.add(new CellSpec(c[0], c[1], PlantarRegion.fromWireCode((int) c[2]), 500));
      }
    }
    boolean imu = mode != Mode.CELLS8;
    return new SensorLayout(id, side, RATE_HZ, cells, imu, imu, LENGTH_MM);
  }

  /** Heel-rise angle (degrees) and per-sample flags over time, then sensor values. */
  Recording build(Side side) {
    return new Recording(List.of(track(side, "syn-" + side)));
  }

  Track track(Side side, String id) {
    truth.clear();
    long total = leadMs + tailMs;
    for (Rep r : reps) {
      total += r.upMs + r.holdMs + r.downMs + r.bottomMs;
    }
    int n = (int) (total * RATE_HZ / 1000);
    double[] theta = new double[n];
    boolean[] heelTop = new boolean[n];
    boolean[] slam = new boolean[n];
    long t0 = leadMs;
    for (Rep r : reps) {
      long hs = t0 + r.upMs;
      long ds = hs + r.holdMs;
      long de = ds + r.downMs;
      truth.add(new Truth(t0, hs, ds, de));
      double a = FULL_PITCH_DEG * r.range;
      for (int i = 0; i < n; i++) {
        double ms = i * 1000 / RATE_HZ;
        if (ms >= t0 && ms < hs) {
          theta[i] = a * ease((ms - t0) / r.upMs);
        } else if (ms >= hs && ms < ds) {
          theta[i] = a;
          heelTop[i] = r.heelAtTop && ms > hs + 300 && ms < ds - 300;
        } else if (ms >= ds && ms < de) {
          theta[i] = a * (1 - ease((ms - ds) / r.downMs));
        }
        slam[i] |= r.slam && ms >= de && ms < de + 80;
      }
      t0 = de + r.bottomMs;
    }
    return sensors(side, id, theta, heelTop, slam);
  }

  /** Minimum-jerk profile, the usual model of a smooth voluntary movement. */
  static double ease(double u) {
    return u * u * u * (10 - 15 * u + 6 * u * u);
  }

  private Track sensors(Side side, String id, double[] theta, boolean[] heelTop, boolean[] slam) {
    SensorLayout layout = layout(mode, side, id);
    Random rnd = new Random(seed);
    int n = theta.length;
    long[] time = new long[n];
    float[][] cells = new float[n][layout.cellCount()];
    float[][] acc = layout.hasAccelerometer() ? new float[n][3] : null;
    float[][] gyro = layout.hasGyroscope() ? new float[n][3] : null;
    double[] share = new double[5];
    for (int i = 0; i < n; i++) {
      time[i] = 5_000_000L + Math.round(i * 1e6 / RATE_HZ);
      groupShares(theta[i], heelTop[i], share);
      double load = BODY_N * bodyShare * (slam[i] ? 1.7 : 1) * (1 + 0.01 * rnd.nextGaussian());
      distribute(layout, share, load, cells[i], rnd);
      if (deadCell >= 0 && i * 1000 / RATE_HZ >= deadFromMs) {
        cells[i][deadCell] = Float.NaN;
      }
      double rad = Math.toRadians(theta[i] - (heelTop[i] ? 6 : 0));
      if (acc != null) {
        double spike = slam[i] ? 1.2 : 0;
        acc[i][0] = (float) (-Math.sin(rad) + 0.01 * rnd.nextGaussian());
        acc[i][1] = (float) (0.01 * rnd.nextGaussian());
        acc[i][2] = (float) (Math.cos(rad) + spike + 0.01 * rnd.nextGaussian());
      }
      if (gyro != null) {
        double rate = i == 0 ? 0 : (theta[i] - theta[i - 1]) * RATE_HZ;
        gyro[i][0] = (float) (0.5 * rnd.nextGaussian());
        gyro[i][1] = (float) (rate + 1.5 + 0.5 * rnd.nextGaussian());
        gyro[i][2] = (float) (0.5 * rnd.nextGaussian());
      }
    }
    return new Track(layout, time, cells, acc, gyro);
  }

  /**
   * Heel, midfoot, forefoot, toes shares of load at heel-rise angle {@code deg}: on a flat floor
   * the heel unloads within the first 3 degrees; over a step edge the load rolls towards the toes
   * in proportion to the rise.
   */
  private void groupShares(double deg, boolean heelTop, double[] out) {
    double[] flat = {0.5, 0.1, 0.32, 0.08};
    double[] raised = {0, 0.03, 0.72, 0.25};
    double[] onStep = {0, 0.02, 0.78, 0.2};
    double w;
    double[] from;
    if (stepEdge) {
      from = onStep;
      w = Math.max(0, Math.min(1, deg / FULL_PITCH_DEG));
    } else {
      from = flat;
      double u = Math.max(0, Math.min(1, (deg - 0.5) / 2.5));
      w = heelTop ? 0.5 : u * u * (3 - 2 * u);
    }
    for (int k = 0; k < 4; k++) {
      out[k] = from[k] * (1 - w) + raised[k] * w;
    }
  }

  private static void distribute(
      SensorLayout layout, double[] share, double load, float[] out, Random rnd) {
    int[] count = new int[5];
    for (CellSpec c : layout.cells()) {
      count[c.region().group().ordinal()]++;
    }
    for (int k = 0; k < out.length; k++) {
      int g = layout.cells().get(k).region().group().ordinal();
      double v = count[g] == 0 ? 0 : load * share[g] / count[g];
      out[k] = (float) Math.max(0, v + 0.5 * rnd.nextGaussian());
    }
  }
}
