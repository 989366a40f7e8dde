package io.plantaris.dashboard;

import io.javalin.http.Context;
import io.plantaris.access.User;
import io.plantaris.access.WebSession;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cap on live streams per user: each holds a server thread for its life, and a thousand from
 * one patient took /health to 5.4 s. A stream also ends within a second of its session ending.
 */
final class LiveStreams {
  private LiveStreams() {}

  /** Takes a stream slot for {@code u}, or answers 429 and returns false. */
  static boolean open(Dashboard d, Context ctx, User u) {
    AtomicInteger n = d.streams.computeIfAbsent(u.id(), k -> new AtomicInteger());
    if (n.incrementAndGet() > Dashboard.MAX_STREAMS_PER_USER) {
      n.decrementAndGet();
      d.refused("stream_limit");
      d.audit.record(
          u.id(),
          u.role().label(),
          "read",
          AuthRoutes.patientOf(ctx.path()),
          ctx.path(),
          "denied: " + Dashboard.MAX_STREAMS_PER_USER + " live streams already open");
      Web.refuse(
          ctx,
          429,
          "user "
              + u.id()
              + " has "
              + Dashboard.MAX_STREAMS_PER_USER
              + " live pages open already; close one");
      return false;
    }
    return true;
  }

  static void closed(Dashboard d, User u) {
    AtomicInteger n = d.streams.get(u.id());
    if (n != null) {
      n.decrementAndGet();
    }
  }

  /** Whether the stream's session is still open and its user unchanged. */
  static boolean sessionAlive(Dashboard d, WebSession s) {
    return d.sessions.isOpen(s.token())
        && d.users.find(s.user().id()).equals(java.util.Optional.of(s.user()));
  }
}
