package io.plantaris.analysis;

/**
 * Watches whether a pressure insole without an IMU stands where it can see a heel raise at all:
 * with the heel over a step edge (no heel load) and the load in front of it on cells that lie
 * within the smallest rise of each other front to back (the forefoot zone of a 3-zone insole), the
 * centre of pressure cannot travel a rise, and no rep would be counted however well it was done.
 * Asked while the foot stands quietly; see {@link BlindStance}.
 */
final class BlindWatch {
  /**
   * A cell carrying less than this share of the load in front of the heel does not hold the foot
   * up: if it unloads as the heel rises, the centre of pressure moves by less than a rise (a shoe's
   * midsole spreads a few percent of the load onto every cell whatever the foot does).
   */
  private static final double HOLDING_SHARE = 0.2;

  /** Looks in a row that must agree before the watch changes its mind (noise at the threshold). */
  private static final int AGREEING_LOOKS = 4;

  private final double minBottomHeelFraction;
  private final double minRise;
  private int tick;
  private long since = Long.MIN_VALUE;
  private boolean lastLook;
  private BlindStance.Reason lookReason;
  private BlindStance.Reason reason;
  private long lastLookSince;
  private int agreeing;

  /**
   * @param minRise the smallest rise counted, mm of centre-of-pressure travel
   */
  BlindWatch(AnalysisConfig cfg, double minRise) {
    this.minBottomHeelFraction = cfg.minBottomHeelFraction();
    this.minRise = minRise;
  }

  /** The foot stands quietly at the bottom; looked at every 16th such sample. */
  void standing(long t, double heelFraction, LoadFeatures load) {
    if ((++tick & 15) != 0) {
      return;
    }
    BlindStance.Reason look =
        load.endSilent()
            ? BlindStance.Reason.ZONE_SILENT
            : heelFraction < minBottomHeelFraction && load.forwardReachMm(HOLDING_SHARE) < minRise
                ? BlindStance.Reason.STEP_EDGE
                : null;
    boolean blind = look != null;
    if (blind != lastLook || agreeing == 0) {
      lastLook = blind;
      lookReason = look;
      lastLookSince = t;
      agreeing = 0;
    }
    if (++agreeing < AGREEING_LOOKS) {
      return;
    }
    if (!blind) {
      since = Long.MIN_VALUE;
    } else if (since == Long.MIN_VALUE) {
      since = lastLookSince;
      reason = lookReason;
    }
  }

  /**
   * The foot was lifted: where it is put down next is looked at afresh. (A zone that stopped
   * reporting stays silent: lifting the foot does not bring it back, and with the forefoot's silent
   * every heel raise looks like a lifted foot.)
   */
  void lifted() {
    if (reason != BlindStance.Reason.ZONE_SILENT) {
      agreeing = 0;
      since = Long.MIN_VALUE;
    }
  }

  /**
   * Since when the foot has stood where its insole cannot see a heel raise (sample time, micros);
   * MIN_VALUE while it can, or once the foot was lifted.
   */
  long since() {
    return since;
  }

  /** Why, since {@link #since}; null while the foot can see a rep. */
  BlindStance.Reason reason() {
    return since == Long.MIN_VALUE ? null : reason;
  }
}
