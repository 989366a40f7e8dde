package io.plantaris.store;

import java.util.List;

/** Where the drainer sends spooled line-protocol points; returns only once the store confirmed. */
public interface PointWriter extends AutoCloseable {
  /** Gets the store ready (start it, create tables); retried by the drainer until it succeeds. */
  void prepare() throws Exception;

  /** Writes {@code lines} (microsecond precision) and returns once the store acknowledged them. */
  void write(List<String> lines) throws Exception;

  /** Where the points go, for logs and /health. */
  String describe();

  @Override
  void close();
}
