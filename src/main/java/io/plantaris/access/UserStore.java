package io.plantaris.access;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The dashboard's logins. The service and the {@code programme user} commands use the database
 * ({@code io.plantaris.access.jdbc.JdbcUserStore}); {@link JsonUserStore} is the file of earlier
 * versions, read by the import.
 */
public interface UserStore {
  /** Every user, in the order they were added. */
  List<User> all();

  Optional<User> find(String id);

  /** Adds a user; an existing id is an error (a password is changed on purpose, not by typo). */
  void add(User user);

  /** Removes a user; false when there was none. */
  boolean remove(String id);

  /** Replaces a user by a changed copy; an unknown id is an error. */
  User update(String id, UnaryOperator<User> change);

  /**
   * Accepts the TOTP time step of a code once: false when this step or a later one was already
   * accepted for the user (a code works once, on every replica).
   */
  boolean acceptTotpStep(String id, long step);
}
