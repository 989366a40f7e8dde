package io.plantaris.cli;

import io.plantaris.fhir.FhirBundle;
import io.plantaris.fhir.FhirExporter;
import io.plantaris.fhir.FhirJson;
import io.plantaris.fhir.PatientRecords;
import io.plantaris.registry.jdbc.JdbcProgrammeRepository;
import io.plantaris.store.QuestDbHistoryReader;
import io.plantaris.store.StoreCredentials;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.hl7.fhir.r4.model.Bundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fhir export}: one patient's records and history as a FHIR R4 collection Bundle. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Export a patient (insoles, prescription versions, sessions, sets, pain) as a FHIR R4"
            + " Bundle in JSON.")
final class FhirExportCommand implements Callable<Integer> {
  @Option(
      names = "--registry",
      required = true,
      description = "registry path: the default database is the H2 file beside it")
  Path registryFile;

  @picocli.CommandLine.Mixin DatabaseOptions database;

  @Option(names = "--patient", required = true, description = "patient id")
  String patient;

  @Option(
      names = "--store-url",
      description =
          "QuestDB HTTP endpoint of the time-series store, e.g. http://127.0.0.1:9000;"
              + " without it only the registry's records are exported")
  String storeUrl;

  @Option(
      names = "--store-user",
      defaultValue = "plantaris",
      description =
          "QuestDB user (HTTP basic auth; the password comes from the environment variable"
              + " PLANTARIS_STORE_PASSWORD, never from the command line); default ${DEFAULT-VALUE}")
  String storeUser;

  @Option(names = "--out", description = "write the JSON here instead of to standard output")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try (JdbcProgrammeRepository registry =
        JdbcProgrammeRepository.open(database.config(DataHome.resolve(spec, registryFile)))) {
      FhirExporter exporter =
          new FhirExporter(
              registry,
              storeUrl == null ? null : new QuestDbHistoryReader(storeUrl, storeCredentials()));
      PatientRecords records = exporter.read(patient);
      Bundle bundle = FhirBundle.build(records, Instant.now());
      String json = FhirJson.encode(bundle, true);
      if (out == null) {
        PrintWriter o = spec.commandLine().getOut();
        o.println(json);
        o.flush();
      } else {
        Files.writeString(out, json + "\n", StandardCharsets.UTF_8);
        err.printf(
            "wrote %d resources (%d sessions, %d sets) for %s to %s%n",
            bundle.getEntry().size(),
            records.sessions().size(),
            records.sets().size(),
            patient,
            out);
      }
      err.flush();
      return 0;
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("error: " + CliErrors.describe(e));
      err.flush();
      return 1;
    } catch (IOException e) {
      // the store is the only thing read over the network; a dead one says "null" otherwise
      err.println(
          storeUrl == null
              ? "error: " + CliErrors.describe(e)
              : "error: cannot read the store at "
                  + storeUrl
                  + ": "
                  + CliErrors.describe(e)
                  + " (is it running? --store-url is QuestDB's HTTP address)");
      err.flush();
      return 1;
    }
  }

  private StoreCredentials storeCredentials() {
    String password = System.getenv("PLANTARIS_STORE_PASSWORD");
    return password == null || password.isEmpty()
        ? null
        : new StoreCredentials(storeUser, password);
  }
}
