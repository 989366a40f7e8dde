package io.plantaris.http;

import io.javalin.http.Context;

/**
 * The browser-side defences on every answer: a Content-Security-Policy that allows scripts, styles
 * and connections from this origin only and no framing, no MIME sniffing, no Referer leaving the
 * site, HSTS when the service speaks TLS, and API answers never stored by a cache.
 */
final class SecurityHeaders {
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
          + "form-action 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void apply(Context ctx, boolean tls) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    if (tls) {
      ctx.header("Strict-Transport-Security", "max-age=31536000");
    }
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }
}
