package io.plantaris.cli.programme;

import io.plantaris.cli.DataHome;
import io.plantaris.registry.JsonFileRegistry;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.registry.RegistryState;
import io.plantaris.registry.jdbc.JdbcProgrammeRepository;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code programme import-json FILE}: moves a JSON registry of earlier versions into the database,
 * once, in one transaction (all of it or nothing), and reports what moved, per kind. The file is
 * left as it was; the service no longer reads it.
 */
@Command(
    name = "import-json",
    description =
        "Move a JSON registry file (earlier versions) into the programme's database, once;"
            + " prints how many of each kind moved. The database must be empty.")
final class ImportJsonCommand extends Leaf {
  @Parameters(index = "0", paramLabel = "FILE", description = "the JSON registry to import")
  Path file;

  @Override
  void run(ProgrammeRegistry registry, PrintWriter out) {
    throw new IllegalStateException("import-json runs on the database itself");
  }

  @Override
  void runOn(JdbcProgrammeRepository db, PrintWriter out) {
    Path source = DataHome.resolve(spec, file);
    if (!Files.isRegularFile(source)) {
      throw new IllegalArgumentException("no registry file at " + source.toAbsolutePath());
    }
    RegistryState s = new JsonFileRegistry(source).snapshot();
    db.importAll(s);
    out.println("imported " + source.toAbsolutePath() + " into " + db.url() + ":");
    out.printf("  clinicians         %6d%n", s.clinicians().size());
    out.printf("  patients           %6d%n", s.patients().size());
    out.printf(
        "  assignments        %6d%n",
        s.patients().stream().mapToInt(p -> p.clinicianIds().size()).sum());
    out.printf("  insoles            %6d%n", s.insoles().size());
    out.printf("  prescriptions      %6d%n", s.prescriptions().size());
    out.printf("  pain reports       %6d%n", s.painReports().size());
    out.printf("  sessions           %6d%n", s.sessions().size());
    out.printf("  decisions          %6d%n", s.decisions().size());
    out.println(source.getFileName() + " is left as it was; the service reads the database only");
  }
}
