package io.plantaris.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.Tempo;
import io.plantaris.insole.CellSpec;
import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.SensorLayout;
import io.plantaris.insole.Side;
import org.junit.jupiter.api.Test;

class SimLayoutsTest {

  @Test
  void leftAndRightInsolesAreMirrorImagesWithTheHalluxMedial() {
    for (LayoutKind kind : new LayoutKind[] {LayoutKind.MOTICON16_IMU, LayoutKind.FORCE8}) {
      SensorLayout left = SimLayouts.layout(kind, Side.LEFT, "L", 100);
      SensorLayout right = SimLayouts.layout(kind, Side.RIGHT, "R", 100);
      assertThat(left.cellCount()).isEqualTo(right.cellCount());
      for (int i = 0; i < left.cellCount(); i++) {
        CellSpec l = left.cells().get(i);
        CellSpec r = right.cells().get(i);
        assertThat(l.xMm()).isEqualTo(-r.xMm());
        assertThat(l.yMm()).isEqualTo(r.yMm());
        assertThat(l.region()).isEqualTo(r.region());
      }
      CellSpec hallux =
          left.cells().stream().filter(c -> c.region() == PlantarRegion.HALLUX).findFirst().get();
      // x is positive to the wearer's left: the left foot's medial side (big toe) is at -x
      assertThat(hallux.xMm()).isNegative();
    }
  }

  @Test
  void moticonLikeLayoutHasSixteenCellsInHeelToToeOrder() {
    SensorLayout l = SimLayouts.layout(LayoutKind.MOTICON16_IMU, Side.RIGHT, "R", 100);
    assertThat(l.cellCount()).isEqualTo(16);
    assertThat(l.hasImu()).isTrue();
    assertThat(l.cells().subList(0, 4))
        .allMatch(c -> c.region().group() == PlantarRegion.Group.HEEL);
    assertThat(l.cells().subList(8, 13))
        .allMatch(c -> c.region().group() == PlantarRegion.Group.FOREFOOT);
    assertThat(l.cells().subList(13, 16))
        .allMatch(c -> c.region().group() == PlantarRegion.Group.TOES);
    assertThat(l.cells()).allMatch(c -> c.areaMm2() >= 200 && c.areaMm2() <= 600 && c.yMm() < 260);
    assertThat(SimLayouts.layout(LayoutKind.FORCE8, Side.LEFT, "L", 100).hasImu()).isFalse();
    assertThat(SimLayouts.layout(LayoutKind.IMU_ONLY, Side.LEFT, "L", 100).cellCount()).isZero();
  }

  @Test
  void pressureOnlyLayoutsHaveTheMoticonCellsOrThreeZonesAndNoImu() {
    SensorLayout cells16 = SimLayouts.layout(LayoutKind.MOTICON16, Side.LEFT, "L", 100);
    assertThat(cells16.cells())
        .isEqualTo(SimLayouts.layout(LayoutKind.MOTICON16_IMU, Side.LEFT, "L", 100).cells());
    assertThat(cells16.hasImu()).isFalse();
    SensorLayout zones = SimLayouts.layout(LayoutKind.FORCE3, Side.RIGHT, "R", 100);
    assertThat(zones.hasImu()).isFalse();
    assertThat(zones.cells())
        .extracting(c -> c.region().group())
        .containsExactly(
            PlantarRegion.Group.HEEL, PlantarRegion.Group.MIDFOOT, PlantarRegion.Group.FOREFOOT);
    assertThat(LayoutKind.parse("force3")).isEqualTo(LayoutKind.FORCE3);
    assertThat(LayoutKind.parse("moticon16")).isEqualTo(LayoutKind.MOTICON16);
  }

  @Test
  void borderlineActualTempoIsRejectedWithAReason() {
    var b = Scenario.CLEAN_SET.builder(1).actualTempo(Tempo.parse("2.3-2-3"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> VirtualInsole.simulate(b.build()))
        .hasMessageContaining("too close to the flag threshold");
  }
}
