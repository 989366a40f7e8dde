package io.plantaris.access.jdbc;

import io.plantaris.access.Role;
import io.plantaris.access.User;
import io.plantaris.registry.jdbc.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The rows of {@code app_user}, for the user and the session store. */
final class Users {
  /** Columns of {@link #map}, prefixed {@code u.}. */
  static final String COLUMNS =
      "u.id, u.role, u.patient_id, u.clinician_id, u.password_hash, u.totp_secret";

  private Users() {}

  static User map(ResultSet r) throws SQLException {
    Role role = Role.parse(r.getString("role"));
    String subject = role == Role.PATIENT ? r.getString("patient_id") : r.getString("clinician_id");
    return new User(
        r.getString("id"), role, subject, r.getString("password_hash"), r.getString("totp_secret"));
  }

  static Optional<User> find(Connection c, String id, boolean lock) throws SQLException {
    String sql =
        "SELECT " + COLUMNS + " FROM app_user u WHERE u.id = ?" + (lock ? " FOR UPDATE" : "");
    return Sql.query(c, sql, Users::map, id).stream().findFirst();
  }

  static List<User> all(Connection c) throws SQLException {
    return Sql.query(c, "SELECT " + COLUMNS + " FROM app_user u ORDER BY u.seq", Users::map);
  }

  static void insert(Connection c, User u) throws SQLException {
    Sql.update(
        c,
        "INSERT INTO app_user (id, role, patient_id, clinician_id, password_hash, totp_secret)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        u.id(),
        u.role().label(),
        u.role() == Role.PATIENT ? u.subjectId() : null,
        u.role() == Role.CLINICIAN ? u.subjectId() : null,
        u.passwordHash(),
        u.totpSecret());
  }

  static void replace(Connection c, User u) throws SQLException {
    Sql.update(
        c,
        "UPDATE app_user SET role = ?, patient_id = ?, clinician_id = ?, password_hash = ?,"
            + " totp_secret = ? WHERE id = ?",
        u.role().label(),
        u.role() == Role.PATIENT ? u.subjectId() : null,
        u.role() == Role.CLINICIAN ? u.subjectId() : null,
        u.passwordHash(),
        u.totpSecret(),
        u.id());
  }
}
