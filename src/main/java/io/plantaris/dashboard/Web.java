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

  /** The names a bundled file can have; anything else is a miss without a classpath look-up. */
  private static final java.util.regex.Pattern FILE_NAME =
      java.util.regex.Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

  /**
   * A file under {@code /web} on the classpath, cached; null when there is none. Only hits are
   * cached, so the cache holds at most the bundled files (misses once grew it to 370 MB).
   */
  static byte[] asset(String name) {
    if (!FILE_NAME.matcher(name).matches()) {
      return null;
    }
    return ASSETS.computeIfAbsent(
        name,
        n -> {
          try (InputStream in = Web.class.getResourceAsStream("/web/" + n)) {
            return in == null ? null : in.readAllBytes(); // null: nothing cached
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** How many files the asset cache holds. */
  static int cachedAssets() {
    return ASSETS.size();
  }

  /** The chart library's files, as the WebJar on the classpath holds them. */
  private static final Map<String, String> LIBRARY =
      Map.of(
          "uPlot.iife.min.js", "dist/uPlot.iife.min.js",
          "uPlot.min.css", "dist/uPlot.min.css",
          "LICENSE", "LICENSE");

  /** The uPlot WebJar's version, read from its own Maven metadata, so the POM pins it once. */
  static String libraryVersion() {
    try (InputStream in =
        Web.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/uplot/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("the uPlot WebJar is not on the classpath");
      }
      java.util.Properties p = new java.util.Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serves one file of the chart library from the jar (the machine may be offline: no CDN). */
  static void serveLibrary(Context ctx, String file) {
    String inJar = LIBRARY.get(file);
    if (inJar == null) {
      refuse(ctx, 404, "no such library file: " + file);
      return;
    }
    byte[] b =
        ASSETS.computeIfAbsent(
            "lib/" + file,
            n -> {
              String path = "/META-INF/resources/webjars/uplot/" + libraryVersion() + "/" + inJar;
              try (InputStream in = Web.class.getResourceAsStream(path)) {
                return in == null ? new byte[0] : in.readAllBytes();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    String type =
        file.endsWith(".js")
            ? "text/javascript; charset=utf-8"
            : file.endsWith(".css") ? "text/css; charset=utf-8" : "text/plain; charset=utf-8";
    // the file name does not change with the version, so the browser revalidates each time
    ctx.contentType(type).header("Cache-Control", "no-cache").result(b);
  }

  static void serve(Context ctx, String name) {
    byte[] b = asset(name);
    if (b == null) {
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
