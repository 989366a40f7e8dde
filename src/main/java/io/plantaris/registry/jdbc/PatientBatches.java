package io.plantaris.registry.jdbc;

import io.plantaris.programme.Decision;
import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.PrescriptionHistory;
import io.plantaris.programme.PrescriptionVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records of many patients at once, one query per table for up to {@link #CHUNK} of them
 * ({@code patient_id IN (...)} through each table's patient index), instead of one per patient: a
 * clinician's overview of 200 patients made 600 queries before.
 */
final class PatientBatches {
  /** Patients per query: well under every driver's limit on bound parameters. */
  static final int CHUNK = 500;

  private PatientBatches() {}

  /** Reads one row of a batch into the list of its patient. */
  private interface Row<T> {
    T map(ResultSet r) throws SQLException;
  }

  static Map<String, PrescriptionHistory> prescriptions(Connection c, Collection<String> ids)
      throws SQLException {
    Map<String, List<PrescriptionVersion>> rows =
        query(
            c,
            "SELECT patient_id, body FROM prescription WHERE patient_id IN (%s)"
                + " ORDER BY patient_id, version",
            "?",
            ids,
            List.of(),
            r -> RecordTables.parse(r.getString(2), PrescriptionVersion.class));
    Map<String, PrescriptionHistory> out = new LinkedHashMap<>();
    rows.forEach((id, versions) -> out.put(id, new PrescriptionHistory(versions)));
    return out;
  }

  /**
   * The newest version of each patient's prescription: the newest version number found through the
   * primary key first, so only those bodies are read (200, not 600 at three versions each).
   */
  static Map<String, Optional<PrescriptionVersion>> latestPrescriptions(
      Connection c, Collection<String> ids) throws SQLException {
    Map<String, List<PrescriptionVersion>> rows =
        query(
            c,
            "SELECT p.patient_id, p.body FROM prescription p JOIN"
                + " (SELECT patient_id, MAX(version) AS version FROM prescription"
                + " WHERE patient_id IN (%s) GROUP BY patient_id) n"
                + " ON p.patient_id = n.patient_id AND p.version = n.version",
            "?",
            ids,
            List.of(),
            r -> RecordTables.parse(r.getString(2), PrescriptionVersion.class));
    Map<String, Optional<PrescriptionVersion>> out = new LinkedHashMap<>();
    rows.forEach((id, versions) -> out.put(id, versions.stream().findFirst()));
    return out;
  }

  /**
   * The ids as a table joined to the reports: with {@code patient_id IN (...)} and a range on
   * {@code at_nanos}, H2 (2.3) walks the whole index (scanCount 364,001 for 2,000 patients, 2 s);
   * joined, it seeks each patient's range (5,600 rows for 200 patients' four weeks). One kind (not
   * null) is sought through the index of V5 that starts with (patient, kind).
   */
  static Map<String, List<PainReport>> painReports(
      Connection c, Collection<String> ids, PainKind kind, Instant from, Instant to)
      throws SQLException {
    List<Object> more = new ArrayList<>();
    if (kind != null) {
      more.add(kind.name());
    }
    more.add(clampedNanos(from));
    more.add(clampedNanos(to));
    return query(
        c,
        "SELECT p.patient_id, p.kind, p.score, p.at_nanos, p.note FROM (VALUES %s) AS ids (id)"
            + " JOIN pain_report p ON p.patient_id = ids.id"
            + (kind == null ? "" : " AND p.kind = ?")
            + " AND p.at_nanos >= ? AND p.at_nanos < ? ORDER BY p.patient_id, p.at_nanos, p.seq",
        "(?)",
        ids,
        more,
        r ->
            new PainReport(
                r.getString(1),
                PainKind.valueOf(r.getString(2)),
                r.getInt(3),
                RecordTables.instant(r.getLong(4)),
                r.getString(5)));
  }

  static Map<String, List<Decision>> decisions(Connection c, Collection<String> ids)
      throws SQLException {
    return query(
        c,
        "SELECT patient_id, body FROM decision WHERE patient_id IN (%s) ORDER BY seq",
        "?",
        ids,
        List.of(),
        r -> RecordTables.parse(r.getString(2), Decision.class));
  }

  /**
   * The newest record of each decision still proposed, in the order the decisions were first made,
   * through {@code decision_waiting} (V5): only the waiting records are read, not every record of
   * the patients to find them (36,000 rows for 200 patients at 26 weeks, 80 % of an overview). Each
   * body is a subquery on the record's key: joined, PostgreSQL without statistics of the tables
   * (just after the migration or an import, until its autovacuum analyses them) hashed the whole
   * decision table for the 600 records (360-490 ms); the subquery is a key lookup whatever it
   * knows.
   */
  static Map<String, List<Decision>> proposedDecisions(Connection c, Collection<String> ids)
      throws SQLException {
    return query(
        c,
        "SELECT w.patient_id, (SELECT d.body FROM decision d WHERE d.seq = w.record_seq)"
            + " FROM (VALUES %s) AS ids (id) JOIN decision_waiting w ON w.patient_id = ids.id"
            + " ORDER BY w.first_seq",
        "(?)",
        ids,
        List.of(),
        r -> RecordTables.parse(r.getString(2), Decision.class));
  }

  /**
   * Every id gets a list (empty when it has no rows), in the order given; the rows of a patient
   * keep the query's order. {@code sql} has {@code %s} for the ids, each written as {@code mark};
   * {@code more} binds after them.
   */
  private static <T> Map<String, List<T>> query(
      Connection c, String sql, String mark, Collection<String> ids, List<Object> more, Row<T> row)
      throws SQLException {
    Map<String, List<T>> out = new LinkedHashMap<>();
    for (String id : ids) {
      out.put(id, new ArrayList<>());
    }
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
    for (int start = 0; start < distinct.size(); start += CHUNK) {
      List<String> chunk = distinct.subList(start, Math.min(distinct.size(), start + CHUNK));
      String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), mark));
      try (PreparedStatement s = c.prepareStatement(String.format(sql, marks))) {
        int i = 1;
        for (String id : chunk) {
          s.setString(i++, id);
        }
        for (Object x : more) {
          s.setObject(i++, x);
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            out.get(r.getString(1)).add(row.map(r));
          }
        }
      }
    }
    return out;
  }

  /** Epoch nanoseconds, an instant past what they can hold taken as their end. */
  private static long clampedNanos(Instant t) {
    if (t.isBefore(RecordTables.instant(Long.MIN_VALUE))) {
      return Long.MIN_VALUE;
    }
    return t.isAfter(RecordTables.instant(Long.MAX_VALUE)) ? Long.MAX_VALUE : RecordTables.nanos(t);
  }
}
