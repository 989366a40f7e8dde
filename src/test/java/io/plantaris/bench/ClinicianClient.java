package io.plantaris.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One browser of the dashboard for the benchmarks: its own session cookie, plain JSON calls. */
final class ClinicianClient {
  private final HttpClient http;
  private final String base;

  ClinicianClient(int port) {
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    this.base = "http://127.0.0.1:" + port;
  }

  /** Logs in, waiting out a 503 (the service hashes a few passwords at a time, by design). */
  void login(String user, String password) throws IOException, InterruptedException {
    for (int attempt = 0; ; attempt++) {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/login"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 200) {
        return;
      }
      if (r.statusCode() != 503 || attempt > 100) {
        throw new IllegalStateException("login of " + user + ": " + r.statusCode() + r.body());
      }
      Thread.sleep(50);
    }
  }

  /** GET {@code path}; anything but 200 stops the benchmark with what the service said. */
  String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  /** Waits for {@code path} to answer 200: the embedded store starts after the service does. */
  void awaitReady(String path) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (true) {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 200) {
        return;
      }
      if (r.statusCode() != 503 || System.nanoTime() > deadline) {
        throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
      }
      Thread.sleep(200);
    }
  }
}
