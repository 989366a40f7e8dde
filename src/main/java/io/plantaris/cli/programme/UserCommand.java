package io.plantaris.cli.programme;

import io.plantaris.access.PasswordHasher;
import io.plantaris.access.PasswordPolicy;
import io.plantaris.access.Role;
import io.plantaris.access.Totp;
import io.plantaris.access.User;
import io.plantaris.access.UserStore;
import io.plantaris.registry.ProgrammeRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code programme user add|remove|passwd|mfa}: dashboard logins, passwords read from stdin,
 * checked against the password policy and hashed. The service sees every change at the user's next
 * request: a removed user's or a changed password's sessions end then.
 */
@Command(
    name = "user",
    description = "Dashboard users.",
    subcommands = {
      UserCommand.Add.class,
      UserCommand.Remove.class,
      UserCommand.Passwd.class,
      UserCommand.Mfa.class
    })
final class UserCommand {
  static UserStore store(Path registryFile) {
    return new UserStore(UserStore.besideRegistry(registryFile));
  }

  /** Removes a user; their open sessions end at their next request. */
  @Command(name = "remove", description = "Remove a user; their sessions end at once.")
  static final class Remove extends Leaf {
    @Option(names = "--id", required = true)
    String id;

    @Override
    void run(ProgrammeRegistry registry, PrintWriter out) {
      UserStore store = store(registryFile);
      if (!store.remove(id)) {
        throw new IllegalArgumentException("no user '" + id + "' in " + store.path());
      }
      out.println("user " + id + " removed from " + store.path() + "; their sessions end now");
    }
  }

  /** Sets a new password read from stdin; the user's open sessions end. */
  @Command(name = "passwd", description = "Set a user's password (stdin); their sessions end.")
  static final class Passwd extends Leaf {
    @Option(names = "--id", required = true)
    String id;

    @Option(
        names = "--password-stdin",
        required = true,
        description = "read the password from the first line of standard input")
    boolean passwordStdin;

    @Override
    void run(ProgrammeRegistry registry, PrintWriter out) {
      UserStore store = store(registryFile);
      store.find(id).orElseThrow(() -> new IllegalArgumentException("no user '" + id + "'"));
      char[] password = Add.readPassword();
      PasswordPolicy.require(id, password);
      String hash = new PasswordHasher().hash(password);
      store.update(id, u -> u.withPasswordHash(hash));
      out.println("password of " + id + " changed; their sessions end now");
    }
  }

  /** Enrols a TOTP second factor: prints the secret and the otpauth URI for the app, once. */
  @Command(
      name = "mfa",
      description = "Enrol an authenticator app (TOTP) for a user; prints its secret once.")
  static final class Mfa extends Leaf {
    @Option(names = "--id", required = true)
    String id;

    @Override
    void run(ProgrammeRegistry registry, PrintWriter out) {
      String secret = Totp.newSecret();
      store(registryFile).update(id, u -> u.withTotpSecret(secret));
      out.println("secret: " + secret);
      out.println("uri: " + Totp.uri("Plantaris", id, secret));
      out.println(
          "add it to the authenticator app of "
              + id
              + " now: it is not shown again;"
              + " their sessions end and the next login asks for a code");
    }
  }

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
    void run(ProgrammeRegistry registry, PrintWriter out) {
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
      PasswordPolicy.require(id, password);
      UserStore store = store(registryFile);
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

    static char[] readPassword() {
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
