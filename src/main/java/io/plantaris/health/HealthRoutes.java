package io.plantaris.health;

import io.javalin.config.RoutesConfig;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /health/live}: the process is up and its HTTP server answers (200 always; restart the
 * service when it does not answer). {@code /health/ready}: the service can do its job now: 200 when
 * no readiness check is DOWN, 503 otherwise, with every check in the body.
 */
public final class HealthRoutes {
  private HealthRoutes() {}

  public static void install(RoutesConfig app, Readiness readiness) {
    app.get("/health/live", ctx -> ctx.json(live()));
    app.get(
        "/health/ready",
        ctx -> {
          List<CheckResult> results = readiness.run();
          ctx.status(Readiness.ready(results) ? 200 : 503).json(Readiness.body(results));
        });
  }

  static Map<String, Object> live() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", "UP");
    m.put("version", BuildInfo.version());
    m.put("pid", ProcessHandle.current().pid());
    m.put("uptimeMillis", ManagementFactory.getRuntimeMXBean().getUptime());
    return m;
  }
}
