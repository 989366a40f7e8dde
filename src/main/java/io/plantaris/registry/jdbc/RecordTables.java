package io.plantaris.registry.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.plantaris.programme.Decision;
import io.plantaris.programme.DecisionStatus;
import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.programme.SessionOutcome;
import io.plantaris.registry.RegistryJson;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Prescription versions, pain reports, session outcomes and decisions: the SQL, on a connection in
 * a transaction. Records with nested parts are stored as the registry file's JSON of them.
 */
final class RecordTables {
  private static final ObjectMapper JSON =
      RegistryJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);

  private RecordTables() {}

  static void insertPrescription(Connection c, PrescriptionVersion v) throws SQLException {
    PeopleTables.requirePatient(c, v.patientId());
    long latest =
        Sql.query(
                c,
                "SELECT COALESCE(MAX(version), 0) FROM prescription WHERE patient_id = ?",
                r -> r.getLong(1),
                v.patientId())
            .get(0);
    if (v.version() != latest + 1) {
      throw outOfSequence(v, latest);
    }
    try {
      Sql.update(
          c,
          "INSERT INTO prescription (patient_id, version, effective_at_nanos, body)"
              + " VALUES (?, ?, ?, ?)",
          v.patientId(),
          v.version(),
          nanos(v.effectiveAt()),
          json(v));
    } catch (SQLException e) {
      if (Database.UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw outOfSequence(v, latest + 1); // another writer took this version meanwhile
      }
      throw e;
    }
  }

  static List<PrescriptionVersion> prescriptions(Connection c, String patientId)
      throws SQLException {
    return Sql.query(
        c,
        "SELECT body FROM prescription WHERE patient_id = ? ORDER BY version",
        r -> parse(r.getString(1), PrescriptionVersion.class),
        patientId);
  }

  static void insertPain(Connection c, PainReport p) throws SQLException {
    PeopleTables.requirePatient(c, p.patientId());
    Sql.update(
        c,
        "INSERT INTO pain_report (patient_id, kind, score, at_nanos, note) VALUES (?, ?, ?, ?, ?)",
        p.patientId(),
        p.kind().name(),
        p.score(),
        nanos(p.at()),
        p.note());
  }

  static List<PainReport> painReports(Connection c, String patientId) throws SQLException {
    return Sql.query(
        c,
        "SELECT patient_id, kind, score, at_nanos, note FROM pain_report WHERE patient_id = ?"
            + " ORDER BY at_nanos, seq",
        r ->
            new PainReport(
                r.getString(1),
                PainKind.valueOf(r.getString(2)),
                r.getInt(3),
                instant(r.getLong(4)),
                r.getString(5)),
        patientId);
  }

  /** Replaces a session with the same id: the row goes, the new one comes last among equals. */
  static void putSession(Connection c, SessionOutcome s) throws SQLException {
    PeopleTables.requirePatient(c, s.patientId());
    Sql.update(c, "DELETE FROM session_outcome WHERE session_id = ?", s.sessionId());
    Sql.update(
        c,
        "INSERT INTO session_outcome (session_id, patient_id, at_nanos, body) VALUES (?, ?, ?, ?)",
        s.sessionId(),
        s.patientId(),
        nanos(s.at()),
        json(s));
  }

  static List<SessionOutcome> sessions(Connection c, String patientId) throws SQLException {
    return Sql.query(
        c,
        "SELECT body FROM session_outcome WHERE patient_id = ? ORDER BY at_nanos, seq",
        r -> parse(r.getString(1), SessionOutcome.class),
        patientId);
  }

  static void insertDecision(Connection c, Decision d) throws SQLException {
    PeopleTables.requirePatient(c, d.patientId());
    Sql.update(
        c,
        "INSERT INTO decision (id, patient_id, status, body) VALUES (?, ?, ?, ?)",
        d.id(),
        d.patientId(),
        d.status().name(),
        json(d));
    // the newest record decides whether the decision waits (V5): a review ends the wait, a
    // proposal starts it; in this record's transaction, so the two tables never disagree
    Sql.update(
        c,
        "DELETE FROM decision_waiting WHERE patient_id = ? AND decision_id = ?",
        d.patientId(),
        d.id());
    if (d.status() == DecisionStatus.PROPOSED) {
      Sql.update(
          c,
          "INSERT INTO decision_waiting (patient_id, decision_id, record_seq, first_seq)"
              + " SELECT patient_id, id, MAX(seq), MIN(seq) FROM decision"
              + " WHERE patient_id = ? AND id = ? GROUP BY patient_id, id",
          d.patientId(),
          d.id());
    }
  }

  static List<Decision> decisions(Connection c, String patientId) throws SQLException {
    return Sql.query(
        c,
        "SELECT body FROM decision WHERE patient_id = ? ORDER BY seq",
        r -> parse(r.getString(1), Decision.class),
        patientId);
  }

  /** Epoch nanoseconds: exact and ordered in both engines (fits until the year 2262). */
  static long nanos(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
  }

  static Instant instant(long nanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  private static IllegalArgumentException outOfSequence(PrescriptionVersion v, long latest) {
    return new IllegalArgumentException(
        "prescription version "
            + v.version()
            + " for "
            + v.patientId()
            + " is out of sequence; the next is "
            + (latest + 1)
            + " (someone else edited it meanwhile?)");
  }

  private static String json(Object record) {
    try {
      return JSON.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + record.getClass().getSimpleName(), e);
    }
  }

  static <T> T parse(String body, Class<T> type) {
    try {
      return JSON.readValue(body, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "a stored " + type.getSimpleName() + " is unreadable: " + e.getOriginalMessage(), e);
    }
  }
}
