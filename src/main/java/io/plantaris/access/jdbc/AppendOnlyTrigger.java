package io.plantaris.access.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's guard of the audit table ({@code db/vendor/h2/V3}): every UPDATE or DELETE of a row raises,
 * as PostgreSQL's trigger does. H2 runs no trigger for TRUNCATE: docs/security.md says so.
 */
public final class AppendOnlyTrigger implements Trigger {
  /** SQLSTATE insufficient_privilege, the code PostgreSQL's trigger raises too. */
  static final String REFUSED = "42501";

  @Override
  public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(
        "audit_event is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
        REFUSED);
  }
}
