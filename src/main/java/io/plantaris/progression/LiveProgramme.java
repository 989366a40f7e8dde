package io.plantaris.progression;

import io.plantaris.ingest.BlindSpell;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.SetFinished;
import io.plantaris.programme.Change;
import io.plantaris.programme.Decision;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.ProgrammeService;
import io.plantaris.programme.ProgressionConfig;
import io.plantaris.programme.ProgressionEngine;
import io.plantaris.programme.SessionOutcome;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.store.TimeSeriesStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progression engine in the running service: listens to the live pipeline, decides when a
 * patient's session has ended (the gap elapsed with nothing new, the patient pressed "I'm done", or
 * the service stops), proposes the next step, and keeps every decision and review in the registry
 * and, when storing is on, in the time-series store.
 */
public final class LiveProgramme implements SessionListener, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(LiveProgramme.class);

  private final LiveProgrammeConfig config;
  private final ProgrammeRegistry registry;
  private final Clock clock;
  private final ProgrammeRecords records;
  private final SessionTracker tracker;
  private volatile ScheduledExecutorService scheduler;
  private volatile Function<String, CompletableFuture<Void>> setCloser;
  private volatile OpenSessionFile openFile;

  /** How long "I'm done" waits for the pipeline to close the set still running. */
  static final long CLOSE_SET_WAIT_MILLIS = 3_000;

  /**
   * @param store null when storing is off
   */
  public LiveProgramme(
      LiveProgrammeConfig config, ProgrammeRegistry registry, TimeSeriesStore store, Clock clock) {
    this.config = config;
    this.registry = registry;
    this.clock = clock;
    this.records =
        new ProgrammeRecords(
            new ProgrammeService(registry, new ProgressionEngine(ProgressionConfig.defaults())),
            store);
    this.tracker =
        new SessionTracker(
            config.sessionGapMillis(), clock::millis, registry::patientOf, this::endedByGap);
  }

  /**
   * Keeps the open sessions in the folder {@code file} (one file per patient) after every rep and
   * set and takes up the ones it holds: a restart mid-session carries the same session on, and
   * stopping the service leaves its open sessions to be continued (or ended by the gap) instead of
   * deciding on them.
   */
  public void keepOpenSessionsIn(java.nio.file.Path file) {
    OpenSessionFile f = new OpenSessionFile(file);
    try {
      List<OpenSessionFile.Saved> saved = f.load();
      tracker.restore(saved);
      if (!saved.isEmpty()) {
        log.info("{} open session(s) carried on from {}", saved.size(), file);
      }
    } catch (RuntimeException e) {
      log.error("open sessions not carried on: {}", e.toString());
    }
    tracker.onChange(
        (patient, saved) -> {
          try {
            f.save(patient, saved);
          } catch (RuntimeException e) {
            log.error("open sessions not kept: {}", e.toString());
          }
        });
    openFile = f;
  }

  /**
   * How to close a patient's set still running in the pipeline, so "I'm done" right after the last
   * rep decides on every set (the future completes once the set's summary was delivered).
   */
  public void closeRunningSetsWith(Function<String, CompletableFuture<Void>> closer) {
    setCloser = closer;
  }

  /** Sets of the patient's open session so far, for the live analysis's numbering; 0 if none. */
  public int setsDone(String patientId) {
    return tracker.setsDone(patientId);
  }

  /** Checks for idle sessions every {@code idleCheckMillis} on a thread of its own. */
  public void start() {
    ScheduledExecutorService s =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "programme-sessions");
              t.setDaemon(true);
              return t;
            });
    s.scheduleWithFixedDelay(
        this::endIdleSessions,
        config.idleCheckMillis(),
        config.idleCheckMillis(),
        TimeUnit.MILLISECONDS);
    scheduler = s;
  }

  @Override
  public void onRep(RepVerdict verdict) {
    tracker.onRep(verdict);
  }

  @Override
  public void onSet(SetFinished set) {
    tracker.onSet(set);
  }

  @Override
  public void onBlind(BlindSpell spell) {
    tracker.onBlind(spell);
  }

  /** Now by the programme's clock, to the microsecond the store keeps. */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Ends the patient's open session ("I'm done") and decides on it.
   *
   * @return empty when no session is open
   * @throws IllegalStateException when the session cannot be decided on (no set finished yet: it
   *     stays open; no prescription in force; the insoles said they could not see a heel raise and
   *     none was counted: it is closed, with nothing to decide on); the message says which
   */
  public Optional<Decision> endSession(String patientId) {
    closeRunningSet(patientId);
    Optional<OpenSession> s = tracker.end(patientId);
    if (s.isPresent() && nothingSeen(s.get())) {
      throw new IllegalStateException(
          "the insole could not see a heel raise for "
              + s.get().unseenMillis() / 1000
              + " s of the session of "
              + patientId
              + " and counted none: nothing to decide on");
    }
    return s.map(this::decide);
  }

  /** A session of nothing but times an insole could not see: logged, nothing to decide on. */
  private static boolean nothingSeen(OpenSession s) {
    if (!s.sets.isEmpty() || !s.reps.isEmpty()) {
      return false;
    }
    log.info(
        "session of {} ended with no rep seen: the insole could not see for {} s ({})",
        s.patientId,
        s.unseenMillis() / 1000,
        s.unseenReason());
    return true;
  }

  private void closeRunningSet(String patientId) {
    Function<String, CompletableFuture<Void>> c = setCloser;
    if (c == null) {
      return;
    }
    try {
      c.apply(patientId).get(CLOSE_SET_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      log.warn("the running set of {} did not close: {}", patientId, e.toString());
    }
  }

  /** Ends and decides on every session idle for longer than the gap. */
  public List<Decision> endIdleSessions() {
    return decideQuietly(tracker.endIdle());
  }

  /**
   * Keeps the report and, for a next-morning report after a session, the decision it prompts.
   *
   * @throws io.plantaris.store.SpoolException when the store cannot keep it (nothing is kept)
   */
  public Optional<Decision> recordPain(PainReport report) {
    return records.pain(report);
  }

  /** Every decision of the patient as it stands now, newest first. */
  public List<Decision> decisions(String patientId) {
    return records.newestFirst(patientId);
  }

  /**
   * Per patient, the decisions waiting for a review, newest first: those of {@link
   * #decisions(String)} still proposed, read at once for a clinician's overview.
   */
  public Map<String, List<Decision>> proposedDecisions(Collection<String> patientIds) {
    return records.proposedNewestFirst(patientIds);
  }

  /**
   * A clinician's review: accepts the proposal ({@code replacement} null) or overrides it, and
   * applies the step to the prescription.
   *
   * @throws NoSuchElementException when the patient has no such decision
   * @throws IllegalStateException when it was reviewed already
   * @throws IllegalArgumentException when the review does not fit (nothing is written)
   */
  public Decision review(
      String patientId, String decisionId, String reviewerId, Change replacement, String note) {
    return records.review(patientId, decisionId, reviewerId, replacement, note, now());
  }

  private Decision decide(OpenSession open) {
    Instant now = now();
    SessionOutcome outcome =
        open.outcome(now)
            .orElseThrow(
                () ->
                    new IllegalStateException("the session of " + open.patientId + " has no set"));
    Decision d = records.session(outcome, now);
    log.info(
        "session {} of {} ended: {} {} ({})",
        outcome.sessionId(),
        open.patientId,
        d.id(),
        d.proposed().words(),
        d.ruleId());
    return d;
  }

  private List<Decision> decideQuietly(List<OpenSession> ended) {
    List<Decision> out = new ArrayList<>();
    for (OpenSession s : ended) {
      if (nothingSeen(s)) {
        continue;
      }
      try {
        out.add(decide(s));
      } catch (RuntimeException e) {
        log.warn("no decision after the session of {}: {}", s.patientId, e.getMessage());
      }
    }
    return out;
  }

  private void endedByGap(OpenSession s) {
    ScheduledExecutorService sch = scheduler;
    if (sch == null) {
      decideQuietly(List.of(s));
    } else {
      sch.execute(() -> decideQuietly(List.of(s)));
    }
  }

  /**
   * The service stops: every open session ends and is decided on, unless they are kept on disk
   * ({@link #keepOpenSessionsIn}). Call after the pipeline.
   */
  @Override
  public void close() {
    ScheduledExecutorService s = scheduler;
    if (s != null) {
      s.shutdown();
      try {
        s.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (openFile == null) {
      decideQuietly(tracker.endAll());
    } // else the open sessions are on disk: the next start carries them on
  }

  public ProgrammeRegistry registry() {
    return registry;
  }
}
