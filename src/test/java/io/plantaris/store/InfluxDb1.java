package io.plantaris.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A real InfluxDB 1.x ({@code influxd} from Debian's package) started as a child process. */
final class InfluxDb1 implements AutoCloseable {
  private final Process process;
  final String url;
  private final HttpClient http = HttpClient.newHttpClient();

  private InfluxDb1(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  static InfluxDb1 start(Path dir) throws Exception {
    int httpPort = freePort();
    int rpcPort = freePort();
    Path conf = dir.resolve("influxdb.conf");
    Files.writeString(
        conf,
        String.join(
            "\n",
            "reporting-disabled = true",
            "bind-address = \"127.0.0.1:" + rpcPort + "\"",
            "[meta]",
            "  dir = \"" + dir.resolve("meta") + "\"",
            "[data]",
            "  dir = \"" + dir.resolve("data") + "\"",
            "  wal-dir = \"" + dir.resolve("wal") + "\"",
            "  query-log-enabled = false",
            "[http]",
            "  bind-address = \"127.0.0.1:" + httpPort + "\"",
            "  log-enabled = false",
            "[monitor]",
            "  store-enabled = false",
            "[continuous_queries]",
            "  enabled = false",
            ""));
    Process p =
        new ProcessBuilder("influxd", "-config", conf.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("influxd.log").toFile())
            .start();
    InfluxDb1 db = new InfluxDb1(p, "http://127.0.0.1:" + httpPort);
    for (int i = 0; i < 150; i++) {
      try {
        if (db.send("GET", "/ping", null).statusCode() == 204) {
          return db;
        }
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    db.close();
    throw new IllegalStateException(
        "influxd did not start: " + Files.readString(dir.resolve("influxd.log")));
  }

  void query(String q) throws Exception {
    HttpResponse<String> r =
        send("POST", "/query?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null);
    if (r.statusCode() != 200 || r.body().contains("\"error\"")) {
      throw new IOException(q + ": " + r.body());
    }
  }

  /** Writes line protocol through the v1 endpoint (1.6 has no /api/v2/write). */
  void write(String db, List<String> lines) throws Exception {
    HttpResponse<String> r = send("POST", "/write?precision=u&db=" + db, String.join("\n", lines));
    if (r.statusCode() != 204) {
      throw new IOException("write: " + r.statusCode() + " " + r.body());
    }
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.BodyPublisher pub =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body);
    return http.send(
        HttpRequest.newBuilder(URI.create(url + path)).method(method, pub).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }
}
