package io.plantaris.dashboard;

import io.javalin.http.Context;
import io.plantaris.access.User;
import io.plantaris.http.BodyTooLarge;
import io.plantaris.http.HttpServer;
import java.util.function.Consumer;

/**
 * The audit line of an allowed patient request, written after the handler so the outcome is what
 * the user got: {@code allowed} below 400, {@code failed: status} otherwise (a 400 is not an
 * access). Changes carry the values sent, cleaned and cut by the audit log.
 */
final class Audit {
  private Audit() {}

  private record Pending(User user, String action, String patientId, String what) {}

  /** Records the line once the handler has answered. */
  static void later(Dashboard d, Context ctx, User u, String action, String patientId) {
    String what = action.equals("change") ? ctx.path() + " " + values(ctx) : ctx.path();
    Pending p = new Pending(u, action, patientId, what);
    ctx.attribute(HttpServer.WHEN_ANSWERED, (Consumer<Context>) c -> finish(d, c, p));
  }

  private static void finish(Dashboard d, Context ctx, Pending p) {
    int status = ctx.statusCode();
    d.audit.record(
        p.user().id(),
        p.user().role().label(),
        p.action(),
        p.patientId(),
        p.what(),
        status < 400 ? "allowed" : "failed: " + status);
  }

  /** The request's body as sent (never read on /login: it holds the password). */
  static String values(Context ctx) {
    if (ctx.path().equals("/login")) {
      return "-";
    }
    try {
      String b = ctx.body();
      return b.isEmpty() ? "-" : b;
    } catch (BodyTooLarge e) {
      return "(body too large)";
    }
  }
}
