package io.plantaris.access;

/**
 * A logged-in browser: who, and the CSRF token its state-changing requests must echo.
 *
 * @param expiresAtMillis wall-clock end of the session unless used again before
 * @param endsAtMillis wall-clock end of the session however much it is used (absolute lifetime)
 */
public record WebSession(
    String token, User user, String csrfToken, long expiresAtMillis, long endsAtMillis) {
  /** Still open at {@code nowMillis}: neither idle past its expiry nor past its absolute end. */
  public boolean openAt(long nowMillis) {
    return expiresAtMillis >= nowMillis && endsAtMillis >= nowMillis;
  }

  public WebSession withExpiry(long millis) {
    return new WebSession(token, user, csrfToken, Math.min(millis, endsAtMillis), endsAtMillis);
  }
}
