package io.plantaris.cli.programme;

import io.plantaris.access.AccessStores;
import io.plantaris.access.PasswordHasher;
import io.plantaris.access.PasswordPolicy;
import io.plantaris.access.Role;
import io.plantaris.access.Totp;
import io.plantaris.access.User;
import io.plantaris.access.jdbc.AccessImport;
import io.plantaris.access.jdbc.JdbcAccess;
import io.plantaris.dashboard.DashboardConfig;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.registry.jdbc.JdbcProgrammeRepository;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code programme user add|remove|passwd|mfa}: dashboard logins in the programme's database,
 * passwords read from stdin, checked against the password policy and hashed. A removed user's or a
 * changed password's sessions end at once, on every replica; the audit log says how many.
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
  /** A user subcommand on the database's access stores, after the one-time import of the files. */
  abstract static class UserLeaf extends Leaf {
    abstract void run(JdbcProgrammeRepository db, AccessStores access, PrintWriter out);

    @Override
    void run(ProgrammeRegistry registry, PrintWriter out) {
      throw new IllegalStateException("user commands run on the database itself");
    }

    @Override
    void runOn(JdbcProgrammeRepository db, PrintWriter out) {
      DashboardConfig files = new DashboardConfig(registryFile, null, null, false);
      AccessImport.Report r = AccessImport.run(files.usersFile(), files.auditFile(), db.database());
      if (r.movedAnything()) {
        out.println(r.summary());
      }
      run(db, JdbcAccess.on(db.database()), out);
    }
  }

  /** Removes a user; their open sessions end at once, on every replica. */
  @Command(name = "remove", description = "Remove a user; their sessions end at once.")
  static final class Remove extends UserLeaf {
    @Option(names = "--id", required = true)
    String id;

    @Override
    void run(JdbcProgrammeRepository db, AccessStores access, PrintWriter out) {
      User u =
          access
              .users()
              .find(id)
              .orElseThrow(
                  () -> new IllegalArgumentException("no user '" + id + "' in " + db.url()));
      int ended = access.sessions().closeUser(id);
      access.users().remove(id); // and any session opened meanwhile, in the same transaction
      access
          .audit()
          .record(
              id, u.role().label(), "logout", null, ended + " session(s)", "ended: user removed");
      out.println("user " + id + " removed from " + db.url() + "; their sessions end now");
    }
  }

  /** Sets a new password read from stdin; the user's open sessions end. */
  @Command(name = "passwd", description = "Set a user's password (stdin); their sessions end.")
  static final class Passwd extends UserLeaf {
    @Option(names = "--id", required = true)
    String id;

    @Option(
        names = "--password-stdin",
        required = true,
        description = "read the password from the first line of standard input")
    boolean passwordStdin;

    @Override
    void run(JdbcProgrammeRepository db, AccessStores access, PrintWriter out) {
      User u =
          access
              .users()
              .find(id)
              .orElseThrow(() -> new IllegalArgumentException("no user '" + id + "'"));
      char[] password = Add.readPassword();
      PasswordPolicy.require(id, password);
      String hash = new PasswordHasher().hash(password);
      changed(access, u, x -> x.withPasswordHash(hash));
      out.println("password of " + id + " changed; their sessions end now");
    }
  }

  /** Changes a user, ends their sessions and says so in the audit log. */
  static void changed(AccessStores access, User u, java.util.function.UnaryOperator<User> change) {
    int ended = access.sessions().closeUser(u.id());
    access.users().update(u.id(), change); // ends any session opened meanwhile, too
    access
        .audit()
        .record(
            u.id(),
            u.role().label(),
            "logout",
            null,
            ended + " session(s)",
            "ended: password or role changed");
  }

  /** Enrols a TOTP second factor: prints the secret and the otpauth URI for the app, once. */
  @Command(
      name = "mfa",
      description = "Enrol an authenticator app (TOTP) for a user; prints its secret once.")
  static final class Mfa extends UserLeaf {
    @Option(names = "--id", required = true)
    String id;

    @Override
    void run(JdbcProgrammeRepository db, AccessStores access, PrintWriter out) {
      User u =
          access
              .users()
              .find(id)
              .orElseThrow(() -> new IllegalArgumentException("no user '" + id + "'"));
      String secret = Totp.newSecret();
      changed(access, u, x -> x.withTotpSecret(secret));
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
  static final class Add extends UserLeaf {
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
    void run(JdbcProgrammeRepository registry, AccessStores access, PrintWriter out) {
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
      access.users().add(new User(id, r, subject, new PasswordHasher().hash(password)));
      out.println(
          "user "
              + id
              + " ("
              + r.label()
              + (subject == null ? "" : " " + subject)
              + ") added to "
              + registry.url());
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
