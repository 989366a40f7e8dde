package io.plantaris.dashboard;

/** The history cannot be read (storing is off, the store is starting or did not answer): 503. */
final class StoreUnavailable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
