package io.plantaris.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The named checks behind {@code /health/ready}. Parts of the service add their own ({@link #add});
 * each returns one or more results, and the service is ready when none is DOWN. A check that throws
 * counts as DOWN with its message, so a broken check cannot hide.
 */
public final class Readiness {
  private final List<Supplier<List<CheckResult>>> checks = new CopyOnWriteArrayList<>();

  /** Adds a check with a single result. */
  public Readiness add(String name, Supplier<CheckResult> check) {
    checks.add(
        () -> {
          try {
            return List.of(check.get());
          } catch (RuntimeException e) {
            return List.of(CheckResult.down(name, "check failed: " + e));
          }
        });
    return this;
  }

  /** Adds a check with one result per part (e.g. per source); none is fine. */
  public Readiness addAll(String name, Supplier<List<CheckResult>> check) {
    checks.add(
        () -> {
          try {
            return check.get();
          } catch (RuntimeException e) {
            return List.of(CheckResult.down(name, "check failed: " + e));
          }
        });
    return this;
  }

  /** Runs every check now. */
  public List<CheckResult> run() {
    List<CheckResult> out = new ArrayList<>();
    checks.forEach(c -> out.addAll(c.get()));
    return out;
  }

  /** True when no result is DOWN. */
  public static boolean ready(List<CheckResult> results) {
    return results.stream().noneMatch(r -> r.status() == CheckResult.Status.DOWN);
  }

  /** The body of {@code /health/ready}: status READY or NOT_READY, version and every check. */
  public static Map<String, Object> body(List<CheckResult> results) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", ready(results) ? "READY" : "NOT_READY");
    m.put("version", BuildInfo.version());
    m.put("checks", results.stream().map(CheckResult::toMap).toList());
    return m;
  }
}
