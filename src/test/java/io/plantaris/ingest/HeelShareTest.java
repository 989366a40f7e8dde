package io.plantaris.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plantaris.insole.CellSpec;
import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.SensorLayout;
import io.plantaris.insole.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The heel's share of an insole's load from the layout's heel cells. */
class HeelShareTest {
  private static final SensorLayout LAYOUT =
      new SensorLayout(
          "L1",
          Side.LEFT,
          100,
          List.of(
              new CellSpec(0, 20, PlantarRegion.HEEL_MEDIAL, 100),
              new CellSpec(20, 20, PlantarRegion.HEEL_LATERAL, 100),
              new CellSpec(10, 120, PlantarRegion.MIDFOOT, 100),
              new CellSpec(10, 200, PlantarRegion.METATARSAL_1, 100)),
          false,
          false,
          250);

  @Test
  void theHeelCellsShareOfTheCellsThatReported() {
    boolean[] heel = HeelShare.heelCells(LAYOUT);
    assertThat(heel).containsExactly(true, true, false, false);
    assertThat(HeelShare.of(new float[] {100, 100, 100, 100}, heel)).isCloseTo(0.5, within(1e-9));
    // a cell that did not report is left out; a negative (tare) reading counts as nothing
    assertThat(HeelShare.of(new float[] {Float.NaN, 60, -5, 140}, heel))
        .isCloseTo(0.3, within(1e-9));
  }

  @Test
  void noShareOffTheGroundOrWithoutHeelCells() {
    boolean[] heel = HeelShare.heelCells(LAYOUT);
    assertThat(HeelShare.of(new float[] {5, 5, 5, 4}, heel)).as("19 N in all").isNaN();
    assertThat(HeelShare.of(new float[] {0, 0, 100, 100}, new boolean[4])).isNaN();
  }
}
