package io.plantaris.cli.programme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantaris.analysis.RepFlag;
import io.plantaris.analysis.RmSignal;
import io.plantaris.programme.SessionOutcome;
import io.plantaris.programme.SetOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a session outcome from the output of {@code analyze --json}. */
final class AnalyzeJsonSession {
  private AnalyzeJsonSession() {}

  static SessionOutcome read(Path file, String sessionId, String patientId, Instant at) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read session file " + file, e);
    }
    if (root == null || !root.path("sets").isArray() || root.path("sets").isEmpty()) {
      throw new IllegalArgumentException(
          "session file " + file + " has no sets (expected the output of analyze --json)");
    }
    Map<Integer, Integer> heel = new HashMap<>();
    for (JsonNode rep : root.path("reps")) {
      boolean heelLoaded = false;
      for (JsonNode reason : rep.path("reasons")) {
        heelLoaded |= isHeelLoading(reason.asText());
      }
      if (heelLoaded) {
        heel.merge(rep.path("set").asInt(), 1, Integer::sum);
      }
    }
    List<SetOutcome> sets = new ArrayList<>();
    for (JsonNode s : root.path("sets")) {
      int index = s.path("index").asInt();
      int reps = s.path("repCount").asInt();
      int valid = s.path("validReps").asInt();
      sets.add(
          new SetOutcome(
              index,
              reps,
              valid,
              s.path("tempoAdherence").isNumber()
                  ? s.path("tempoAdherence").asDouble()
                  : Double.NaN, // null: the insoles could not time the phases
              Math.min(heel.getOrDefault(index, 0), reps - valid),
              RmSignal.valueOf(s.path("rmSignal").asText())));
    }
    return new SessionOutcome(sessionId, patientId, at, sets);
  }

  private static boolean isHeelLoading(String flag) {
    try {
      return SetOutcome.HEEL_LOADING.contains(RepFlag.valueOf(flag));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
