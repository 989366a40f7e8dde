package io.plantaris.health;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * {@code http_server_requests_seconds}: every request's time by method, matched route (not the raw
 * path, so patient ids do not become labels) and status.
 */
public final class HttpMetrics {
  private static final String START = "plantaris.http.start";

  private HttpMetrics() {}

  public static void install(RoutesConfig app, MeterRegistry registry) {
    app.before(ctx -> ctx.attribute(START, System.nanoTime()));
    app.after(ctx -> record(ctx, registry));
  }

  private static void record(Context ctx, MeterRegistry registry) {
    Long start = ctx.attribute(START);
    if (start == null) {
      return;
    }
    io.javalin.router.Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    String route = matched == null ? null : matched.path;
    Timer.builder("http.server.requests")
        .tag("method", ctx.method().name())
        .tag("route", route == null || route.isEmpty() || route.equals("*") ? "unmatched" : route)
        .tag("status", Integer.toString(ctx.statusCode()))
        .register(registry)
        .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
  }
}
