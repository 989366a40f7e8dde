package io.plantaris.cli.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.access.JsonUserStore;
import io.plantaris.access.Role;
import io.plantaris.access.User;
import io.plantaris.cli.PlantarisCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ProgrammeCommandTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  Run run(String... args) {
    CommandLine cli = PlantarisCli.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--registry";
    all[args.length + 1] = dir.resolve("registry.json").toString();
    return new Run(cli.execute(all), out.toString(), err.toString());
  }

  /** Three sets of 12 reps from analyze --json; the third set's last rep heel-loaded at the top. */
  Path analyzeJson(int validInLastSet) throws Exception {
    StringBuilder reps = new StringBuilder();
    StringBuilder sets = new StringBuilder();
    for (int set = 1; set <= 3; set++) {
      int valid = set == 3 ? validInLastSet : 12;
      for (int i = 1; i <= 12; i++) {
        String reasons = i > valid ? "\"HEEL_LOADED_AT_TOP\"" : "";
        reps.append(reps.length() == 0 ? "" : ",")
            .append("{\"set\":" + set + ",\"index\":" + i + ",\"reasons\":[" + reasons + "]}");
      }
      sets.append(sets.length() == 0 ? "" : ",")
          .append(
              "{\"index\":"
                  + set
                  + ",\"repCount\":12,\"validReps\":"
                  + valid
                  + ",\"tempoAdherence\":0.9,\"rmSignal\":\"COMPLETED_WITH_RESERVE\"}");
    }
    Path f = dir.resolve("session.json");
    Files.writeString(f, "{\"reps\":[" + reps + "],\"sets\":[" + sets + "]}");
    return f;
  }

  @Test
  void fromRegistrationToAProposalWithItsReasons() throws Exception {
    assertThat(run("programme", "clinician", "add", "--id", "c1", "--name", "Dr Berg").exit())
        .isZero();
    Run added =
        run(
            "programme",
            "patient",
            "add",
            "--id",
            "p1",
            "--name",
            "Ann",
            "--clinician",
            "c1",
            "--start",
            "2024-03-04T07:00:00Z");
    assertThat(added.out()).contains("prescription v1 from 2024-03-04T07:00:00Z: 12RM x 3 sets");
    assertThat(
            run(
                    "programme",
                    "insole",
                    "add",
                    "--device",
                    "R-7",
                    "--patient",
                    "p1",
                    "--side",
                    "right")
                .exit())
        .isZero();
    Run edit =
        run(
            "programme",
            "prescription",
            "edit",
            "--patient",
            "p1",
            "--by",
            "c1",
            "--load-kg",
            "6",
            "--at",
            "2024-03-05T07:00:00Z");
    assertThat(edit.out()).contains("v2 from 2024-03-05T07:00:00Z: 12RM x 3 sets at 6 kg");

    Run decided =
        run(
            "programme",
            "decide",
            "--patient",
            "p1",
            "--session-file",
            analyzeJson(11).toString(),
            "--session-id",
            "s1",
            "--at",
            "2024-03-06T18:00:00Z");
    assertThat(decided.out()).contains("d-s1-s  PROPOSED  KEEP", "KEEP_AWAITING_PAIN");
    assertThat(decided.out()).contains("heel-loading flags 1/36 reps");
    run(
        "programme",
        "pain",
        "--patient",
        "p1",
        "--kind",
        "during",
        "--score",
        "2",
        "--at",
        "2024-03-06T18:05:00Z");
    Run morning =
        run(
            "programme",
            "pain",
            "--patient",
            "p1",
            "--kind",
            "next-morning",
            "--score",
            "2",
            "--at",
            "2024-03-07T07:30:00Z");

    assertThat(morning.out())
        .contains("d-s1-m  PROPOSED  KEEP", "rule KEEP_AT_RM")
        .contains("because valid reps 12, 12, 11 of 12 at 6 kg: the load is at 12RM, keep 6 kg");

    Run review =
        run(
            "programme",
            "review",
            "--patient",
            "p1",
            "--decision",
            "d-s1-m",
            "--by",
            "c1",
            "--override",
            "INCREASE_LOAD",
            "--load-change-kg",
            "1",
            "--note",
            "good form");
    assertThat(review.out()).contains("OVERRIDDEN", "replaced by add 1 kg (good form)");
    assertThat(review.out()).contains("prescription now v3: 12RM x 3 sets at 7 kg");
    assertThat(run("programme", "decisions", "--patient", "p1", "--all").out())
        .contains("d-s1-m  PROPOSED", "d-s1-m  OVERRIDDEN");
  }

  @Test
  void theFirstUserCommandMovesAnOldUsersFileInAndTheAuditSaysWhatItDid() {
    run("programme", "clinician", "add", "--id", "c1", "--name", "Dr Berg");
    run("programme", "patient", "add", "--id", "p1", "--name", "Ann", "--clinician", "c1");
    new JsonUserStore(JsonUserStore.besideRegistry(dir.resolve("registry.json")))
        .add(new User("ann", Role.PATIENT, "p1", "$argon2id$v=19$m=1,t=1,p=1$AA$AA"));
    Run removed = run("programme", "user", "remove", "--id", "ann");
    assertThat(removed.exit()).isZero();
    assertThat(removed.out())
        .startsWith("imported 1 user(s) and 0 audit line(s) into the database; renamed [users.json")
        .contains("user ann removed from jdbc:h2:file:");
    assertThat(dir.resolve("users.json")).doesNotExist();
    assertThat(dir.resolve("users.json.imported")).exists();
    Run audit = run("programme", "audit", "--last", "5");
    assertThat(audit.exit()).isZero();
    assertThat(audit.out())
        .contains("user=ann role=patient action=logout patient=- what=0_session(s)")
        .contains("outcome=ended:_user_removed");
    // the next command finds the users in the database and imports nothing again
    assertThat(run("programme", "user", "remove", "--id", "ann").err())
        .startsWith("error: no user 'ann' in jdbc:h2:file:");
  }

  @Test
  void invalidInputIsOneClearLineAndExitOne() {
    run("programme", "clinician", "add", "--id", "c1", "--name", "Dr Berg");
    run("programme", "patient", "add", "--id", "p1", "--name", "Ann", "--clinician", "c1");

    Run badScore = run("programme", "pain", "--patient", "p1", "--kind", "during", "--score", "11");
    Run badKind = run("programme", "pain", "--patient", "p1", "--kind", "later", "--score", "1");
    Run stranger =
        run("programme", "prescription", "edit", "--patient", "p1", "--by", "c9", "--load-kg", "2");

    assertThat(badScore.exit()).isEqualTo(1);
    assertThat(badScore.err().strip()).isEqualTo("error: pain score must be 0-10, was 11");
    assertThat(badKind.err()).contains("--kind must be before, during or next-morning, was later");
    assertThat(stranger.err()).contains("clinician 'c9' is not assigned to patient p1");
  }

  @Test
  void anInsoleGetsAnMqttSecretOnceAndOnlyWhenRegistered() throws Exception {
    run("programme", "clinician", "add", "--id", "c1", "--name", "Dr Berg");
    run("programme", "patient", "add", "--id", "p1", "--name", "Ann", "--clinician", "c1");
    Run unknown = run("programme", "insole", "credential", "--device", "PL-9");
    run("programme", "insole", "add", "--device", "PL-1", "--patient", "p1", "--side", "left");
    Run issued = run("programme", "insole", "credential", "--device", "PL-1");
    String file = Files.readString(dir.resolve("device-credentials.json"));
    Run revoked = run("programme", "insole", "credential", "--device", "PL-1", "--revoke");

    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).contains("no insole PL-9 in the registry");
    assertThat(issued.exit()).isZero();
    String secret =
        issued
            .out()
            .lines()
            .filter(l -> l.startsWith("MQTT password:"))
            .findFirst()
            .orElseThrow()
            .substring("MQTT password:".length())
            .strip();
    assertThat(issued.out()).contains("MQTT user name: PL-1");
    assertThat(secret).hasSizeGreaterThanOrEqualTo(32);
    assertThat(file).contains("PL-1").doesNotContain(secret);
    assertThat(revoked.out()).contains("secret of PL-1 revoked");
    assertThat(Files.readString(dir.resolve("device-credentials.json"))).doesNotContain("PL-1");
  }
}
