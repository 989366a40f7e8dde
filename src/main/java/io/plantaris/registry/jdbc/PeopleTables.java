package io.plantaris.registry.jdbc;

import io.plantaris.insole.Side;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.Insole;
import io.plantaris.registry.Patient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Clinicians, patients, their assignments and insoles: the SQL, on a connection in a transaction.
 */
final class PeopleTables {
  private PeopleTables() {}

  static void insertClinician(Connection c, Clinician x) throws SQLException {
    if (exists(c, "SELECT 1 FROM clinician WHERE id = ?", x.id())) {
      throw new IllegalArgumentException("clinician '" + x.id() + "' already exists");
    }
    Sql.update(c, "INSERT INTO clinician (id, name) VALUES (?, ?)", x.id(), x.name());
  }

  static void insertPatient(Connection c, Patient p) throws SQLException {
    if (exists(c, "SELECT 1 FROM patient WHERE id = ?", p.id())) {
      throw new IllegalArgumentException("patient '" + p.id() + "' already exists");
    }
    for (String clinicianId : p.clinicianIds()) {
      requireClinician(c, clinicianId);
    }
    Sql.update(c, "INSERT INTO patient (id, name) VALUES (?, ?)", p.id(), p.name());
    for (String clinicianId : p.clinicianIds()) {
      assign(c, p.id(), clinicianId);
    }
  }

  static void assign(Connection c, String patientId, String clinicianId) throws SQLException {
    requirePatient(c, patientId);
    requireClinician(c, clinicianId);
    if (!exists(
        c,
        "SELECT 1 FROM patient_clinician WHERE patient_id = ? AND clinician_id = ?",
        patientId,
        clinicianId)) {
      Sql.update(
          c,
          "INSERT INTO patient_clinician (patient_id, clinician_id) VALUES (?, ?)",
          patientId,
          clinicianId);
    }
  }

  static void insertInsole(Connection c, Insole i) throws SQLException {
    requirePatient(c, i.patientId());
    insole(c, i.deviceId()).ifPresent(i::mustNotClashWith);
    for (Insole x : insoles(c, i.patientId())) {
      i.mustNotClashWith(x);
    }
    Sql.update(
        c,
        "INSERT INTO insole (device_id, patient_id, side) VALUES (?, ?, ?)",
        i.deviceId(),
        i.patientId(),
        i.side().name());
  }

  static List<Clinician> clinicians(Connection c) throws SQLException {
    return Sql.query(
        c,
        "SELECT id, name FROM clinician ORDER BY seq",
        r -> new Clinician(r.getString(1), r.getString(2)));
  }

  static Optional<Patient> patient(Connection c, String id) throws SQLException {
    List<Patient> one = patients(c, "WHERE p.id = ?", id);
    return one.stream().findFirst();
  }

  static List<Patient> patients(Connection c) throws SQLException {
    return patients(c, "", null);
  }

  /** Through the clinician index: the rows of this clinician's patients only. */
  static List<Patient> patientsOf(Connection c, String clinicianId) throws SQLException {
    return patients(
        c,
        "WHERE p.id IN (SELECT patient_id FROM patient_clinician WHERE clinician_id = ?)",
        clinicianId);
  }

  /** Patients with their clinicians in assignment order, from one joined query. */
  private static List<Patient> patients(Connection c, String where, String arg)
      throws SQLException {
    String sql =
        "SELECT p.id, p.name, pc.clinician_id FROM patient p"
            + " LEFT JOIN patient_clinician pc ON pc.patient_id = p.id "
            + where
            + " ORDER BY p.seq, pc.seq";
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, List<String>> clinicians = new LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      if (arg != null) {
        s.setString(1, arg);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String id = r.getString(1);
          names.putIfAbsent(id, r.getString(2));
          List<String> ids = clinicians.computeIfAbsent(id, k -> new ArrayList<>());
          if (r.getString(3) != null) {
            ids.add(r.getString(3));
          }
        }
      }
    }
    List<Patient> out = new ArrayList<>(names.size());
    names.forEach((id, name) -> out.add(new Patient(id, name, clinicians.get(id))));
    return out;
  }

  static List<Insole> insoles(Connection c, String patientId) throws SQLException {
    return Sql.query(
        c,
        "SELECT device_id, patient_id, side FROM insole WHERE patient_id = ? ORDER BY seq",
        PeopleTables::insole,
        patientId);
  }

  /** Every insole, patient by patient in the order they were added: one query at start-up. */
  static List<Insole> insoles(Connection c) throws SQLException {
    return Sql.query(
        c,
        "SELECT i.device_id, i.patient_id, i.side FROM insole i"
            + " JOIN patient p ON p.id = i.patient_id ORDER BY p.seq, i.seq",
        PeopleTables::insole);
  }

  static Optional<Insole> insole(Connection c, String deviceId) throws SQLException {
    return Sql.query(
            c,
            "SELECT device_id, patient_id, side FROM insole WHERE device_id = ?",
            PeopleTables::insole,
            deviceId)
        .stream()
        .findFirst();
  }

  static void requirePatient(Connection c, String patientId) throws SQLException {
    if (!exists(c, "SELECT 1 FROM patient WHERE id = ?", patientId)) {
      throw new IllegalArgumentException("unknown patient '" + patientId + "'");
    }
  }

  private static void requireClinician(Connection c, String clinicianId) throws SQLException {
    if (!exists(c, "SELECT 1 FROM clinician WHERE id = ?", clinicianId)) {
      throw new IllegalArgumentException("unknown clinician '" + clinicianId + "'");
    }
  }

  private static Insole insole(ResultSet r) throws SQLException {
    return new Insole(r.getString(1), r.getString(2), Side.valueOf(r.getString(3)));
  }

  private static boolean exists(Connection c, String sql, Object... args) throws SQLException {
    return !Sql.query(c, sql, r -> Boolean.TRUE, args).isEmpty();
  }
}
