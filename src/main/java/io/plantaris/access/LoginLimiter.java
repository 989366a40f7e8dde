package io.plantaris.access;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows password guessing: after {@link #DEFAULT_MAX_FAILURES} failed logins for one user from one
 * address within a minute, further attempts are refused until the oldest failure is a minute old.
 */
public final class LoginLimiter {
  public static final int DEFAULT_MAX_FAILURES = 5;
  public static final long DEFAULT_WINDOW_MILLIS = 60_000;

  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
  private final LongSupplier clockMillis;
  private final int maxFailures;
  private final long windowMillis;

  public LoginLimiter(LongSupplier clockMillis, int maxFailures, long windowMillis) {
    this.clockMillis = clockMillis;
    this.maxFailures = maxFailures;
    this.windowMillis = windowMillis;
  }

  /** Seconds to wait before {@code user} may try again from {@code address}; 0 when allowed. */
  public long retryAfterSeconds(String user, String address) {
    Deque<Long> d = failures.get(key(user, address));
    if (d == null) {
      return 0;
    }
    synchronized (d) {
      long now = clockMillis.getAsLong();
      while (!d.isEmpty() && d.peekFirst() <= now - windowMillis) {
        d.pollFirst();
      }
      if (d.size() < maxFailures) {
        return 0;
      }
      return Math.max(1, (d.peekFirst() + windowMillis - now + 999) / 1000);
    }
  }

  public void failed(String user, String address) {
    Deque<Long> d = failures.computeIfAbsent(key(user, address), k -> new ArrayDeque<>());
    synchronized (d) {
      d.addLast(clockMillis.getAsLong());
      while (d.size() > maxFailures) {
        d.pollFirst();
      }
    }
  }

  public void succeeded(String user, String address) {
    failures.remove(key(user, address));
  }

  private static String key(String user, String address) {
    return user + "\u0000" + address;
  }
}
