package io.plantaris.access.jdbc;

import io.plantaris.access.User;
import io.plantaris.access.UserStore;
import io.plantaris.registry.jdbc.Database;
import io.plantaris.registry.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The users in the programme's database ({@code app_user}). A change of password, role or second
 * factor and a removal end the user's web sessions in the same transaction, on every replica.
 */
public final class JdbcUserStore implements UserStore {
  private final Database db;

  public JdbcUserStore(Database db) {
    this.db = db;
  }

  @Override
  public List<User> all() {
    return db.transaction(Users::all);
  }

  @Override
  public Optional<User> find(String id) {
    return db.transaction(c -> Users.find(c, id, false));
  }

  @Override
  public void add(User user) {
    addAll(List.of(user));
  }

  /** Adds users in one transaction: all of them or, on any error, none. */
  public void addAll(List<User> users) {
    db.transaction(
        c -> {
          for (User u : users) {
            insert(c, u);
          }
          return null;
        });
  }

  @Override
  public boolean remove(String id) {
    // web_session rows go with the user (ON DELETE CASCADE)
    return db.transaction(c -> Sql.update(c, "DELETE FROM app_user WHERE id = ?", id) > 0);
  }

  @Override
  public User update(String id, UnaryOperator<User> change) {
    return db.transaction(
        c -> {
          User old =
              Users.find(c, id, true)
                  .orElseThrow(() -> new IllegalArgumentException("no user '" + id + "'"));
          User changed = change.apply(old);
          if (!changed.id().equals(id)) {
            throw new IllegalArgumentException("a user's id cannot change: " + id);
          }
          if (!changed.equals(old)) {
            Users.replace(c, changed);
            Sql.update(c, "DELETE FROM web_session WHERE user_id = ?", id);
          }
          return changed;
        });
  }

  @Override
  public boolean acceptTotpStep(String id, long step) {
    String sql =
        "UPDATE app_user SET totp_last_step = ?"
            + " WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)";
    return db.transaction(c -> Sql.update(c, sql, step, id, step) == 1);
  }

  private static void insert(Connection c, User u) throws SQLException {
    try {
      Users.insert(c, u);
    } catch (SQLException e) {
      if (Database.UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw new IllegalArgumentException("user '" + u.id() + "' already exists", e);
      }
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        throw new IllegalArgumentException(
            "user '"
                + u.id()
                + "' stands for "
                + u.role().label()
                + " "
                + u.subjectId()
                + ", who is not in the database",
            e);
      }
      throw e;
    }
  }
}
