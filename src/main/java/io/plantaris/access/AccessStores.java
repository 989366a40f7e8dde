package io.plantaris.access;

/** The stores behind the dashboard's logins, sessions, login limits and audit log, as one value. */
public record AccessStores(
    UserStore users, SessionStore sessions, LoginLimiter limiter, AuditLog audit) {}
