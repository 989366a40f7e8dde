package io.plantaris.analysis;

import io.plantaris.insole.SensorLayout;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which flags a set of insoles can physically observe. A flag outside this set is never raised by
 * the analysis (it would be a guess) and the evaluator scores it apart, as "not observable with
 * this layout", instead of counting it as a miss.
 *
 * <ul>
 *   <li>A foot IMU senses motion, not load: with no pressure cells, weight put on the other foot is
 *       invisible, and rising on both legs is visible only when the other foot has an IMU too.
 *   <li>Pressure cells on a flat floor see the heel unload within the first few degrees of the rise
 *       and reload at its end (and any heel strike or heel load in between), but not how high the
 *       heel goes once it is off the ground: the rise height (PARTIAL_RANGE) and the moment the top
 *       is reached (so the hold, HOLD_TOO_SHORT) are invisible to them. Forefoot-to-toe load does
 *       shift with plantarflexion in a real foot, but by an amount that depends on the person and
 *       on toe grip, so no range is read from it. Over a step edge the heel hangs free and the
 *       centre of pressure moves with the whole rise, so there both are observable.
 * </ul>
 */
public final class FlagObservability {
  private FlagObservability() {}

  /**
   * @param layouts the person's insoles
   * @param heelOnFloor the heel rests on the floor at the bottom (flat floor), not over a step edge
   */
  public static Set<RepFlag> observable(List<SensorLayout> layouts, boolean heelOnFloor) {
    boolean cells = false;
    int imus = 0;
    for (SensorLayout l : layouts) {
      cells |= l.cellCount() > 0;
      imus += l.hasImu() ? 1 : 0;
    }
    return observable(cells, imus, layouts.size(), heelOnFloor);
  }

  static Set<RepFlag> observable(boolean cells, int imus, int insoles, boolean heelOnFloor) {
    Set<RepFlag> f = EnumSet.allOf(RepFlag.class);
    if (!cells) {
      f.remove(RepFlag.WEIGHT_ON_OTHER_FOOT);
      if (imus < 2 || insoles < 2) {
        f.remove(RepFlag.TWO_LEGGED);
      }
    }
    if (imus == 0 && heelOnFloor) {
      f.remove(RepFlag.PARTIAL_RANGE);
      f.remove(RepFlag.HOLD_TOO_SHORT);
    }
    return f;
  }
}
