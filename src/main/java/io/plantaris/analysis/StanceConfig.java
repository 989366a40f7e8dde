package io.plantaris.analysis;

/**
 * Thresholds of {@link StandingLoad}: when a foot stands quietly (to learn its standing load) and
 * when it carries nothing (lifted, or resting on its toes).
 *
 * @param quietLoadBand a foot stands quietly while its load, low-passed at the pressure cutoff,
 *     stays within this share of its mean over the quiet time (real quiet standing on Moticon
 *     OpenGo exports: 11-24 % median range over 0.5-1 s; a stride or a landing swings it by 100 %
 *     and more)
 * @param quietTravelInsoleFraction pressure only: and its centre of pressure within this fraction
 *     of the insole length (real standing sway: 2-11 mm median, 17 mm at most over 1 s; a heel
 *     raise travels 30-60 mm, a stride's roll from heel to toe more than half the insole)
 * @param quietTravelDegrees with an IMU: and its pitch within this many degrees
 * @param unloadedShare a foot carries next to nothing below this share of its standing load
 * @param minStandingLoadN the least a foot that stands carries (half the weight of a 45 kg person,
 *     rounded down): the standing load assumed before one is learnt, so that a lifted foot whose
 *     sensor reads a few newtons in the air (5-10 N on real force insoles) is unloaded from the
 *     first sample
 */
record StanceConfig(
    double quietLoadBand,
    double quietTravelInsoleFraction,
    double quietTravelDegrees,
    double unloadedShare,
    double minStandingLoadN) {

  static final StanceConfig DEFAULTS = new StanceConfig(0.3, 0.1, 2.0, 0.05, 200);
}
