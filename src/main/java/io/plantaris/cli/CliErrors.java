package io.plantaris.cli;

import io.plantaris.importer.ImportException;
import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How every command reports a mistake: one line on stderr saying what was wrong and what to do;
 * exit 2 for a usage error (bad option, missing or wrong file, bad value) and 1 for a failure while
 * working (a store or broker that does not answer). The stack trace is printed only with {@code
 * PLANTARIS_LOG_LEVEL=DEBUG}. Installed on the top-level command line, so subcommands added later
 * get it too.
 */
final class CliErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
  static final String LOG_LEVEL_ENV = "PLANTARIS_LOG_LEVEL";
  static final int USAGE = 2;
  static final int FAILURE = 1;

  private final Function<String, String> env;

  CliErrors(Function<String, String> env) {
    this.env = env;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    traceIfDebug(ex, err);
    String msg = ex.getMessage().strip();
    err.println(name(cl) + ": " + withStop(msg) + " See '" + name(cl) + " --help'.");
    err.flush();
    return cl.getCommandSpec().exitCodeOnInvalidInput();
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    PrintWriter err = cl.getErr();
    cl.getOut().flush();
    traceIfDebug(ex, err);
    Throwable t = ex instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : ex;
    boolean usage = isUsage(t);
    String hint =
        usage
            ? " See '" + name(cl) + " --help'."
            : " (set " + LOG_LEVEL_ENV + "=DEBUG for the stack trace)";
    err.println(name(cl) + ": " + withStop(describe(t)) + hint);
    err.flush();
    return usage ? USAGE : FAILURE;
  }

  /** What the user gave that cannot work: the fix is on their side of the keyboard. */
  static boolean isUsage(Throwable t) {
    return t instanceof UsageException
        || t instanceof IllegalArgumentException
        || t instanceof ImportException
        || t instanceof NoSuchFileException
        || t instanceof NotDirectoryException
        || t instanceof FileNotFoundException
        || (t instanceof FileSystemException f
            && !(t instanceof AccessDeniedException)
            && "Is a directory".equals(f.getReason()));
  }

  /**
   * The messages along the cause chain, without repeats, so a wrapped "Connection refused" is not
   * reported as "null"; a throwable without a message is named by its type.
   */
  static String describe(Throwable t) {
    List<String> parts = new ArrayList<>();
    for (Throwable c = t; c != null && parts.size() < 4; c = c.getCause()) {
      String m = message(c);
      if (parts.stream().noneMatch(p -> p.contains(m))) {
        parts.add(m);
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return String.join(": ", parts);
  }

  private static String message(Throwable t) {
    if (t instanceof NoSuchFileException f) {
      return "no such file or folder: " + f.getFile();
    }
    if (t instanceof AccessDeniedException f) {
      return "permission denied: " + f.getFile();
    }
    if (t instanceof NotDirectoryException f) {
      return "not a folder: " + f.getFile();
    }
    if (t instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(java.util.Locale.ROOT) + ": " + f.getFile();
    }
    String m = t.getMessage();
    if (t instanceof java.net.ConnectException && (m == null || m.isBlank())) {
      return "connection refused";
    }
    if (m == null || m.isBlank()) {
      return t.getClass().getSimpleName();
    }
    return m.strip().lines().findFirst().orElse(m);
  }

  private static String withStop(String msg) {
    return msg.endsWith(".") ? msg : msg + ".";
  }

  private void traceIfDebug(Throwable t, PrintWriter err) {
    if ("DEBUG".equalsIgnoreCase(env.apply(LOG_LEVEL_ENV))
        || "TRACE".equalsIgnoreCase(env.apply(LOG_LEVEL_ENV))) {
      t.printStackTrace(err);
    }
  }

  private static String name(CommandLine cl) {
    return cl.getCommandSpec().qualifiedName();
  }
}
