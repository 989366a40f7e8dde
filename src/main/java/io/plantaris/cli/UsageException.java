package io.plantaris.cli;

/**
 * A mistake in what the user asked for (a path that is not there, a value out of range), found
 * after parsing: {@link CliErrors} prints its message on one line and exits with 2.
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
