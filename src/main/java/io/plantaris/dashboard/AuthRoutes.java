package io.plantaris.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.plantaris.access.Role;
import io.plantaris.access.User;
import io.plantaris.access.WebSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Login, logout and the guard in front of every dashboard route: no session means 401 (or the login
 * page for a page), a state-changing request without the session's CSRF token means 403.
 */
final class AuthRoutes {
  static final String COOKIE = "plantaris_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String SESSION = "session";

  /** The pages behind the login; anything else unknown answers 404 without asking who you are. */
  private static final Set<String> PAGES =
      Set.of("/live", "/clinician", "/clinician/patient", "/report");

  private static final Set<String> CHANGING = Set.of("POST", "PUT", "DELETE", "PATCH");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Dashboard d;

  AuthRoutes(Dashboard d) {
    this.d = d;
  }

  void install(Javalin app) {
    app.beforeMatched(this::guard);
    app.get(
        "/",
        ctx -> ctx.redirect(session(ctx).user().role() == Role.PATIENT ? "/live" : "/clinician"));
    app.get("/login", ctx -> Web.serve(ctx, "login.html"));
    app.get("/assets/{file}", ctx -> Web.serve(ctx, ctx.pathParam("file")));
    app.post("/login", this::login);
    app.post("/logout", this::logout);
    app.get("/api/me", ctx -> ctx.json(me(session(ctx))));
  }

  static WebSession session(Context ctx) {
    return ctx.attribute(SESSION);
  }

  private void guard(Context ctx) {
    String path = ctx.path();
    if (path.equals("/login") || path.startsWith("/assets/") || !isDashboard(path)) {
      return;
    }
    Optional<WebSession> s = d.sessions.find(ctx.cookie(COOKIE));
    if (s.isEmpty()) {
      if (path.startsWith("/api/") || CHANGING.contains(ctx.method().name())) {
        Web.refuse(ctx, 401, "log in first: no valid session (POST /login)");
      } else {
        String q = ctx.queryString();
        String next = q == null ? path : path + "?" + q;
        // slashes stay readable; the query (?id=p1&...) is kept for after the login
        ctx.redirect(
            "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8).replace("%2F", "/"));
        ctx.skipRemainingHandlers();
      }
      return;
    }
    if (CHANGING.contains(ctx.method().name())) {
      String token = ctx.header(CSRF_HEADER);
      if (token == null
          || !java.security.MessageDigest.isEqual(
              token.getBytes(), s.get().csrfToken().getBytes())) {
        User u = s.get().user();
        d.audit.record(u.id(), u.role().label(), "change", null, path, "denied: csrf token");
        Web.refuse(
            ctx,
            403,
            (token == null ? "missing" : "wrong")
                + " CSRF token: send the token from /api/me in the "
                + CSRF_HEADER
                + " header");
        return;
      }
    }
    ctx.attribute(SESSION, s.get());
  }

  private static boolean isDashboard(String path) {
    return path.equals("/")
        || PAGES.contains(path)
        || path.equals("/logout")
        || path.startsWith("/api/");
  }

  private void login(Context ctx) throws IOException {
    String user;
    String password;
    try {
      JsonNode body = JSON.readTree(ctx.body());
      if (body == null || !body.path("user").isTextual() || !body.path("password").isTextual()) {
        Web.refuse(
            ctx, 400, "login body must be JSON like {\"user\": \"ann\", \"password\": \"...\"}");
        return;
      }
      user = body.get("user").asText();
      password = body.get("password").asText();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      Web.refuse(ctx, 400, "login body is not valid JSON: " + e.getOriginalMessage());
      return;
    }
    String ip = ctx.ip();
    long wait = d.limiter.retryAfterSeconds(user, ip);
    if (wait > 0) {
      d.audit.record(user, null, "login", null, ip, "denied: rate limited");
      ctx.header("Retry-After", Long.toString(wait));
      Web.refuse(ctx, 429, "too many failed logins for " + user + "; try again in " + wait + " s");
      return;
    }
    Optional<User> u = d.users.find(user);
    boolean ok = d.hasher.verify(password.toCharArray(), u.map(User::passwordHash).orElse(null));
    if (!ok || u.isEmpty()) {
      d.limiter.failed(user, ip);
      d.audit.record(user, null, "login", null, ip, "denied: wrong user or password");
      Web.refuse(ctx, 401, "wrong user or password");
      return;
    }
    d.limiter.succeeded(user, ip);
    WebSession s = d.sessions.open(u.get());
    d.audit.record(user, u.get().role().label(), "login", null, ip, "allowed");
    ctx.cookie(
        new Cookie(
            COOKIE,
            s.token(),
            "/",
            -1,
            d.config.secureCookies(),
            0,
            true,
            null,
            null,
            SameSite.STRICT));
    ctx.json(me(s));
  }

  private void logout(Context ctx) {
    WebSession s = session(ctx);
    d.sessions.close(s.token());
    d.audit.record(s.user().id(), s.user().role().label(), "logout", null, "-", "allowed");
    ctx.removeCookie(COOKIE, "/");
    ctx.status(204);
  }

  static Map<String, Object> me(WebSession s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("user", s.user().id());
    m.put("role", s.user().role().label());
    m.put("subject", s.user().subjectId());
    m.put("csrf", s.csrfToken());
    return m;
  }
}
