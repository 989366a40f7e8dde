package io.plantaris.sim;

import io.plantaris.insole.CellSpec;
import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.SensorLayout;
import io.plantaris.insole.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * Cell geometry of the simulated insoles, drawn for a 260 mm (EU 40-41) insole.
 *
 * <p>Positions are given for a RIGHT insole with x positive to the wearer's left, i.e. medial is +x
 * on the right foot; the left insole is the mirror image (x negated), so the hallux is always on
 * the medial side.
 */
public final class SimLayouts {
  /** Heel-to-toe length of the simulated insole. */
  public static final double INSOLE_LENGTH_MM = 260.0;

  /** Distance of the metatarsal-head pivot from the toe end: the heel's lever is 260 - 75 mm. */
  public static final double FOREFOOT_PIVOT_FROM_TOE_MM = 75.0;

  // {x (right insole, + = medial), y, region ordinal, area}; cells 1-4 heel, 5-8 midfoot,
  // 9-13 metatarsal heads, 14-16 toes (14 = hallux), as in the Moticon exports.
  private static final double[][] MOTICON16 = {
    {12, 28, 1, 420}, {-12, 28, 2, 420}, {14, 58, 1, 450}, {-14, 58, 2, 450},
    {18, 95, 3, 380}, {-20, 95, 3, 480}, {10, 130, 3, 300}, {-24, 130, 3, 480},
    {30, 180, 4, 520}, {12, 188, 5, 480}, {-6, 186, 5, 450}, {-22, 180, 6, 420},
    {-36, 170, 6, 360}, {30, 228, 7, 560}, {6, 232, 8, 300}, {-18, 222, 8, 240}
  };

  private static final double[][] FORCE8 = {
    {12, 35, 1, 500}, {-12, 35, 2, 500}, {-22, 110, 3, 400}, {28, 180, 4, 500},
    {4, 188, 5, 500}, {-30, 175, 6, 450}, {30, 228, 7, 450}, {-8, 225, 8, 350}
  };

  // a 3-zone force insole: heel, midfoot and forefoot zones, each one force reading in newtons;
  // the forefoot zone reaches under the toes, so it carries their load too
  private static final double[][] FORCE3 = {
    {0, 45, 1, 3000}, {-5, 110, 3, 2600}, {0, 200, 5, 4800}
  };

  private static final PlantarRegion[] REGIONS = PlantarRegion.values();

  private SimLayouts() {}

  /** The layout of {@code kind} for one foot, named {@code deviceId}, at {@code sampleRateHz}. */
  public static SensorLayout layout(
      LayoutKind kind, Side side, String deviceId, double sampleRateHz) {
    return switch (kind) {
      case MOTICON16_IMU ->
          new SensorLayout(
              deviceId, side, sampleRateHz, cells(MOTICON16, side), true, true, INSOLE_LENGTH_MM);
      case FORCE8 ->
          new SensorLayout(
              deviceId, side, sampleRateHz, cells(FORCE8, side), false, false, INSOLE_LENGTH_MM);
      case IMU_ONLY ->
          new SensorLayout(deviceId, side, sampleRateHz, List.of(), true, true, INSOLE_LENGTH_MM);
      case MOTICON16 ->
          new SensorLayout(
              deviceId, side, sampleRateHz, cells(MOTICON16, side), false, false, INSOLE_LENGTH_MM);
      case FORCE3 ->
          new SensorLayout(
              deviceId, side, sampleRateHz, cells(FORCE3, side), false, false, INSOLE_LENGTH_MM);
    };
  }

  /** The simulator's device id for a side, e.g. {@code SIM-L-0001}. */
  public static String deviceId(Side side) {
    return "SIM-" + (side == Side.RIGHT ? "R" : "L") + "-0001";
  }

  private static List<CellSpec> cells(double[][] table, Side side) {
    double mirror = side == Side.LEFT ? -1 : 1;
    List<CellSpec> out = new ArrayList<>(table.length);
    for (double[] c : table) {
      out.add(new CellSpec(mirror * c[0], c[1], REGIONS[(int) c[2]], c[3]));
    }
    return out;
  }
}
