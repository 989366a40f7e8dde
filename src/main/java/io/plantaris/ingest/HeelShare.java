package io.plantaris.ingest;

import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.SensorLayout;

/**
 * The heel region's share of an insole's total load, from the cells the layout places under the
 * heel; computed per live sample without allocating (the heel mask is made once per layout).
 */
final class HeelShare {
  /**
   * Below this total the foot is off the ground (or the insole reports only noise) and a share
   * would be a ratio of noise: NaN instead.
   */
  static final double MIN_TOTAL_NEWTONS = 20;

  private HeelShare() {}

  /** Per cell in layout order: whether it lies under the heel. */
  static boolean[] heelCells(SensorLayout layout) {
    boolean[] heel = new boolean[layout.cellCount()];
    for (int i = 0; i < heel.length; i++) {
      heel[i] = layout.cells().get(i).region().group() == PlantarRegion.Group.HEEL;
    }
    return heel;
  }

  /**
   * Heel load over total load of the cells that reported (NaN cells are left out); NaN without heel
   * cells or when the total is below {@link #MIN_TOTAL_NEWTONS}.
   */
  static double of(float[] cellNewtons, boolean[] heelCells) {
    double heel = 0;
    double total = 0;
    boolean anyHeel = false;
    int n = Math.min(cellNewtons.length, heelCells.length);
    for (int i = 0; i < n; i++) {
      float v = cellNewtons[i];
      if (v != v) {
        continue;
      }
      double load = Math.max(0, v);
      total += load;
      if (heelCells[i]) {
        heel += load;
        anyHeel = true;
      }
    }
    return anyHeel && total >= MIN_TOTAL_NEWTONS ? heel / total : Double.NaN;
  }
}
