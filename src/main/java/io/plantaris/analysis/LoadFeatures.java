package io.plantaris.analysis;

import io.plantaris.insole.CellSpec;
import io.plantaris.insole.InsoleSample;
import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.SensorLayout;
import java.util.List;

/**
 * Per-sample pressure features of one insole: tared cell loads, regional loads, total, centre of
 * pressure and heel-load fraction.
 *
 * <p>A cell that stops reporting (NaN) is replaced by its last value scaled with the load change of
 * the other cells in its region, so the centre of pressure does not jump when a cell drops out (a
 * jump would look like a rise and create or destroy reps). A cell that never reported is left out.
 */
final class LoadFeatures {
  private static final int HEEL = 0;
  private static final int MID = 1;
  private static final int FORE = 2;
  private static final int TOES = 3;
  private static final int OTHER = 4;

  private final int n;
  private final float[] xMm;
  private final float[] yMm;
  private final int[] group;
  private final double[] offset;
  private final double[] lastValid;
  private final double[] groupOthersAtLast;
  private final double[] value;
  private final double[] groupSum = new double[5];
  private final double[] tareSum;
  private final long quietMicros;
  private long tareSinceMicros = -1;
  private int tareCount;
  private double maxRawTotal;

  double total;
  double heelN;
  double midfootN;
  double forefootN;
  double toesN;
  double copXMm;
  double copYMm;
  double heelFraction;
  double forefootFraction;

  LoadFeatures(SensorLayout layout, AnalysisConfig config) {
    List<CellSpec> cells = layout.cells();
    n = cells.size();
    xMm = new float[n];
    yMm = new float[n];
    group = new int[n];
    offset = new double[n];
    lastValid = new double[n];
    groupOthersAtLast = new double[n];
    value = new double[n];
    tareSum = new double[n];
    for (int i = 0; i < n; i++) {
      CellSpec c = cells.get(i);
      xMm[i] = (float) c.xMm();
      yMm[i] = (float) c.yMm();
      group[i] = groupIndex(c.region());
      lastValid[i] = Double.NaN;
    }
    quietMicros = config.quietMillis() * 1000;
  }

  private static int groupIndex(PlantarRegion region) {
    return switch (region.group()) {
      case HEEL -> HEEL;
      case MIDFOOT -> MID;
      case FOREFOOT -> FORE;
      case TOES -> TOES;
      case OTHER -> OTHER;
    };
  }

  /** Bytes of state held per insole, for the memory budget. */
  int stateBytes() {
    return n * (4 + 4 + 4 + 8 * 5) + 5 * 8;
  }

  void update(InsoleSample s) {
    float[] raw = s.cellNewtons;
    double[] gs = groupSum;
    gs[0] = gs[1] = gs[2] = gs[3] = gs[4] = 0;
    double rawTotal = 0;
    for (int i = 0; i < n; i++) {
      float r = raw[i];
      if (r == r) {
        rawTotal += r;
        double v = r - offset[i];
        v = v > 0 ? v : 0;
        value[i] = v;
        gs[group[i]] += v;
      }
    }
    // Second pass: remember each live cell relative to its region, impute the dropped ones.
    double total = 0;
    double sx = 0;
    double sy = 0;
    for (int i = 0; i < n; i++) {
      double v;
      if (raw[i] == raw[i]) {
        v = value[i];
        lastValid[i] = v;
        groupOthersAtLast[i] = gs[group[i]] - v;
      } else if (lastValid[i] == lastValid[i]) {
        double before = groupOthersAtLast[i];
        double now = gs[group[i]];
        v = before > 1e-6 ? lastValid[i] * (now / before) : lastValid[i];
        value[i] = v;
      } else {
        value[i] = 0;
        continue;
      }
      total += v;
      sx += v * xMm[i];
      sy += v * yMm[i];
    }
    double heel = 0;
    double mid = 0;
    double fore = 0;
    double toes = 0;
    for (int i = 0; i < n; i++) {
      double v = value[i];
      switch (group[i]) {
        case HEEL -> heel += v;
        case MID -> mid += v;
        case FORE -> fore += v;
        case TOES -> toes += v;
        default -> {}
      }
    }
    this.total = total;
    heelN = heel;
    midfootN = mid;
    forefootN = fore;
    toesN = toes;
    if (total > 1e-3) {
      copXMm = sx / total;
      copYMm = sy / total;
      heelFraction = heel / total;
      forefootFraction = (fore + toes) / total;
    }
    tare(raw, rawTotal, s.timeMicros);
  }

  /**
   * Zero offsets from an unloaded foot: when the raw total stays under 5% of the largest load seen
   * for the quiet time, each cell's mean over that time becomes its offset. Without such a period
   * the offsets stay zero.
   */
  private void tare(float[] raw, double rawTotal, long t) {
    if (rawTotal > maxRawTotal) {
      maxRawTotal = rawTotal;
    }
    if (maxRawTotal < 50 || rawTotal > 0.05 * maxRawTotal) {
      tareSinceMicros = -1;
      return;
    }
    if (tareSinceMicros < 0) {
      tareSinceMicros = t;
      tareCount = 0;
      java.util.Arrays.fill(tareSum, 0);
    }
    tareCount++;
    for (int i = 0; i < n; i++) {
      if (raw[i] == raw[i]) {
        tareSum[i] += raw[i];
      }
    }
    if (t - tareSinceMicros >= quietMicros) {
      for (int i = 0; i < n; i++) {
        offset[i] = tareSum[i] / tareCount;
      }
    }
  }

  double offset(int cell) {
    return offset[cell];
  }
}
