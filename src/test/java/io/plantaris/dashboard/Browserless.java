package io.plantaris.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One user's HTTP client with its own cookie jar, as a browser tab would be. */
final class Browserless {
  static final ObjectMapper JSON = new ObjectMapper();
  final HttpClient http;
  final String base;
  String csrf;

  Browserless(String base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  HttpResponse<String> login(String user, String password) throws Exception {
    HttpResponse<String> r =
        post("/login", "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}", null);
    if (r.statusCode() == 200) {
      csrf = JSON.readTree(r.body()).get("csrf").asText();
    }
    return r;
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String body, String csrfToken) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (csrfToken != null) {
      b.header("X-CSRF-Token", csrfToken);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String error(HttpResponse<String> r) throws Exception {
    JsonNode n = JSON.readTree(r.body());
    return n.path("error").asText();
  }
}
