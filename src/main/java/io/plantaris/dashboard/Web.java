package io.plantaris.dashboard;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Small helpers for the dashboard's handlers: JSON errors and the bundled page files. */
final class Web {
  private static final Map<String, byte[]> ASSETS = new ConcurrentHashMap<>();

  private Web() {}

  /** Answers with a status and a message saying what is wrong, and stops further handlers. */
  static void refuse(Context ctx, int status, String message) {
    ctx.status(status).json(Map.of("error", message));
    ctx.skipRemainingHandlers();
  }

  /** A file under {@code /web} on the classpath, cached; null when there is none. */
  static byte[] asset(String name) {
    return ASSETS.computeIfAbsent(
        name,
        n -> {
          try (InputStream in = Web.class.getResourceAsStream("/web/" + n)) {
            return in == null ? new byte[0] : in.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  static void serve(Context ctx, String name) {
    byte[] b = asset(name);
    if (b.length == 0) {
      refuse(ctx, 404, "no such file: " + name);
      return;
    }
    String type =
        name.endsWith(".js")
            ? "text/javascript; charset=utf-8"
            : name.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
    ctx.contentType(type).header("Cache-Control", "no-cache").result(b);
  }
}
