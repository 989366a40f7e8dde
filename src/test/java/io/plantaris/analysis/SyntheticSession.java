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
 * standing, so counts and timings can be asserted with tolerances. A rep's phase times are those
 * between its 10 % marks, as the analysis reports them (docs/phases.md).
 */
final class SyntheticSession {
  static final double RATE_HZ = 100;
  static final double LENGTH_MM = 260;
  static final double BODY_N = 700;
  static final double FULL_PITCH_DEG = 40;

  /** Share of an even-paced movement's time before it has covered 10 % of its range. */
  private static final double MARK_LEAD = 0.1798;

  /** Share of the movement time an even pace spends speeding up (and slowing down). */
  private static final double RAMP = 0.2;

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

  /** Ground truth of a generated rep at its 10 % marks (docs/phases.md), device ms. */
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
      total += movementMs(r.upMs) + r.holdMs + movementMs(r.downMs) + r.bottomMs;
    }
    int n = (int) (total * RATE_HZ / 1000);
    double[] theta = new double[n];
    boolean[] heelTop = new boolean[n];
    boolean[] slam = new boolean[n];
    long t0 = leadMs;
    for (Rep r : reps) {
      // the phase times are between the 10 % marks (docs/phases.md): each movement, at an even
      // pace with smooth ends, lasts longer, by its start and end, and the lowering starts where
      // its 10 % mark comes the hold's time after the rise's 90 % mark (before the rise is over,
      // for short holds)
      long rise = movementMs(r.upMs);
      long lower = movementMs(r.downMs);
      long hs = t0 + rise;
      long ds = Math.max(t0, t0 + rise - markLeadMs(rise) + r.holdMs - markLeadMs(lower));
      long de = ds + lower;
      double a = FULL_PITCH_DEG * r.range;
      int from = (int) (t0 * RATE_HZ / 1000);
      int to = Math.min(n - 1, (int) Math.ceil(de * RATE_HZ / 1000));
      for (int i = from; i <= to; i++) {
        double ms = i * 1000 / RATE_HZ;
        double risen = evenPace(Math.min(1, Math.max(0, (ms - t0) / rise)));
        double lowered = evenPace(Math.min(1, Math.max(0, (ms - ds) / lower)));
        theta[i] = a * Math.min(risen, 1 - lowered);
        heelTop[i] = r.heelAtTop && ms > hs + 300 && ms < ds - 300;
      }
      for (int i = 0; i < n; i++) {
        double ms = i * 1000 / RATE_HZ;
        slam[i] |= r.slam && ms >= de && ms < de + 80;
      }
      truth.add(marks(theta, from, to));
      t0 = de + r.bottomMs;
    }
    return sensors(side, id, theta, heelTop, slam);
  }

  /** An even-paced movement whose climb from 10 % to 90 % takes {@code phaseMs}. */
  private static long movementMs(long phaseMs) {
    return Math.round(phaseMs / (1 - 2 * MARK_LEAD));
  }

  private static long markLeadMs(long movementMs) {
    return Math.round(MARK_LEAD * movementMs);
  }

  /** The rep's marks read off its own curve between samples {@code from} and {@code to}. */
  private static Truth marks(double[] theta, int from, int to) {
    int peak = from;
    for (int i = from; i <= to; i++) {
      peak = theta[i] > theta[peak] ? i : peak;
    }
    double low = 0.1 * theta[peak];
    double high = 0.9 * theta[peak];
    int firstHigh = from;
    while (theta[firstHigh] < high) {
      firstHigh++;
    }
    int lastHigh = to;
    while (theta[lastHigh] < high) {
      lastHigh--;
    }
    int up = firstHigh;
    while (up > from && theta[up - 1] >= low) {
      up--;
    }
    int end = lastHigh;
    while (end < to && theta[end] > low) {
      end++;
    }
    return new Truth(ms(up), ms(firstHigh), ms(lastHigh), ms(end));
  }

  private static long ms(int i) {
    return Math.round(i * 1000 / RATE_HZ);
  }

  /**
   * Position 0..1 of a movement at an even pace whose speed rises and falls as a smooth step over
   * {@link #RAMP} of its time at each end (what a metronome-paced person does).
   */
  static double evenPace(double u) {
    if (u > 0.5) {
      return 1 - evenPace(1 - u);
    }
    double x = u / RAMP;
    double f = u < RAMP ? RAMP * (x * x * x - x * x * x * x / 2) : RAMP / 2 + u - RAMP;
    return f / (1 - RAMP);
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
