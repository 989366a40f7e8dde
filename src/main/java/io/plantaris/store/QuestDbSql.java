package io.plantaris.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs SQL on QuestDB's HTTP {@code /exec} endpoint (with HTTP basic auth when credentials are
 * given) and returns rows as column-name maps.
 */
final class QuestDbSql {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String baseUrl;
  private final StoreCredentials credentials;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * @param credentials null for a store without authentication
   */
  QuestDbSql(String baseUrl, StoreCredentials credentials) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.credentials = credentials;
  }

  /**
   * Rows of {@code sql}; timestamp columns come back as epoch microseconds, the designated
   * timestamp under the key {@code time}.
   */
  List<Map<String, Object>> query(String sql) throws IOException {
    JsonNode body = exec(sql);
    List<String> names = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (JsonNode c : body.path("columns")) {
      names.add(c.path("name").asText());
      types.add(c.path("type").asText());
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (JsonNode row : body.path("dataset")) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        JsonNode v = row.get(i);
        String name = "timestamp".equals(names.get(i)) ? "time" : names.get(i);
        m.put(name, value(v, types.get(i)));
      }
      rows.add(m);
    }
    return rows;
  }

  private static Object value(JsonNode v, String type) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (type.startsWith("TIMESTAMP")) {
      return Points.micros(Instant.parse(v.asText()));
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isIntegralNumber()) {
      return v.longValue();
    }
    return v.isNumber() ? (Object) v.doubleValue() : v.asText();
  }

  JsonNode exec(String sql) throws IOException {
    URI uri = URI.create(baseUrl + "/exec?query=" + URLEncoder.encode(sql, StandardCharsets.UTF_8));
    HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
    if (credentials != null) {
      req.header("Authorization", credentials.authorization());
    }
    HttpResponse<String> resp;
    try {
      resp = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (resp.statusCode() == 401 || resp.statusCode() == 403) {
      throw new IOException(
          "QuestDB refused the store's credentials (HTTP " + resp.statusCode() + ")");
    }
    JsonNode body = JSON.readTree(resp.body());
    if (resp.statusCode() != 200 || body.has("error")) {
      throw new IOException("QuestDB " + resp.statusCode() + " for [" + sql + "]: " + resp.body());
    }
    return body;
  }

  static String quote(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
