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
 * <p>A cell that stops reporting (NaN) is replaced by its learnt share of the load of the other
 * cells in its region (of the whole foot if it is alone in its region), so the centre of pressure
 * does not jump when a cell drops out (a jump would look like a rise and create or destroy reps). A
 * cell that never reported is left out.
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

  /** Per cell: its learnt share of its region (or of the foot when alone in its region). */
  private final double[] groupOthersAtLast;

  private final boolean[] groupOthers;
  private final double[] value;
  private final double[] groupSum = new double[5];
  private final double[] imputed = new double[5];
  private int samples;
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
    groupOthers = new boolean[n];
    for (int i = 0; i < n; i++) {
      CellSpec c = cells.get(i);
      xMm[i] = (float) c.xMm();
      yMm[i] = (float) c.yMm();
      group[i] = groupIndex(c.region());
      lastValid[i] = Double.NaN;
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        groupOthers[i] |= j != i && group[j] == group[i];
      }
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
    double[] imp = imputed;
    imp[0] = imp[1] = imp[2] = imp[3] = imp[4] = 0;
    double rawTotal = 0;
    boolean anyMissing = false;
    double total = 0;
    double sx = 0;
    double sy = 0;
    for (int i = 0; i < n; i++) {
      float r = raw[i];
      if (r == r) {
        rawTotal += r;
        double v = r - offset[i];
        v = v > 0 ? v : 0;
        value[i] = v;
        gs[group[i]] += v;
        lastValid[i] = v;
        total += v;
        sx += v * xMm[i];
        sy += v * yMm[i];
      } else {
        value[i] = 0;
        anyMissing = true;
      }
    }
    double live = gs[0] + gs[1] + gs[2] + gs[3] + gs[4];
    if ((++samples & 3) == 0) {
      learnShares(raw, live);
    }
    if (anyMissing) {
      // imputed cells join the sums: add them up again in cell order
      impute(raw, live);
      total = 0;
      sx = 0;
      sy = 0;
      for (int i = 0; i < n; i++) {
        double v = value[i];
        total += v;
        sx += v * xMm[i];
        sy += v * yMm[i];
      }
    }
    this.total = total;
    heelN = gs[HEEL] + imputed[HEEL];
    midfootN = gs[MID] + imputed[MID];
    forefootN = gs[FORE] + imputed[FORE];
    toesN = gs[TOES] + imputed[TOES];
    if (total > 1e-3) {
      copXMm = sx / total;
      copYMm = sy / total;
      heelFraction = heelN / total;
      forefootFraction = (forefootN + toesN) / total;
    }
    tare(raw, rawTotal, s.timeMicros);
  }

  /**
   * Learns each live cell's usual share of its region (or of the foot, when alone in its region)
   * while that carries real load; every fourth sample is plenty for a slow average.
   */
  private void learnShares(float[] raw, double live) {
    double[] gs = groupSum;
    for (int i = 0; i < n; i++) {
      if (raw[i] != raw[i]) {
        continue;
      }
      double whole = groupOthers[i] ? gs[group[i]] : live;
      if (whole > 1 && whole > 0.05 * live) {
        groupOthersAtLast[i] += 0.2 * (value[i] / whole - groupOthersAtLast[i]);
      }
    }
  }

  private void impute(float[] raw, double live) {
    double[] gs = groupSum;
    for (int i = 0; i < n; i++) {
      if (raw[i] == raw[i] || lastValid[i] != lastValid[i]) {
        continue;
      }
      double share = Math.min(groupOthersAtLast[i], 0.9);
      double others = groupOthers[i] ? gs[group[i]] : live;
      double v = share * others / (1 - share);
      value[i] = v;
      imputed[group[i]] += v;
    }
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
