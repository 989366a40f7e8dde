package io.plantaris.store;

/**
 * The spool could not keep a record (disk full, read-only, I/O error); earlier records are kept.
 */
public final class SpoolException extends RuntimeException {
  public SpoolException(String message, Throwable cause) {
    super(message, cause);
  }
}
