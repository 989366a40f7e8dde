package io.plantaris.access;

/**
 * Slows password guessing: after {@link #DEFAULT_MAX_FAILURES} failed logins for one user from one
 * address within a minute, further attempts are refused until the oldest of them is a minute old;
 * after {@link #DEFAULT_MAX_ADDRESS_FAILURES} failures from one address over any names (password
 * spraying) that address waits the same way. The service counts in the database, so a guesser gains
 * nothing by spreading attempts over replicas or across a restart.
 */
public interface LoginLimiter {
  int DEFAULT_MAX_FAILURES = 5;
  int DEFAULT_MAX_ADDRESS_FAILURES = 20;
  long DEFAULT_WINDOW_MILLIS = 60_000;

  /** Seconds to wait before {@code user} may try again from {@code address}; 0 when allowed. */
  long retryAfterSeconds(String user, String address);

  /** Whether the wait comes from the address's failures over many names, not one name's. */
  boolean addressLimited(String address);

  void failed(String user, String address);

  /** Forgets the failures of this user from this address (not the address's own count). */
  void succeeded(String user, String address);

  /**
   * The wait in whole seconds (at least 1) while {@code max} failures lie within the window.
   *
   * @param maxthNewestMillis the time of the {@code max}-th newest failure within the window, or
   *     {@code Long.MIN_VALUE} when there are fewer
   */
  static long waitSeconds(long maxthNewestMillis, long nowMillis, long windowMillis) {
    if (maxthNewestMillis == Long.MIN_VALUE || maxthNewestMillis <= nowMillis - windowMillis) {
      return 0;
    }
    return Math.max(1, (maxthNewestMillis + windowMillis - nowMillis + 999) / 1000);
  }
}
