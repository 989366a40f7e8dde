package io.plantaris.importer;

import io.plantaris.insole.CellSpec;
import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * Cell geometry of the 16-cell Moticon OpenGo insole, per insole size, recovered from the vendor's
 * own exports.
 *
 * <p>Evidence (the four exports in {@code ../shared/datasets/moticon-opengo}): the export's {@code
 * total force[N]} column is, to its 1 N rounding, the sum of cell pressure times a fixed per-cell
 * area. A least-squares fit of those areas over every row of each side gives the same 16 areas in
 * all three size-7 files and both sides (spread under 0.1 cm²; residual median 0.2 N, max 0.6 N),
 * and a second, uniformly smaller set (ratio 0.703) for the size-3 file. Fitting {@code centre of
 * pressure X/Y} as the force-weighted mean of cell positions likewise gives the same normalised
 * cell centres (-0.5..+0.5) in every file and on both sides: X runs heel (-0.5) to toe (+0.5) and
 * orders the cells heel 1-4, midfoot 5-8, metatarsal heads 9-13, toes 14-16; Y is mirrored per side
 * by the vendor so that +Y is medial (cell 9, the first metatarsal head, at +0.27; cell 13, the
 * fifth, at -0.46; the lateral arch cell 8 at -0.39).
 *
 * <p>Assumptions, not in the data: Moticon size {@code s} covers EU shoe sizes {@code 2s+32} and
 * {@code 2s+33}, so the insole is {@code (2s + 32.5) * 20/3} mm long (Paris point); this predicts
 * an area ratio of 0.686 between sizes 3 and 7 against the measured 0.703. The insole is taken as
 * {@value #WIDTH_PER_LENGTH} of its length wide at the forefoot. Sizes other than 3 and 7 scale the
 * nearer measured area table by the squared length ratio.
 */
public final class MoticonGeometry {
  /** Cells per Moticon OpenGo insole. */
  public static final int CELL_COUNT = 16;

  /** Insole forefoot width as a fraction of its length (typical insole proportion; assumed). */
  public static final double WIDTH_PER_LENGTH = 0.36;

  // Normalised cell centres fitted from the exports' centre of pressure (see class comment).
  private static final double[] ALONG = {
    -0.404, -0.417, -0.266, -0.287, -0.125, -0.152, 0.081, -0.012, 0.256, 0.241, 0.226, 0.207,
    0.170, 0.413, 0.408, 0.359
  };
  private static final double[] MEDIAL = {
    0.109, -0.166, 0.089, -0.225, 0.061, -0.273, 0.243, -0.392, 0.274, 0.064, -0.116, -0.294,
    -0.462, 0.178, -0.082, -0.313
  };
  // Areas in cm², fitted from total force; size 7: mean of 6 fits, size 3: mean of 2 fits.
  private static final double[] AREA_CM2_SIZE_7 = {
    12.36, 11.05, 13.36, 13.12, 13.13, 13.02, 17.93, 18.22, 15.66, 12.42, 12.50, 12.67, 10.23,
    10.13, 12.50, 6.47
  };
  private static final double[] AREA_CM2_SIZE_3 = {
    8.67, 7.67, 9.32, 9.23, 9.20, 9.07, 12.81, 12.74, 10.98, 8.71, 8.75, 8.88, 7.32, 7.13, 8.86,
    4.63
  };
  private static final PlantarRegion[] REGION = {
    PlantarRegion.HEEL_MEDIAL, PlantarRegion.HEEL_LATERAL, PlantarRegion.HEEL_MEDIAL,
    PlantarRegion.HEEL_LATERAL, PlantarRegion.MIDFOOT, PlantarRegion.MIDFOOT,
    PlantarRegion.MIDFOOT, PlantarRegion.MIDFOOT, PlantarRegion.METATARSAL_1,
    PlantarRegion.METATARSAL_2_3, PlantarRegion.METATARSAL_2_3, PlantarRegion.METATARSAL_4_5,
    PlantarRegion.METATARSAL_4_5, PlantarRegion.HALLUX, PlantarRegion.LESSER_TOES,
    PlantarRegion.LESSER_TOES
  };

  private MoticonGeometry() {}

  /** Heel-to-toe insole length in millimetres for a Moticon size (see class comment). */
  public static double insoleLengthMm(int size) {
    if (size < 1 || size > 12) {
      throw new IllegalArgumentException("Moticon insole size must be 1..12, was " + size);
    }
    return (2 * size + 32.5) * 20.0 / 3.0;
  }

  /** Sensing area of each cell in cm², index 0 = cell 1. */
  public static double[] areasCm2(int size) {
    double lengthMm = insoleLengthMm(size);
    int reference = Math.abs(size - 3) < Math.abs(size - 7) ? 3 : 7;
    double[] table = reference == 3 ? AREA_CM2_SIZE_3 : AREA_CM2_SIZE_7;
    double scale = Math.pow(lengthMm / insoleLengthMm(reference), 2);
    double[] areas = new double[CELL_COUNT];
    for (int i = 0; i < CELL_COUNT; i++) {
      areas[i] = table[i] * scale;
    }
    return areas;
  }

  /** The 16 cells in insole coordinates for one side and size. */
  public static List<CellSpec> cells(Side side, int size) {
    double lengthMm = insoleLengthMm(size);
    double widthMm = lengthMm * WIDTH_PER_LENGTH;
    // Medial is +x (wearer's left) on a right insole and -x on a left one.
    double medialSign = side == Side.LEFT ? -1 : 1;
    double[] areas = areasCm2(size);
    List<CellSpec> cells = new ArrayList<>(CELL_COUNT);
    for (int i = 0; i < CELL_COUNT; i++) {
      cells.add(
          new CellSpec(
              medialSign * MEDIAL[i] * widthMm,
              (ALONG[i] + 0.5) * lengthMm,
              REGION[i],
              areas[i] * 100.0));
    }
    return cells;
  }
}
