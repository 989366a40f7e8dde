package io.plantaris.access.jdbc;

import io.plantaris.access.AuditEntry;
import io.plantaris.access.AuditLog;
import io.plantaris.registry.jdbc.Database;
import io.plantaris.registry.jdbc.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The audit log in the programme's database ({@code audit_event}): rows are only inserted, and
 * triggers refuse UPDATE and DELETE (PostgreSQL also TRUNCATE), so what was recorded stays. Every
 * replica appends to the same table, ordered by {@code seq}.
 */
public final class JdbcAuditLog extends AuditLog {
  private static final String INSERT =
      "INSERT INTO audit_event (at_millis, user_id, role, action, patient_id, what, outcome)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";

  private final Database db;

  public JdbcAuditLog(Database db) {
    this(db, DEFAULT_LINES_PER_SECOND, System::currentTimeMillis);
  }

  public JdbcAuditLog(Database db, int linesPerSecond, LongSupplier clockMillis) {
    super(linesPerSecond, clockMillis);
    this.db = db;
  }

  @Override
  protected void write(AuditEntry e) {
    db.transaction(c -> insert(c, e));
  }

  @Override
  protected void writeAll(List<AuditEntry> entries) {
    appendAll(entries);
  }

  /**
   * Appends entries in one transaction and one batch of one statement (an overview's 200 reads, the
   * import of an audit file).
   */
  public void appendAll(List<AuditEntry> entries) {
    db.transaction(
        c -> {
          try (PreparedStatement s = c.prepareStatement(INSERT)) {
            for (AuditEntry e : entries) {
              bind(s, e);
              s.addBatch();
            }
            s.executeBatch();
          }
          return null;
        });
  }

  /** The newest {@code limit} entries, oldest first. */
  public List<AuditEntry> last(int limit) {
    String sql =
        "SELECT at_millis, user_id, role, action, patient_id, what, outcome FROM audit_event"
            + " ORDER BY seq DESC LIMIT "
            + Math.max(0, limit);
    List<AuditEntry> newestFirst =
        db.transaction(
            c ->
                Sql.query(
                    c,
                    sql,
                    r ->
                        new AuditEntry(
                            r.getLong(1),
                            r.getString(2),
                            r.getString(3),
                            r.getString(4),
                            r.getString(5),
                            r.getString(6),
                            r.getString(7))));
    List<AuditEntry> oldestFirst = new ArrayList<>(newestFirst);
    Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  /** How many entries the table holds. */
  public long size() {
    return db.transaction(c -> Sql.query(c, "SELECT COUNT(*) FROM audit_event", r -> r.getLong(1)))
        .get(0);
  }

  private static int insert(Connection c, AuditEntry e) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(INSERT)) {
      bind(s, e);
      return s.executeUpdate();
    }
  }

  private static void bind(PreparedStatement s, AuditEntry e) throws SQLException {
    s.setLong(1, e.atMillis());
    s.setString(2, e.userId());
    s.setString(3, e.role());
    s.setString(4, e.action());
    s.setString(5, e.patientId());
    s.setString(6, e.what());
    s.setString(7, e.outcome());
  }
}
