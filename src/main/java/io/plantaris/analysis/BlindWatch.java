package io.plantaris.analysis;

/**
 * Watches whether a pressure insole without an IMU stands where it can see a heel raise at all:
 * with the heel over a step edge (no heel load) and the load in front of it on cells that lie
 * within the smallest rise of each other front to back (the forefoot zone of a 3-zone insole), the
 * centre of pressure cannot travel a rise, and no rep would be counted however well it was done.
 * Asked while the foot stands quietly; see {@link BlindStance}. Where the cells lie far enough
 * apart, the load may still hardly move between them as the heel rises over the edge: the watch
 * then also sees the foot move at the bottom for seconds (the centre of pressure swaying at a
 * rise's worth per second and more, as on the toes at the top of a rep) while no rep starts, and
 * says so until a rep starts or the foot is lifted.
 */
final class BlindWatch {
  /**
   * A cell carrying less than this share of the load in front of the heel does not hold the foot
   * up: if it unloads as the heel rises, the centre of pressure moves by less than a rise (a shoe's
   * midsole spreads a few percent of the load onto every cell whatever the foot does).
   */
  private static final double HOLDING_SHARE = 0.2;

  /**
   * Seconds of the centre of pressure moving at the bottom, heel over an edge, with no rep started,
   * that show the insole misses what the foot does: longer than the sway of a foot settling.
   */
  private static final long UNSEEN_MICROS = 2_000_000;

  /**
   * Seconds at the bottom, heel over an edge, with no rep started since the foot was put there or
   * since the last rep: more than a rep's rest, so at least one rep went unseen (or the person
   * rests where this insole could not see a rep anyway).
   */
  private static final long EDGE_IDLE_MICROS = 15_000_000;

  /**
   * Reps went unseen where the foot stands (it was not lifted since): half {@link
   * #EDGE_IDLE_MICROS} without a rep there, still longer than a rest between reps, says so again.
   * One rep seen here is no sign that the next will be (wide seed 20548: 16 cells over an edge saw
   * 3 of a set's 10 reps and said so for a third of the set).
   */
  private boolean missedHere;

  /**
   * A hole in the samples shorter than this leaves the foot where it stood (see {@link #carry}).
   */
  private static final long BRIEF_HOLE_MICROS = 3_000_000;

  /** How far above the hanging heel's limit a heel load must be to show the heel on the floor. */
  private static final double LOADED_MARGIN = 1.5;

  /** Longest gap between two samples that still counts as moving on (a lost packet or two). */
  private static final long MOVING_GAP_MICROS = 100_000;

  /** Off the ground at least this long, the foot may have been put down somewhere else. */
  private static final long LIFT_MICROS = 100_000;

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
  private long unseenSince = Long.MIN_VALUE;
  private long unseenMicros;
  private long movingAt = Long.MIN_VALUE;
  private long edgeMicros;
  private long edgeAt = Long.MIN_VALUE;
  private int serial;
  private boolean overEdge;
  private boolean heelLoaded;
  private long liftFrom = Long.MIN_VALUE;
  private long liftedAt = Long.MIN_VALUE;

  /**
   * @param minRise the smallest rise counted, mm of centre-of-pressure travel
   */
  BlindWatch(AnalysisConfig cfg, double minRise) {
    this.minBottomHeelFraction = cfg.minBottomHeelFraction();
    this.minRise = minRise;
  }

  /**
   * The foot is at the bottom, no rep under way: standing quietly ({@code quiet}) or moving its
   * centre of pressure at {@code speed} (mm/s); {@code reps} counts the reps seen so far.
   */
  void bottom(
      long t, double heelFraction, LoadFeatures load, boolean quiet, double speed, int reps) {
    if (reps != serial) {
      serial = reps;
      clearUnseen();
    }
    if (quiet) {
      // over an edge the heel hangs while the foot stands quietly; a heel that stood loaded since
      // the foot was put down is on the floor, and off it now at the top of a rep not seen; loaded
      // means clearly so (a hanging heel reads up to the limit through the midsole, and noise at
      // the limit must not put the heel on the floor for good)
      heelLoaded |= heelFraction >= LOADED_MARGIN * minBottomHeelFraction;
      overEdge = !heelLoaded && heelFraction < minBottomHeelFraction;
      standing(t, heelFraction, load);
    }
    if (overEdge && speed > minRise) {
      unseenMicros += movingAt != Long.MIN_VALUE ? Math.min(t - movingAt, MOVING_GAP_MICROS) : 0;
      movingAt = t;
      if (unseenSince == Long.MIN_VALUE && unseenMicros > UNSEEN_MICROS) {
        unseenSince = t;
      }
    } else {
      movingAt = Long.MIN_VALUE;
    }
    if (overEdge) {
      edgeMicros += edgeAt != Long.MIN_VALUE ? Math.min(t - edgeAt, MOVING_GAP_MICROS) : 0;
      edgeAt = t;
      if (unseenSince == Long.MIN_VALUE
          && edgeMicros > (missedHere ? EDGE_IDLE_MICROS / 2 : EDGE_IDLE_MICROS)) {
        unseenSince = t;
        missedHere = true;
      }
    } else {
      edgeAt = Long.MIN_VALUE;
    }
  }

  private void clearUnseen() {
    unseenSince = Long.MIN_VALUE;
    unseenMicros = 0;
    movingAt = Long.MIN_VALUE;
    edgeMicros = 0;
    edgeAt = Long.MIN_VALUE;
  }

  /**
   * Samples were lost for {@code holeMicros} and the watch starts afresh as {@code after}: after a
   * brief hole the foot still stands where it stood, so a heel seen loaded there still rules out a
   * step edge (a hole reads like a lifted foot, but a foot is not moved onto a step in a lost
   * packet or two). Either watch may be null (no watch on this insole).
   */
  static void carry(BlindWatch before, BlindWatch after, long holeMicros) {
    if (before != null && after != null && holeMicros < BRIEF_HOLE_MICROS) {
      after.heelLoaded = before.heelLoaded;
    }
  }

  /** The foot stands quietly at the bottom; looked at every 16th such sample. */
  private void standing(long t, double heelFraction, LoadFeatures load) {
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
    if (blind != lastLook || look != lookReason || agreeing == 0) {
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
    } else if (since == Long.MIN_VALUE
        || reason != lookReason && lookReason == BlindStance.Reason.ZONE_SILENT) {
      // a zone that stops reporting over an edge is said as such: the insole needs looking at
      since = lastLookSince;
      reason = lookReason;
    }
  }

  /**
   * The foot reads lifted at {@code t}: where it is put down next is looked at afresh. (A zone that
   * stopped reporting stays silent: lifting the foot does not bring it back, and with the
   * forefoot's silent every heel raise looks like a lifted foot, and a foot over a step edge, its
   * heel hanging, reads lifted as it stands: the silent zone is looked at there as well.)
   */
  void lifted(long t, LoadFeatures load) {
    clearUnseen();
    overEdge = false;
    if (liftedAt == Long.MIN_VALUE || t - liftedAt > MOVING_GAP_MICROS) {
      liftFrom = t;
    }
    liftedAt = t;
    if (t - liftFrom >= LIFT_MICROS) {
      // off the ground long enough to be put down elsewhere (onto a step); a sample or two
      // reading next to nothing is a lost packet
      heelLoaded = false;
      missedHere = false;
    }
    if (load.endSilent()) {
      standing(t, Double.NaN, load);
    } else if (reason != BlindStance.Reason.ZONE_SILENT) {
      agreeing = 0;
      since = Long.MIN_VALUE;
    }
  }

  /**
   * The foot came to stand at a new level without being lifted (slid back until the heel hangs over
   * a step edge): the heel's load before it says nothing about where it stands now.
   */
  void newLevel() {
    clearUnseen();
    overEdge = false;
    heelLoaded = false;
    missedHere = false;
  }

  /**
   * Since when the foot has stood where its insole cannot see a heel raise (sample time, micros);
   * MIN_VALUE while it can, or once the foot was lifted.
   */
  long since() {
    return since != Long.MIN_VALUE ? since : unseenSince;
  }

  /** Why, since {@link #since}; null while the foot can see a rep. */
  BlindStance.Reason reason() {
    if (since != Long.MIN_VALUE) {
      return reason;
    }
    return unseenSince == Long.MIN_VALUE ? null : BlindStance.Reason.EDGE_UNSEEN;
  }
}
