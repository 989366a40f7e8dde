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
  private final double[] yMm;
  private final int[] group;

  /**
   * The cells as runs of neighbours in one region: run k ends before cell {@code runEnd[k]}. Each
   * region's load is summed in a local across a run, in cell order as before, instead of through
   * the array, whose store and reload per cell was the longest chain of the per-sample work.
   */
  private final int[] runEnd;

  private final int[] runGroup;
  private final double[] offset;

  /** Per cell: its last valid load, NaN while it has never reported (only whether NaN is read). */
  private final double[] lastValid;

  /**
   * Some cell has been missing (NaN) in some sample. Until then every cell has reported in every
   * sample, so {@link #lastValid} needs no update and the cells no test.
   */
  private boolean cellMissed;

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

  /** Front-to-back spread of the forefoot and toe cells, and of those with the midfoot's, mm. */
  private final double forefootSpanMm;

  private final double frontSpanMm;

  /** The current sample's cells (the caller's buffer, read only while it is current). */
  private float[] lastRaw;

  double total;
  double heelN;
  double midfootN;
  double forefootN;
  double toesN;

  /** Sum of load times y and the total, at the last sample with a total worth dividing by. */
  private double copSumY;

  private double copTotal = 1;

  double heelFraction;
  double forefootFraction;

  LoadFeatures(SensorLayout layout, AnalysisConfig config) {
    List<CellSpec> cells = layout.cells();
    n = cells.size();
    yMm = new double[n];
    group = new int[n];
    offset = new double[n];
    lastValid = new double[n];
    groupOthersAtLast = new double[n];
    value = new double[n];
    tareSum = new double[n];
    groupOthers = new boolean[n];
    for (int i = 0; i < n; i++) {
      CellSpec c = cells.get(i);
      yMm[i] = (float) c.yMm();
      group[i] = groupIndex(c.region());
      lastValid[i] = Double.NaN;
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        groupOthers[i] |= j != i && group[j] == group[i];
      }
    }
    int runs = 0;
    for (int i = 0; i < n; i++) {
      runs += i == 0 || group[i] != group[i - 1] ? 1 : 0;
    }
    runEnd = new int[runs];
    runGroup = new int[runs];
    for (int i = 0, k = -1; i < n; i++) {
      if (i == 0 || group[i] != group[i - 1]) {
        runGroup[++k] = group[i];
      }
      runEnd[k] = i + 1;
    }
    quietMicros = config.quietMillis() * 1000;
    forefootSpanMm = span(FORE, TOES);
    frontSpanMm = Math.max(forefootSpanMm, span(MID, TOES));
  }

  /** Front-to-back distance between the outermost cells of the groups {@code from..to}, mm. */
  private double span(int from, int to) {
    double front = Double.NEGATIVE_INFINITY;
    double back = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      if (group[i] >= from && group[i] <= to) {
        front = Math.max(front, yMm[i]);
        back = Math.min(back, yMm[i]);
      }
    }
    return front >= back ? front - back : 0;
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
    return n * (8 + 4 + 4 + 8 * 5) + 5 * 8;
  }

  void update(InsoleSample s) {
    float[] raw = s.cellNewtons;
    lastRaw = raw;
    double[] gs = groupSum;
    gs[0] = gs[1] = gs[2] = gs[3] = gs[4] = 0;
    double[] imp = imputed;
    imp[0] = imp[1] = imp[2] = imp[3] = imp[4] = 0;
    double rawTotal = 0;
    boolean anyMissing = false;
    double total = 0;
    double sy = 0;
    if (!cellMissed) {
      // the same sums without a test per cell: a missing cell turns the raw total NaN
      int i = 0;
      for (int k = 0; k < runEnd.length; k++) {
        int g = runGroup[k];
        double groupN = gs[g];
        for (int end = runEnd[k]; i < end; i++) {
          float r = raw[i];
          rawTotal += r;
          double v = r - offset[i];
          v = v > 0 ? v : 0;
          value[i] = v;
          groupN += v;
          total += v;
          sy += v * yMm[i];
        }
        gs[g] = groupN;
      }
      if (rawTotal == rawTotal) {
        finish(s, raw, gs, rawTotal, total, sy, false);
        return;
      }
      // the first missing cell: every cell reported in every earlier sample
      cellMissed = true;
      if (samples > 0) {
        java.util.Arrays.fill(lastValid, 0);
      }
      gs[0] = gs[1] = gs[2] = gs[3] = gs[4] = 0;
      rawTotal = 0;
      total = 0;
      sy = 0;
    }
    int i = 0;
    for (int k = 0; k < runEnd.length; k++) {
      int g = runGroup[k];
      double groupN = gs[g];
      for (int end = runEnd[k]; i < end; i++) {
        float r = raw[i];
        if (r == r) {
          rawTotal += r;
          double v = r - offset[i];
          v = v > 0 ? v : 0;
          value[i] = v;
          groupN += v;
          lastValid[i] = v;
          total += v;
          sy += v * yMm[i];
        } else {
          value[i] = 0;
          anyMissing = true;
        }
      }
      gs[g] = groupN;
    }
    finish(s, raw, gs, rawTotal, total, sy, anyMissing);
  }

  private void finish(
      InsoleSample s,
      float[] raw,
      double[] gs,
      double rawTotal,
      double total,
      double sy,
      boolean anyMissing) {
    double live = gs[0] + gs[1] + gs[2] + gs[3] + gs[4];
    if ((++samples & 3) == 0) {
      learnShares(raw, live);
    }
    if (anyMissing) {
      // imputed cells join the sums: add them up again in cell order
      impute(raw, live);
      total = 0;
      sy = 0;
      for (int j = 0; j < n; j++) {
        double v = value[j];
        total += v;
        sy += v * yMm[j];
      }
    }
    this.total = total;
    heelN = gs[HEEL] + imputed[HEEL];
    midfootN = gs[MID] + imputed[MID];
    forefootN = gs[FORE] + imputed[FORE];
    toesN = gs[TOES] + imputed[TOES];
    if (total > 1e-3) {
      copSumY = sy;
      copTotal = total;
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

  /**
   * Forward position of the centre of pressure, mm, at the last sample that carried load (0 before
   * any); divided when read, as most insoles' analysis never reads it.
   */
  double copYMm() {
    return copSumY / copTotal;
  }

  /**
   * How far the centre of pressure can travel forward as the heel rises from where the foot stands
   * now with its heel off (over a step edge), in mm: from the ball of the foot onto the toes across
   * the forefoot and toe cells, and from the midfoot too while that carries at least {@code
   * minMidfootShare} of the load in front of the heel (the arch on the edge). A 3-zone insole with
   * the ball of the foot on the edge reads 0: one zone carries the load from the bottom to the top.
   */
  double forwardReachMm(double minMidfootShare) {
    double front = total - heelN;
    return front > 0 && midfootN >= minMidfootShare * front ? frontSpanMm : forefootSpanMm;
  }

  /**
   * No cell of the heel, or none of the forefoot and toes, reports in the current sample: the load
   * cannot be seen moving between them (one zone of a 3-zone insole stopped reporting; guessing its
   * load from its usual share of the foot would make the heel look loaded throughout a rep).
   */
  boolean endSilent() {
    if (!cellMissed) {
      return false;
    }
    boolean heel = false;
    boolean fore = false;
    boolean hasHeel = false;
    boolean hasFore = false;
    for (int i = 0; i < n; i++) {
      boolean live = lastRaw[i] == lastRaw[i];
      if (group[i] == HEEL) {
        hasHeel = true;
        heel |= live;
      } else if (group[i] == FORE || group[i] == TOES) {
        hasFore = true;
        fore |= live;
      }
    }
    return hasHeel && !heel || hasFore && !fore;
  }

  double offset(int cell) {
    return offset[cell];
  }
}
