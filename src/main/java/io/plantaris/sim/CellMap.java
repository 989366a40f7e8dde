package io.plantaris.sim;

import io.plantaris.insole.CellSpec;
import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.SensorLayout;
import java.util.List;

/** Splits a region's load over the cells lying under it, by area and a typical loading weight. */
final class CellMap {
  private final int[] group;
  private final double[] weight;
  private final int[] target = new int[4];

  CellMap(SensorLayout layout) {
    List<CellSpec> cells = layout.cells();
    group = new int[cells.size()];
    weight = new double[cells.size()];
    double[] sums = new double[4];
    for (int i = 0; i < cells.size(); i++) {
      CellSpec cell = cells.get(i);
      group[i] = groupIndex(cell.region());
      weight[i] = Math.max(cell.areaMm2(), 1) * loading(cell.region());
      sums[group[i]] += weight[i];
    }
    for (int i = 0; i < weight.length; i++) {
      weight[i] /= sums[group[i]];
    }
    // a region without a cell of its own (the toes of a 3-zone insole) loads its neighbour's
    for (int g = 0; g < 4; g++) {
      target[g] = g;
    }
    for (int g : new int[] {3, 2, 1, 0}) {
      if (sums[g] == 0) {
        target[g] = nearestWithCells(g, sums);
      }
    }
  }

  private static int nearestWithCells(int g, double[] sums) {
    for (int d = 1; d < 4; d++) {
      if (g - d >= 0 && sums[g - d] > 0) {
        return g - d;
      }
      if (g + d < 4 && sums[g + d] > 0) {
        return g + d;
      }
    }
    return g;
  }

  /** Fills {@code out} with each cell's share of the foot's pose, newtons, before noise. */
  void distribute(FootPose pose, double[] out) {
    double[] regionNewtons = {
      pose.loadNewtons() * pose.heelShare() + pose.heelImpactNewtons(),
      pose.loadNewtons() * pose.midfootShare(),
      pose.loadNewtons() * pose.forefootShare(),
      pose.loadNewtons() * pose.toeShare()
    };
    double[] pooled = new double[4];
    for (int g = 0; g < 4; g++) {
      pooled[target[g]] += regionNewtons[g];
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = pooled[group[i]] * weight[i];
    }
  }

  private static int groupIndex(PlantarRegion region) {
    return switch (region.group()) {
      case HEEL -> 0;
      case MIDFOOT, OTHER -> 1;
      case FOREFOOT -> 2;
      case TOES -> 3;
    };
  }

  /** Relative loading within a region: the hallux and first/second metatarsal heads carry most. */
  private static double loading(PlantarRegion region) {
    return switch (region) {
      case HEEL_MEDIAL -> 1.05;
      case HEEL_LATERAL -> 0.95;
      case METATARSAL_1 -> 1.1;
      case METATARSAL_2_3 -> 1.25;
      case METATARSAL_4_5 -> 0.7;
      case HALLUX -> 1.4;
      case LESSER_TOES -> 0.6;
      case MIDFOOT, UNKNOWN -> 1.0;
    };
  }
}
