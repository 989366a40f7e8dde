package io.plantaris.progression;

import io.plantaris.programme.Change;
import io.plantaris.programme.Decision;
import io.plantaris.programme.DecisionStatus;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.ProgrammeService;
import io.plantaris.programme.SessionOutcome;
import io.plantaris.store.SpoolException;
import io.plantaris.store.TimeSeriesStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The programme's use cases with every record also written to the time-series store. One lock
 * serialises them: the registry's read-then-append (is it still proposed? which version is next?)
 * must not interleave.
 */
final class ProgrammeRecords {
  private static final Logger log = LoggerFactory.getLogger(ProgrammeRecords.class);

  private final ProgrammeService service;
  private final TimeSeriesStore store;

  /**
   * @param store null when storing is off
   */
  ProgrammeRecords(ProgrammeService service, TimeSeriesStore store) {
    this.service = service;
    this.store = store;
  }

  /**
   * @throws IllegalStateException when no prescription is in force for the session
   */
  synchronized Decision session(SessionOutcome outcome, Instant now) {
    Decision d;
    try {
      d = service.recordSession(outcome, now);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    toStore(d);
    return d;
  }

  /**
   * Keeps a pain report in the store's spool, then in the registry: when the spool refuses it (disk
   * full, too large) the registry is not written either and {@link SpoolException} says why, so the
   * two never disagree on what the patient reported.
   *
   * @throws SpoolException when the store's spool cannot keep the report
   */
  synchronized Optional<Decision> pain(PainReport report) {
    if (store != null) {
      store.recordPain(report); // first: a refusal leaves nothing written anywhere
    }
    Optional<Decision> d;
    try {
      d = service.recordPain(report);
    } catch (IllegalArgumentException e) { // e.g. no prescription: the report itself is kept
      log.warn("no decision after the pain report of {}: {}", report.patientId(), e.getMessage());
      return Optional.empty();
    }
    d.ifPresent(this::toStore);
    return d;
  }

  List<Decision> newestFirst(String patientId) {
    return reversed(service.currentDecisions(patientId));
  }

  Map<String, List<Decision>> proposedNewestFirst(Collection<String> patientIds) {
    Map<String, List<Decision>> out = new LinkedHashMap<>();
    service.proposedDecisions(patientIds).forEach((id, all) -> out.put(id, reversed(all)));
    return out;
  }

  private static List<Decision> reversed(List<Decision> oldestFirst) {
    List<Decision> all = new ArrayList<>(oldestFirst);
    Collections.reverse(all);
    return all;
  }

  synchronized Decision review(
      String patientId,
      String decisionId,
      String reviewerId,
      Change replacement,
      String note,
      Instant at) {
    Decision current =
        service.currentDecisions(patientId).stream()
            .filter(d -> d.id().equals(decisionId))
            .findFirst()
            .orElseThrow(
                () ->
                    new NoSuchElementException(
                        "no decision " + decisionId + " for patient " + patientId));
    if (current.status() != DecisionStatus.PROPOSED) {
      throw new IllegalStateException(
          "decision " + decisionId + " was already " + current.status().name().toLowerCase());
    }
    Decision reviewed = service.review(patientId, decisionId, reviewerId, replacement, note, at);
    toStore(reviewed);
    return reviewed;
  }

  private void toStore(Decision d) {
    if (store != null) {
      write(() -> store.recordDecision(d), "decision " + d.id());
    }
  }

  // The registry holds the record already; a store that refuses it shows in /health.
  private static void write(Runnable w, String what) {
    try {
      w.run();
    } catch (RuntimeException e) {
      log.error("{} not written to the time-series store: {}", what, e.toString());
    }
  }
}
