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
   * Appends entries in one transaction and one batch of one statement (an overview's 200 reads).
   */
  public void appendAll(List<AuditEntry> entries) {
    db.transaction(
        c -> {
          insertAll(c, entries);
          return null;
        });
  }

  private static void insertAll(Connection c, List<AuditEntry> entries) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(INSERT)) {
      for (AuditEntry e : entries) {
        bind(s, e);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /**
   * Appends the entries of one audit file of an earlier version and records the file as imported,
   * in one transaction; a file whose contents were imported before appends nothing.
   *
   * @param sha256 hex SHA-256 of the file's bytes
   * @return true when the entries were appended, false when the file had been imported already
   */
  public boolean appendFile(String sha256, String fileName, List<AuditEntry> entries) {
    return db.transaction(
        c -> {
          boolean seen =
              !Sql.query(c, "SELECT 1 FROM audit_import WHERE file_sha256 = ?", r -> 1, sha256)
                  .isEmpty();
          if (seen) {
            return false;
          }
          insertAll(c, entries);
          Sql.update(
              c,
              "INSERT INTO audit_import (file_sha256, file_name, lines, imported_at_millis)"
                  + " VALUES (?, ?, ?, ?)",
              sha256,
              fileName,
              entries.size(),
              System.currentTimeMillis());
          return true;
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
