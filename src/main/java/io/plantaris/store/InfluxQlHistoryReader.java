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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads history with InfluxQL on {@code /query}, which InfluxDB 1.x, InfluxDB 2 (v1 compatibility
 * API, database = bucket mapping) and InfluxDB 3 all serve.
 */
public final class InfluxQlHistoryReader extends RowsHistoryReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param database the database (InfluxDB 1) or the bucket's mapped database (InfluxDB 2)
   * @param token sent as {@code Authorization: Token ...} when not null (InfluxDB 2 and 3)
   */
  public InfluxQlHistoryReader(String baseUrl, String database, String token) {
    this(baseUrl, database, token, new BadRows());
  }

  InfluxQlHistoryReader(String baseUrl, String database, String token, BadRows badRows) {
    super(badRows, new Query(baseUrl, database, token));
  }

  private record Query(String baseUrl, String database, String token) implements RowQuery {
    private static final HttpClient HTTP =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public List<Map<String, Object>> select(String m, String patient, long from, long to)
        throws IOException {
      String q =
          "SELECT * FROM \""
              + m
              + "\" WHERE \"patient\" = '"
              + patient.replace("\\", "\\\\").replace("'", "\\'")
              + "' AND time >= "
              + from
              + "u AND time < "
              + to
              + "u ORDER BY time ASC";
      String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
      URI uri =
          URI.create(
              base
                  + "/query?epoch=u&db="
                  + URLEncoder.encode(database, StandardCharsets.UTF_8)
                  + "&q="
                  + URLEncoder.encode(q, StandardCharsets.UTF_8));
      HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
      if (token != null && !token.isEmpty()) {
        req.header("Authorization", "Token " + token);
      }
      HttpResponse<String> resp;
      try {
        resp = HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      JsonNode body = JSON.readTree(resp.body());
      JsonNode result = body.path("results").path(0);
      if (resp.statusCode() != 200 || result.has("error") || body.has("error")) {
        throw new IOException("InfluxDB " + resp.statusCode() + " for [" + q + "]: " + resp.body());
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      for (JsonNode series : result.path("series")) {
        List<String> cols = new ArrayList<>();
        series.path("columns").forEach(c -> cols.add(c.asText()));
        for (JsonNode values : series.path("values")) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 0; i < cols.size(); i++) {
            JsonNode v = values.get(i);
            row.put(cols.get(i), value(v));
          }
          rows.add(row);
        }
      }
      return rows;
    }

    private static Object value(JsonNode v) {
      if (v == null || v.isNull()) {
        return null;
      }
      if (v.isBoolean()) {
        return v.booleanValue();
      }
      if (v.isIntegralNumber()) {
        return v.longValue();
      }
      return v.isNumber() ? (Object) v.doubleValue() : v.asText();
    }
  }
}
