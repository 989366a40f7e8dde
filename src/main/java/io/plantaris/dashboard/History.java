package io.plantaris.dashboard;

import io.plantaris.programme.Decision;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.store.HistoryReader;
import io.plantaris.store.RepCurve;
import io.plantaris.store.StoredRep;
import io.plantaris.store.StoredSession;
import io.plantaris.store.StoredSet;
import io.plantaris.store.TimeSeriesStore;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A patient's history as the clinician's pages read it: reps, sets and sessions from the store,
 * pain from the store and the registry together, the prescription in force at a time. Any failure
 * to read becomes {@link StoreUnavailable}, answered with 503 and what is wrong.
 */
final class History {
  private final Dashboard d;

  History(Dashboard d) {
    this.d = d;
  }

  private HistoryReader reader() {
    TimeSeriesStore store = d.store;
    if (store == null) {
      throw new StoreUnavailable(
          "no history: storing is off in this service's configuration (store: section)", null);
    }
    try {
      return store.reader();
    } catch (IllegalStateException e) {
      throw new StoreUnavailable(e.getMessage(), e);
    }
  }

  /** A read from the store that may fail. */
  private interface Read<R> {
    R from(HistoryReader r) throws IOException;
  }

  private <R> R read(Read<R> q) {
    try {
      return q.from(reader());
    } catch (IOException | RuntimeException e) {
      if (e instanceof StoreUnavailable s) {
        throw s;
      }
      throw new StoreUnavailable("the time-series store did not answer: " + e.getMessage(), e);
    }
  }

  List<StoredSession> sessions(String patient, Instant from, Instant to) {
    return read(r -> r.sessions(patient, from, to));
  }

  List<StoredSet> sets(String patient, Instant from, Instant to) {
    return read(r -> r.sets(patient, from, to));
  }

  List<StoredRep> reps(String patient, Instant from, Instant to) {
    return read(r -> r.reps(patient, from, to));
  }

  /** The reps' stored curves; none from a store whose reader cannot read curves. */
  List<RepCurve> repCurves(String patient, Instant from, Instant to) {
    return read(
        r -> {
          try {
            return r.repCurves(patient, from, to);
          } catch (UnsupportedOperationException e) {
            return List.of();
          }
        });
  }

  /**
   * Pain ratings in {@code [from, to)}, oldest first: the store's, and the registry's that the
   * store lacks (the live service writes both; reports given while the store was off are only in
   * the registry).
   */
  List<Pain> pain(String patient, Instant from, Instant to) {
    return pain(
        patient,
        from,
        to,
        d.registry.painReports(patient).stream()
            .filter(p -> !p.at().isBefore(from) && p.at().isBefore(to))
            .toList());
  }

  private List<Pain> pain(String patient, Instant from, Instant to, List<PainReport> registryPain) {
    return merged(read(r -> r.painReports(patient, from, to)), registryPain);
  }

  /**
   * {@link #pain(String, Instant, Instant)} of each patient, from one read of the store for them
   * all and the registry's reports in the range read already.
   */
  Map<String, List<Pain>> pain(
      Collection<String> patients,
      Instant from,
      Instant to,
      Map<String, List<PainReport>> registryPain) {
    Map<String, List<PainReport>> stored = read(r -> r.painReports(patients, from, to));
    Map<String, List<Pain>> out = new LinkedHashMap<>();
    for (String p : patients) {
      out.put(p, merged(stored.get(p), registryPain.getOrDefault(p, List.of())));
    }
    return out;
  }

  Map<String, List<StoredSession>> sessions(Collection<String> patients, Instant from, Instant to) {
    return read(r -> r.sessions(patients, from, to));
  }

  Map<String, List<StoredRep>> reps(Collection<String> patients, Instant from, Instant to) {
    return read(r -> r.reps(patients, from, to));
  }

  private static List<Pain> merged(List<PainReport> stored, List<PainReport> registryPain) {
    Set<Pain> out = new LinkedHashSet<>();
    stored.forEach(p -> out.add(Pain.of(p)));
    registryPain.forEach(p -> out.add(Pain.of(p)));
    List<Pain> sorted = new ArrayList<>(out);
    sorted.sort(Comparator.comparing(Pain::at));
    return sorted;
  }

  /** The prescription version in force at {@code at}; empty when the registry has none. */
  Optional<PrescriptionVersion> prescription(String patient, Instant at) {
    return d.registry.prescriptions(patient).at(at);
  }

  Optional<PrescriptionVersion> latestPrescription(String patient) {
    return d.registry.prescriptions(patient).latest();
  }

  /**
   * The decision taken on this session: the one naming it, else the first one decided between the
   * session's start and a day after its end (decisions made before session ids were shared).
   */
  Decision decisionFor(String patient, String sessionId, Instant start, Instant end) {
    List<Decision> all = new ArrayList<>(d.programme.decisions(patient));
    java.util.Collections.reverse(all); // oldest first: the first decided after the session
    Instant until = end.plus(Duration.ofDays(1));
    Decision byTime = null;
    for (Decision x : all) {
      if (x.sessionId().equals(sessionId)) {
        return x;
      }
      if (byTime == null && !x.decidedAt().isBefore(start) && x.decidedAt().isBefore(until)) {
        byTime = x;
      }
    }
    return byTime;
  }
}
