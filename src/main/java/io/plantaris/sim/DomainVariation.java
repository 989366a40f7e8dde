package io.plantaris.sim;

/**
 * Domain randomisation beyond the movement's profile and sway ({@link MotionVariation}): what real
 * people and real sensors do that the analysis must not be tuned away from (issue 11).
 *
 * @param copWobble 0..1: how strongly the sway at the top moves the centre of pressure between
 *     forefoot and toes and makes the vertical force wobble (1: 12 % of the load shifts per degree)
 * @param gyroDriftDpsPerMinute largest drift of the gyro bias, deg/s per minute (drawn per device)
 * @param tempoIrregularity 0..0.6: a clean phase lasts between 1 - this/3 and 1 + this of the
 *     person's tempo, drawn per rep (never closer than 5 % of the prescription to a flag threshold)
 * @param slowPartialShare chance that a rep is a slow partial rise (35-50 % of the range, rising
 *     1.4-1.9 times slower): a PARTIAL_RANGE rep
 * @param shoes the insole lies in a shoe: the midsole spreads load over the cells, lacing preloads
 *     them, the IMU sits tilted by up to 4 degrees
 * @param balanceStepsPerSet mean number of small steps of the free foot to regain balance per set
 *     (single-leg sets), in the pauses at the bottom
 */
public record DomainVariation(
    double copWobble,
    double gyroDriftDpsPerMinute,
    double tempoIrregularity,
    double slowPartialShare,
    boolean shoes,
    double balanceStepsPerSet) {

  /** No randomisation beyond the config's own values. */
  public static final DomainVariation NONE = new DomainVariation(0, 0, 0, 0, false, 0);

  /** Issue 11's ranges, all at once. */
  public static final DomainVariation WIDE = new DomainVariation(1, 0.6, 0.45, 0.08, false, 1.5);

  public DomainVariation {
    if (!(copWobble >= 0 && copWobble <= 1)) {
      throw new IllegalArgumentException("copWobble must be 0..1");
    }
    if (!(gyroDriftDpsPerMinute >= 0 && gyroDriftDpsPerMinute <= 5)) {
      throw new IllegalArgumentException("gyroDriftDpsPerMinute must be 0..5");
    }
    if (!(tempoIrregularity >= 0 && tempoIrregularity <= 0.6)) {
      throw new IllegalArgumentException("tempoIrregularity must be 0..0.6");
    }
    if (!(slowPartialShare >= 0 && slowPartialShare <= 0.5)) {
      throw new IllegalArgumentException("slowPartialShare must be 0..0.5");
    }
    if (!(balanceStepsPerSet >= 0 && balanceStepsPerSet <= 6)) {
      throw new IllegalArgumentException("balanceStepsPerSet must be 0..6");
    }
  }

  public DomainVariation withShoes(boolean v) {
    return new DomainVariation(
        copWobble,
        gyroDriftDpsPerMinute,
        tempoIrregularity,
        slowPartialShare,
        v,
        balanceStepsPerSet);
  }
}
