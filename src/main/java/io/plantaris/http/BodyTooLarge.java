package io.plantaris.http;

/** A request body, declared or chunked, that grew past the service's limit. */
public final class BodyTooLarge extends RuntimeException {
  private final long limitBytes;

  public BodyTooLarge(long limitBytes) {
    super("request body is larger than " + limitBytes + " bytes", null, false, false);
    this.limitBytes = limitBytes;
  }

  public long limitBytes() {
    return limitBytes;
  }
}
