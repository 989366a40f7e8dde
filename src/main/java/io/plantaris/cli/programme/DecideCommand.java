package io.plantaris.cli.programme;

import io.plantaris.programme.Decision;
import io.plantaris.programme.SessionOutcome;
import io.plantaris.registry.ProgrammeRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code programme decide}: records a session from analyze --json and proposes the next step. */
@Command(
    name = "decide",
    description =
        "Record a session (the output of analyze --json) and show the proposed next step with"
            + " its reasons; without --session-file, re-decide on the latest session.")
final class DecideCommand extends Leaf {
  @Option(names = "--patient", required = true)
  String patient;

  @Option(names = "--session-file", description = "output of analyze --json")
  Path sessionFile;

  @Option(names = "--session-id", description = "default: s- and the session time")
  String sessionId;

  @Option(names = "--at", description = "when the session ended, ISO-8601 (default: now)")
  String at;

  @Override
  void run(ProgrammeRegistry r, PrintWriter out) {
    if (r.patient(patient).isEmpty()) {
      throw new IllegalArgumentException("unknown patient '" + patient + "'");
    }
    Instant when = at(at);
    Decision d;
    if (sessionFile != null) {
      String id = sessionId != null ? sessionId : "s-" + when.getEpochSecond();
      SessionOutcome s = AnalyzeJsonSession.read(sessionFile, id, patient, when);
      d = service(r).recordSession(s, when);
    } else {
      SessionOutcome latest =
          r.sessions(patient).stream()
              .reduce((a, b) -> b)
              .orElseThrow(() -> new IllegalArgumentException("no sessions for " + patient));
      d = service(r).decide(latest, at == null ? Instant.now() : when);
    }
    DecisionText.print(d, out);
  }
}
