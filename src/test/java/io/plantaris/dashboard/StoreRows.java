package io.plantaris.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantaris.store.StoreCredentials;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Rows of the fixture's embedded QuestDB, read with SQL over its HTTP {@code /exec}. */
public final class StoreRows {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private StoreRows() {}

  /** QuestDB applies WAL writes asynchronously: polls until {@code n} rows (or 30 s). */
  static List<JsonNode> awaitRows(DashboardFixture f, String sql, int n) throws Exception {
    List<JsonNode> rows = List.of();
    for (int i = 0; i < 300 && rows.size() < n; i++) {
      String url = f.service.store().sqlUrl();
      if (url != null) {
        rows = query(url, f.service.store().sqlCredentials(), sql);
      }
      if (rows.size() < n) {
        Thread.sleep(100);
      }
    }
    return rows;
  }

  /** One JSON object per row, named by column; empty while the table does not exist yet. */
  public static List<JsonNode> query(String url, StoreCredentials credentials, String sql)
      throws Exception {
    URI uri = URI.create(url + "/exec?query=" + URLEncoder.encode(sql, StandardCharsets.UTF_8));
    HttpRequest.Builder req = HttpRequest.newBuilder(uri).GET();
    if (credentials != null) {
      req.header("Authorization", credentials.authorization());
    }
    HttpResponse<String> r = HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode body = Browserless.JSON.readTree(r.body());
    List<JsonNode> rows = new ArrayList<>();
    if (!body.has("dataset")) {
      return rows;
    }
    for (JsonNode values : body.get("dataset")) {
      var row = Browserless.JSON.createObjectNode();
      for (int c = 0; c < body.get("columns").size(); c++) {
        row.set(body.get("columns").get(c).get("name").asText(), values.get(c));
      }
      rows.add(row);
    }
    return rows;
  }
}
