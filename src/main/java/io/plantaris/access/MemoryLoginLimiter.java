package io.plantaris.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * The login limiter in the memory of one process: the failures are kept in bounded Caffeine caches
 * that forget an entry a window after its last failure, so a flood of names cannot fill the heap.
 * Replicas do not share it (the service uses {@code io.plantaris.access.jdbc.JdbcLoginLimiter}).
 */
public final class MemoryLoginLimiter implements LoginLimiter {
  /** Entries per cache: beyond it the least recently used name is forgotten. */
  public static final int MAX_ENTRIES = 10_000;

  private final Cache<String, long[]> byUser;
  private final Cache<String, long[]> byAddress;
  private final LongSupplier clockMillis;
  private final int maxFailures;
  private final int maxAddressFailures;
  private final long windowMillis;

  public MemoryLoginLimiter(LongSupplier clockMillis, int maxFailures, long windowMillis) {
    this(clockMillis, maxFailures, DEFAULT_MAX_ADDRESS_FAILURES, windowMillis);
  }

  public MemoryLoginLimiter(
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

  @Override
  public long retryAfterSeconds(String user, String address) {
    return Math.max(
        wait(byUser.getIfPresent(key(user, address)), maxFailures),
        wait(byAddress.getIfPresent(address), maxAddressFailures));
  }

  @Override
  public boolean addressLimited(String address) {
    return wait(byAddress.getIfPresent(address), maxAddressFailures) > 0;
  }

  @Override
  public void failed(String user, String address) {
    add(byUser, key(user, address), maxFailures);
    add(byAddress, address, maxAddressFailures);
  }

  @Override
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
    return recent.length < max
        ? 0
        : LoginLimiter.waitSeconds(recent[recent.length - max], now, windowMillis);
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
