package io.plantaris.health;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One readiness check's answer. {@link Status#DOWN} makes the service not ready; {@link
 * Status#WARN} is shown but does not (an unplugged insole, a finished replay, a store that is down
 * while the spool still keeps every point).
 *
 * @param name stable key, e.g. {@code mqtt} or {@code store}
 * @param detail one line for a person, or null
 */
public record CheckResult(String name, Status status, String detail) {

  /** How a check went. */
  public enum Status {
    UP,
    WARN,
    DOWN
  }

  public CheckResult {
    if (name == null || status == null) {
      throw new IllegalArgumentException("a check needs a name and a status");
    }
  }

  public static CheckResult up(String name, String detail) {
    return new CheckResult(name, Status.UP, detail);
  }

  public static CheckResult warn(String name, String detail) {
    return new CheckResult(name, Status.WARN, detail);
  }

  public static CheckResult down(String name, String detail) {
    return new CheckResult(name, Status.DOWN, detail);
  }

  Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("status", status.name());
    if (detail != null) {
      m.put("detail", detail);
    }
    return m;
  }
}
