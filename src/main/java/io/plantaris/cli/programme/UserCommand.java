package io.plantaris.cli.programme;

import io.plantaris.access.PasswordHasher;
import io.plantaris.access.Role;
import io.plantaris.access.User;
import io.plantaris.access.UserStore;
import io.plantaris.registry.JsonFileRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code programme user add}: a dashboard login, its password read from stdin and hashed. */
@Command(name = "user", description = "Dashboard users.", subcommands = UserCommand.Add.class)
final class UserCommand {

  /** Adds one user; the password never appears on the command line or in the shell history. */
  @Command(
      name = "add",
      description = "Add a user: patient (own data), clinician (assigned patients) or admin.")
  static final class Add extends Leaf {
    @Option(names = "--id", required = true)
    String id;

    @Option(names = "--role", required = true, description = "patient, clinician or admin")
    String role;

    @Option(names = "--patient", description = "the patient id a patient user stands for")
    String patient;

    @Option(
        names = "--clinician",
        description = "the clinician id a clinician user stands for (default: --id)")
    String clinician;

    @Option(
        names = "--password-stdin",
        required = true,
        description = "read the password from the first line of standard input")
    boolean passwordStdin;

    @Override
    void run(JsonFileRegistry registry, PrintWriter out) {
      Role r = Role.parse(role);
      String subject =
          switch (r) {
            case PATIENT -> {
              if (patient == null) {
                throw new IllegalArgumentException("a patient user needs --patient");
              }
              registry
                  .patient(patient)
                  .orElseThrow(() -> new IllegalArgumentException("no patient " + patient));
              yield patient;
            }
            case CLINICIAN -> {
              String c = clinician == null ? id : clinician;
              if (registry.clinicians().stream().noneMatch(x -> x.id().equals(c))) {
                throw new IllegalArgumentException("no clinician " + c);
              }
              yield c;
            }
            case ADMIN -> null;
          };
      char[] password = readPassword();
      UserStore store = new UserStore(UserStore.besideRegistry(registryFile));
      store.add(new User(id, r, subject, new PasswordHasher().hash(password)));
      out.println(
          "user "
              + id
              + " ("
              + r.label()
              + (subject == null ? "" : " " + subject)
              + ") added to "
              + store.path());
    }

    private static char[] readPassword() {
      try {
        String line =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
          throw new IllegalArgumentException("no password on standard input");
        }
        return line.toCharArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
