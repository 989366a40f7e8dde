package io.plantaris.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.plantaris.access.Role;
import io.plantaris.access.User;
import io.plantaris.access.WebSession;
import io.plantaris.http.BodyTooLarge;
import io.plantaris.http.HttpServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guard in front of every dashboard route and logout: no session means 401 (or the login page
 * for a page), a state-changing request without the session's CSRF token means 403, a session whose
 * user was removed or changed password ends. Login itself is {@link LoginRoute}.
 */
final class AuthRoutes {
  static final String COOKIE = "plantaris_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String SESSION = "session";

  /** The pages behind the login; anything else unknown answers 404 without asking who you are. */
  private static final Set<String> PAGES =
      Set.of("/live", "/history", "/clinician", "/clinician/patient", "/report");

  static final Set<String> CHANGING = Set.of("POST", "PUT", "DELETE", "PATCH");
  private static final Pattern PATIENT = Pattern.compile("^/api/patients/([^/]+)");

  private final Dashboard d;

  AuthRoutes(Dashboard d) {
    this.d = d;
  }

  void install(RoutesConfig app) {
    app.beforeMatched(this::guard);
    app.get(
        "/",
        ctx -> ctx.redirect(session(ctx).user().role() == Role.PATIENT ? "/live" : "/clinician"));
    app.get("/login", this::loginPage);
    app.get("/assets/{file}", ctx -> Web.serve(ctx, ctx.pathParam("file")));
    new LoginRoute(d).install(app);
    app.post("/logout", this::logout);
    app.get("/api/me", ctx -> ctx.json(me(session(ctx))));
    app.exception(BodyTooLarge.class, (e, ctx) -> tooLarge(ctx));
    app.exception(ContentTooLargeResponse.class, (e, ctx) -> tooLarge(ctx));
  }

  static WebSession session(Context ctx) {
    return ctx.attribute(SESSION);
  }

  /** The patient a path under {@code /api/patients/} names, or null. */
  static String patientOf(String path) {
    Matcher m = PATIENT.matcher(path);
    return m.find() ? m.group(1) : null;
  }

  /** The login page; a {@code next} that would leave the site is dropped, counted and audited. */
  private void loginPage(Context ctx) {
    String next = ctx.queryParam("next");
    if (next != null && !SafeNext.isSafe(next)) {
      d.refused("offsite_next");
      d.audit.record(null, null, "request", null, "/login?next=" + next, "denied: off-site next");
      ctx.redirect("/login");
      return;
    }
    Web.serve(ctx, "login.html");
  }

  private void tooLarge(Context ctx) {
    WebSession s = session(ctx);
    d.audit.record(
        s == null ? null : s.user().id(),
        s == null ? null : s.user().role().label(),
        "request",
        patientOf(ctx.path()),
        ctx.method().name() + " " + ctx.path() + " from " + ctx.ip(),
        "denied: body over " + HttpServer.MAX_BODY_BYTES + " bytes");
    HttpServer.tooLarge(ctx, d.meters);
  }

  private void guard(Context ctx) {
    String path = ctx.path();
    if (path.equals("/login") || path.startsWith("/assets/") || !isDashboard(path)) {
      return;
    }
    Optional<WebSession> s = d.sessions.find(ctx.cookie(COOKIE)).flatMap(this::stillValid);
    if (s.isEmpty()) {
      if (path.startsWith("/api/") || CHANGING.contains(ctx.method().name())) {
        d.refused("unauthenticated");
        d.audit.record(
            null,
            null,
            CHANGING.contains(ctx.method().name()) ? "change" : "read",
            patientOf(path),
            path + " from " + ctx.ip(),
            "denied: no valid session");
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
          || !MessageDigest.isEqual(
              token.getBytes(StandardCharsets.UTF_8),
              s.get().csrfToken().getBytes(StandardCharsets.UTF_8))) {
        User u = s.get().user();
        d.refused("csrf");
        d.audit.record(
            u.id(),
            u.role().label(),
            "change",
            patientOf(path),
            path + " " + Audit.values(ctx),
            "denied: " + (token == null ? "missing" : "wrong") + " csrf token");
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

  /**
   * The session while its user still exists with the same password, role and second factor. The
   * database stores end the sessions in the same transaction as the change (and the command says so
   * in the audit log); this catches a store that keeps its own copy of the user, as the memory one
   * does, at the session's next request.
   */
  private Optional<WebSession> stillValid(WebSession s) {
    User now = d.users.find(s.user().id()).orElse(null);
    if (now != null && now.equals(s.user())) {
      return Optional.of(s);
    }
    int ended = d.sessions.closeUser(s.user().id());
    d.audit.record(
        s.user().id(),
        s.user().role().label(),
        "logout",
        null,
        ended + " session(s)",
        now == null ? "ended: user removed" : "ended: password or role changed");
    return Optional.empty();
  }

  private static boolean isDashboard(String path) {
    return path.equals("/")
        || PAGES.contains(path)
        || path.equals("/logout")
        || path.startsWith("/api/");
  }

  private void logout(Context ctx) {
    WebSession s = session(ctx);
    d.sessions.close(s.token());
    d.audit.record(s.user().id(), s.user().role().label(), "logout", null, "-", "allowed");
    ctx.removeCookie(COOKIE, "/");
    ctx.status(204);
  }

  static void setCookie(Context ctx, Dashboard d, WebSession s) {
    ctx.cookie(
        new Cookie(
            COOKIE, s.token(), "/", -1, d.config.secureCookies(), true, null, SameSite.STRICT));
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
