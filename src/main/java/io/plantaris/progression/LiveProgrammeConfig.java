package io.plantaris.progression;

/**
 * When a live session ends by itself, and how often that is checked.
 *
 * @param sessionGapMillis a session ends after this long without a new rep or set (by the wall
 *     clock), and a set starting longer than this after the last one starts a new session (by the
 *     events' own times); the store splits sessions by the same gap
 * @param idleCheckMillis how often open sessions are checked for the gap having elapsed
 */
public record LiveProgrammeConfig(long sessionGapMillis, long idleCheckMillis) {
  /** Sessions are every second day and sets minutes apart: two hours separates them safely. */
  public static final long DEFAULT_SESSION_GAP_MILLIS = 2 * 3600_000L;

  /** A decision may wait a minute past the gap; checking more often buys nothing. */
  public static final long DEFAULT_IDLE_CHECK_MILLIS = 60_000L;

  public LiveProgrammeConfig {
    if (sessionGapMillis < 1 || idleCheckMillis < 1) {
      throw new IllegalArgumentException(
          "sessionGapMillis and idleCheckMillis must be positive, were "
              + sessionGapMillis
              + " and "
              + idleCheckMillis);
    }
  }

  public static LiveProgrammeConfig defaults() {
    return new LiveProgrammeConfig(DEFAULT_SESSION_GAP_MILLIS, DEFAULT_IDLE_CHECK_MILLIS);
  }

  public LiveProgrammeConfig withSessionGapMillis(long millis) {
    return new LiveProgrammeConfig(millis, idleCheckMillis);
  }
}
