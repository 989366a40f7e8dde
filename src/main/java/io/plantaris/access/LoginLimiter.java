package io.plantaris.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Slows password guessing: after {@link #DEFAULT_MAX_FAILURES} failed logins for one user from one
 * address within a minute, further attempts are refused until the oldest failure is a minute old;
 * after {@link #DEFAULT_MAX_ADDRESS_FAILURES} failures from one address over any names (password
 * spraying) that address waits the same way. The failures are kept in bounded Caffeine caches that
 * forget an entry a window after its last failure, so a flood of names cannot fill the heap.
 */
public final class LoginLimiter {
  public static final int DEFAULT_MAX_FAILURES = 5;
  public static final int DEFAULT_MAX_ADDRESS_FAILURES = 20;
  public static final long DEFAULT_WINDOW_MILLIS = 60_000;

  /** Entries per cache: beyond it the least recently used name is forgotten. */
  public static final int MAX_ENTRIES = 10_000;

  private final Cache<String, long[]> byUser;
  private final Cache<String, long[]> byAddress;
  private final LongSupplier clockMillis;
  private final int maxFailures;
  private final int maxAddressFailures;
  private final long windowMillis;

  public LoginLimiter(LongSupplier clockMillis, int maxFailures, long windowMillis) {
    this(clockMillis, maxFailures, DEFAULT_MAX_ADDRESS_FAILURES, windowMillis);
  }

  public LoginLimiter(
      LongSupplier clockMillis, int maxFailures, int maxAddressFailures, long windowMillis) {
    this.clockMillis = clockMillis;
    this.maxFailures = maxFailures;
    this.maxAddressFailures = maxAddressFailures;
    this.windowMillis = windowMillis;
    this.byUser = cache(clockMillis, windowMillis);
    this.byAddress = cache(clockMillis, windowMillis);
  }

  private static Cache<String, long[]> cache(LongSupplier clockMillis, long windowMillis) {
    return Caffeine.newBuilder()
        .maximumSize(MAX_ENTRIES)
        .expireAfterWrite(Duration.ofMillis(windowMillis))
        .ticker(() -> clockMillis.getAsLong() * 1_000_000L)
        .executor(Runnable::run) // evict on the caller's thread: bounded at once, not later
        .build();
  }

  /** Seconds to wait before {@code user} may try again from {@code address}; 0 when allowed. */
  public long retryAfterSeconds(String user, String address) {
    return Math.max(
        wait(byUser.getIfPresent(key(user, address)), maxFailures),
        wait(byAddress.getIfPresent(address), maxAddressFailures));
  }

  /** Whether the wait comes from the address's failures over many names, not one name's. */
  public boolean addressLimited(String address) {
    return wait(byAddress.getIfPresent(address), maxAddressFailures) > 0;
  }

  public void failed(String user, String address) {
    add(byUser, key(user, address), maxFailures);
    add(byAddress, address, maxAddressFailures);
  }

  public void succeeded(String user, String address) {
    byUser.invalidate(key(user, address));
  }

  /** How many names and addresses are remembered now (bounded by {@link #MAX_ENTRIES} each). */
  public long entries() {
    byUser.cleanUp();
    byAddress.cleanUp();
    return byUser.estimatedSize() + byAddress.estimatedSize();
  }

  private long wait(long[] failures, int max) {
    if (failures == null) {
      return 0;
    }
    long now = clockMillis.getAsLong();
    long[] recent = Arrays.stream(failures).filter(t -> t > now - windowMillis).toArray();
    if (recent.length < max) {
      return 0;
    }
    return Math.max(1, (recent[0] + windowMillis - now + 999) / 1000);
  }

  private void add(Cache<String, long[]> cache, String key, int max) {
    long now = clockMillis.getAsLong();
    cache
        .asMap()
        .compute(
            key,
            (k, old) -> {
              long[] kept =
                  old == null
                      ? new long[0]
                      : Arrays.stream(old).filter(t -> t > now - windowMillis).toArray();
              int from = Math.max(0, kept.length + 1 - max);
              long[] next = Arrays.copyOfRange(kept, from, kept.length + 1);
              next[next.length - 1] = now;
              return next;
            });
  }

  private static String key(String user, String address) {
    return user + "\u0000" + address;
  }
}
