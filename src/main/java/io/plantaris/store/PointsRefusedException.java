package io.plantaris.store;

/**
 * The store answered that the points themselves are wrong (HTTP 400, 413 or 422: a line it cannot
 * parse, too large, a type that does not match its column); sending them again cannot succeed.
 * Unlike an outage or a refused login, this is the data's fault.
 */
public final class PointsRefusedException extends Exception {
  private final int status;

  public PointsRefusedException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** The HTTP statuses that refuse the data rather than the request or the caller. */
  static boolean refusesData(int status) {
    return status == 400 || status == 413 || status == 422;
  }
}
