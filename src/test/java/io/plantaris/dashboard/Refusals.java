package io.plantaris.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the service's refusal counters from its own {@code /metrics}, as Prometheus would. */
final class Refusals {
  private Refusals() {}

  /** {@code plantaris_http_refusals_total{reason=...}}, 0 when not counted yet. */
  static double count(String base, String reason) throws Exception {
    return value(base, "plantaris_http_refusals_total\\{reason=\"" + reason + "\",?\\}");
  }

  static double value(String base, String seriesRegex) throws Exception {
    String text =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = Pattern.compile("(?m)^" + seriesRegex + " (\\S+)$").matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }
}
