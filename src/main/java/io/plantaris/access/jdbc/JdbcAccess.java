package io.plantaris.access.jdbc;

import io.plantaris.access.AccessStores;
import io.plantaris.registry.jdbc.Database;

/** The access stores on the programme's database, with the default limits, on the wall clock. */
public final class JdbcAccess {
  private JdbcAccess() {}

  public static AccessStores on(Database db) {
    return new AccessStores(
        new JdbcUserStore(db),
        new JdbcSessionStore(db, System::currentTimeMillis),
        new JdbcLoginLimiter(db, System::currentTimeMillis),
        new JdbcAuditLog(db));
  }
}
