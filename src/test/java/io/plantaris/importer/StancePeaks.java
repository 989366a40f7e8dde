package io.plantaris.importer;

import io.plantaris.insole.CellSpec;
import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.Track;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Gait measures on an imported track, used to check the cell geometry against real walking. */
final class StancePeaks {
  private StancePeaks() {}

  /**
   * For each region group, the mean over complete stance phases of the time of its peak load as a
   * fraction of stance (0 = foot contact, 1 = toe-off). Stance: total load above 10% of the track's
   * peak for at least 0.2 s, not touching the ends of the recording.
   */
  static Map<PlantarRegion.Group, Double> meanPeakFraction(Track t) {
    double[] total = totals(t);
    List<CellSpec> cells = t.layout().cells();
    Map<PlantarRegion.Group, Double> sum = new EnumMap<>(PlantarRegion.Group.class);
    int stances = 0;
    int start = -1;
    double threshold = 0.1 * max(total);
    for (int i = 0; i < total.length; i++) {
      boolean loaded = total[i] > threshold;
      if (loaded && start < 0) {
        start = i;
      } else if (!loaded && start >= 0) {
        if (start > 0 && i - start >= 20) {
          stances++;
          for (PlantarRegion.Group g : PlantarRegion.Group.values()) {
            int best = start;
            double bestLoad = -1;
            for (int k = start; k < i; k++) {
              double load = 0;
              for (int c = 0; c < cells.size(); c++) {
                load += cells.get(c).region().group() == g ? t.cellNewtons()[k][c] : 0;
              }
              if (load > bestLoad) {
                bestLoad = load;
                best = k;
              }
            }
            sum.merge(g, (best - start) / (double) (i - start), Double::sum);
          }
        }
        start = -1;
      }
    }
    int n = stances;
    sum.replaceAll((g, s) -> s / n);
    sum.put(PlantarRegion.Group.OTHER, (double) n);
    return sum;
  }

  /**
   * Mean {x, y, z} angular rate while the heel cells carry under 2% and the rest over 10% of peak.
   */
  static double[] meanGyroWhileHeelOff(Track t) {
    double[] total = totals(t);
    double peak = max(total);
    double[] mean = new double[3];
    int n = 0;
    for (int i = 0; i < t.size(); i++) {
      double heel = 0;
      for (int c = 0; c < t.layout().cellCount(); c++) {
        if (t.layout().cells().get(c).region().group() == PlantarRegion.Group.HEEL) {
          heel += t.cellNewtons()[i][c];
        }
      }
      if (heel < 0.02 * peak && total[i] - heel > 0.1 * peak) {
        n++;
        for (int a = 0; a < 3; a++) {
          mean[a] += t.gyroDps()[i][a];
        }
      }
    }
    for (int a = 0; a < 3; a++) {
      mean[a] /= n;
    }
    return mean;
  }

  private static double[] totals(Track t) {
    double[] total = new double[t.size()];
    for (int i = 0; i < t.size(); i++) {
      for (float v : t.cellNewtons()[i]) {
        total[i] += v;
      }
    }
    return total;
  }

  private static double max(double[] values) {
    double m = 0;
    for (double v : values) {
      m = Math.max(m, v);
    }
    return m;
  }
}
