package io.plantaris.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.plantaris.access.Totp;
import io.plantaris.access.User;
import io.plantaris.access.WebSession;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code POST /login}: JSON only (a text/plain form from another site cannot log a victim in as the
 * attacker), names and passwords of bounded length, guesses slowed per name and per address, at
 * most {@link Dashboard#HASHING_PERMITS} password hashes at once, and a TOTP code for enrolled
 * users (and every clinician and admin when the configuration requires it).
 */
final class LoginRoute {
  static final int MAX_NAME_LENGTH = 96;
  static final int MAX_PASSWORD_LENGTH = 1024;

  /** How long a login waits for a hashing slot before it is told to retry. */
  static final long HASH_WAIT_MILLIS = 2_000;

  /** Logins waiting for a hashing slot beyond which more are told to retry at once. */
  static final int MAX_WAITING = 16;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Dashboard d;

  LoginRoute(Dashboard d) {
    this.d = d;
  }

  void install(RoutesConfig app) {
    app.post("/login", this::login);
  }

  private void login(Context ctx) throws InterruptedException {
    String ip = ctx.ip();
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/json")) {
      d.refused("login_not_json");
      d.audit.record(null, null, "login", null, ip, "denied: not JSON (" + type + ")");
      Web.refuse(ctx, 415, "log in with JSON: Content-Type: application/json");
      return;
    }
    JsonNode body;
    try {
      body = JSON.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      Web.refuse(ctx, 400, "login body is not valid JSON: " + e.getOriginalMessage());
      return;
    }
    if (body == null || !body.path("user").isTextual() || !body.path("password").isTextual()) {
      Web.refuse(
          ctx, 400, "login body must be JSON like {\"user\": \"ann\", \"password\": \"...\"}");
      return;
    }
    String user = body.get("user").asText();
    String password = body.get("password").asText();
    if (user.isEmpty()
        || user.length() > MAX_NAME_LENGTH
        || password.length() > MAX_PASSWORD_LENGTH) {
      d.refused("login_too_long");
      d.audit.record(null, null, "login", null, ip, "failed: 400 name or password too long");
      Web.refuse(
          ctx,
          400,
          "user must be 1-"
              + MAX_NAME_LENGTH
              + " characters and password at most "
              + MAX_PASSWORD_LENGTH);
      return;
    }
    long wait = d.limiter.retryAfterSeconds(user, ip);
    if (wait > 0) {
      boolean spray = d.limiter.addressLimited(ip);
      d.refused("login_rate_limited");
      d.audit.record(
          user,
          null,
          "login",
          null,
          ip,
          spray ? "denied: rate limited address" : "denied: rate limited");
      ctx.header("Retry-After", Long.toString(wait));
      Web.refuse(
          ctx,
          429,
          (spray
                  ? "too many failed logins from this address"
                  : "too many failed logins for " + user)
              + "; try again in "
              + wait
              + " s");
      return;
    }
    Optional<User> u = d.users.find(user);
    // a long queue is refused at once, so a flood does not hold the server's threads either
    if (d.hashing.getQueueLength() >= MAX_WAITING
        || !d.hashing.tryAcquire(HASH_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
      d.refused("login_busy");
      d.audit.record(user, null, "login", null, ip, "failed: 503 busy");
      ctx.header("Retry-After", "1");
      Web.refuse(ctx, 503, "too many logins at once; try again in a second");
      return;
    }
    boolean ok;
    try {
      ok = d.hasher.verify(password.toCharArray(), u.map(User::passwordHash).orElse(null));
    } finally {
      d.hashing.release();
    }
    if (!ok || u.isEmpty()) {
      fail(ctx, user, ip, "wrong user or password");
      return;
    }
    if (!secondFactor(ctx, u.get(), body.path("code").asText(null), ip)) {
      return;
    }
    d.limiter.succeeded(user, ip);
    WebSession s = d.sessions.open(u.get());
    d.audit.record(user, u.get().role().label(), "login", null, ip, "allowed");
    AuthRoutes.setCookie(ctx, d, s);
    ctx.json(AuthRoutes.me(s));
  }

  /** True when the user needs no code or sent the right one; else answers 401 or 403. */
  private boolean secondFactor(Context ctx, User u, String code, String ip) {
    if (u.totpSecret() == null) {
      if (u.needsSecondFactor() && d.config.requireSecondFactor()) {
        d.refused("login_mfa_not_enrolled");
        d.audit.record(
            u.id(), u.role().label(), "login", null, ip, "denied: second factor not enrolled");
        Web.refuse(
            ctx,
            403,
            "a "
                + u.role().label()
                + " needs a second factor: ask an admin to run 'plantaris programme user mfa --id "
                + u.id()
                + "'");
        return false;
      }
      return true;
    }
    if (code == null || code.isBlank()) {
      d.audit.record(u.id(), u.role().label(), "login", null, ip, "failed: code needed");
      ctx.status(401)
          .json(Map.of("error", "enter the 6-digit code of your authenticator app", "mfa", true));
      ctx.skipRemainingHandlers();
      return false;
    }
    long step = Totp.matchingStep(u.totpSecret(), code.strip(), System.currentTimeMillis() / 1000);
    if (step < 0 || !d.users.acceptTotpStep(u.id(), step)) { // a code works once, on any replica
      fail(ctx, u.id(), ip, "wrong code");
      return false;
    }
    return true;
  }

  private void fail(Context ctx, String user, String ip, String why) {
    d.limiter.failed(user, ip);
    d.refused("login_failed");
    d.audit.record(user, null, "login", null, ip, "denied: " + why);
    Web.refuse(ctx, 401, why.equals("wrong code") ? "wrong code" : "wrong user or password");
  }
}
