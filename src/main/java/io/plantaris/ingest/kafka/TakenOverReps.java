package io.plantaris.ingest.kafka;

import io.plantaris.ingest.RepVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reps a former replica stored of the sets it left open, per person, read from the committed
 * offsets' metadata: re-analysing such a set from its start finds them again, and each one found is
 * passed over once. A rep is the same rep when its side matches and its hold starts within {@link
 * #TOLERANCE_MICROS} (both replicas map device time to the bridge's receive times, which agree to
 * within the jitter of the first sample each saw).
 */
final class TakenOverReps {
  static final long TOLERANCE_MICROS = 400_000;

  private final Map<String, List<String>> byPerson = new ConcurrentHashMap<>();

  static String key(RepVerdict v) {
    return v.rep().side().name() + ":" + v.rep().holdStartMicros();
  }

  void add(Map<String, List<String>> stored) {
    stored.forEach((p, reps) -> byPerson.computeIfAbsent(p, k -> new ArrayList<>()).addAll(reps));
  }

  void forget(String personId) {
    byPerson.remove(personId);
  }

  /** True (and the rep is crossed off) when {@code v} was stored by the former replica. */
  boolean storedBefore(RepVerdict v) {
    List<String> reps = byPerson.get(v.personId());
    if (reps == null) {
      return false;
    }
    String side = v.rep().side().name() + ":";
    synchronized (reps) {
      for (int i = 0; i < reps.size(); i++) {
        String k = reps.get(i);
        if (k.startsWith(side)
            && Math.abs(Long.parseLong(k.substring(side.length())) - v.rep().holdStartMicros())
                <= TOLERANCE_MICROS) {
          reps.remove(i);
          return true;
        }
      }
    }
    return false;
  }
}
