package io.plantaris.cli.programme;

import io.plantaris.access.AuditEntry;
import io.plantaris.access.jdbc.JdbcAuditLog;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.registry.jdbc.JdbcProgrammeRepository;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code programme audit}: the newest entries of the audit log in the database, one line each as
 * the audit file of earlier versions had them (what {@code tail audit.log} used to show).
 */
@Command(
    name = "audit",
    description =
        "Print the newest entries of the audit log (who read or changed what), oldest first.")
final class AuditCommand extends Leaf {
  @Option(
      names = "--last",
      defaultValue = "50",
      description = "how many (default: ${DEFAULT-VALUE})")
  int last;

  @Override
  void run(ProgrammeRegistry registry, PrintWriter out) {
    throw new IllegalStateException("audit runs on the database itself");
  }

  @Override
  void runOn(JdbcProgrammeRepository db, PrintWriter out) {
    if (last < 1) {
      throw new IllegalArgumentException("--last must be at least 1, was " + last);
    }
    for (AuditEntry e : new JdbcAuditLog(db.database()).last(last)) {
      out.println(e.line());
    }
  }
}
