package io.plantaris.ingest;

import io.plantaris.analysis.AnalysisListener;
import io.plantaris.analysis.BlindStance;
import io.plantaris.analysis.Movement;
import io.plantaris.analysis.PersonAnalyzer;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.SetSummary;
import io.plantaris.insole.InsoleSample;
import io.plantaris.insole.SensorLayout;
import io.plantaris.insole.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One person's live analysis: the insoles' channels, the time merge of their samples, and the
 * analyser. Runs as an actor: at most one worker thread at a time drains its channels' queues in
 * arrival order and runs deframe, decode, merge, analyse and emit as plain calls.
 */
final class PersonSession implements AnalysisListener {
  private static final Logger log = LoggerFactory.getLogger(PersonSession.class);

  /** Chunks per channel per turn, so one busy person cannot starve the others on a worker. */
  private static final int CHUNKS_PER_TURN = 64;

  final String personId;
  final List<DeviceChannel> channels = new CopyOnWriteArrayList<>();
  private final IngestConfig config;
  private final Executor executor;
  private final Emitter emitter;
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final List<DeviceChannel> analysed = new ArrayList<>();
  private PersonAnalyzer analyzer;
  private boolean expectPair;
  private long currentChunkNanos;
  private long epochMicros = Long.MIN_VALUE;
  private final WallAnchor wall = new WallAnchor();
  private final PrescriptionSource prescriptions;
  private final LongSupplier wallMillis;
  private final ResumeLog resumeLog;
  private final long resumeWithinMillis;

  /** Where the person stood when the service last stopped; null once applied or when none. */
  private ResumePoint resumed;

  /**
   * After a crash an insole may send again what the dead service had analysed (its PUBACK was
   * lost): up to this long before the last sample analysed, its clock still counts as going on.
   */
  private static final long RESENT_MICROS = 60_000_000;

  /** Samples up to this analysis time were analysed before a crash: not again. */
  long analysedUpToMicros = Long.MIN_VALUE;

  /** Per device id: device time plus this is analysis time (kept for a resume). */
  private final java.util.Map<String, Long> offsets = new java.util.HashMap<>();

  /** Analysis time of the last sample fed, and the wall time its chunk was processed. */
  private long lastFedMicros = Long.MIN_VALUE;

  private long lastChunkWallMillis;
  private boolean silenceHandled;
  private int lastSetIndex;
  private volatile boolean tickDue;

  /** Requests to close the open set now (insole offline, "I'm done"), done on the worker. */
  private final ConcurrentLinkedQueue<CloseRequest> closeRequests = new ConcurrentLinkedQueue<>();

  /** Close the open set; with {@code endSession}, the next set is numbered 1 again. */
  private record CloseRequest(boolean endSession, CompletableFuture<Void> done) {}

  /** Where a session's conclusions go (the service fans them out to listeners and metrics). */
  interface Emitter {
    void rep(RepVerdict verdict);

    void set(SetFinished set);

    default void blind(BlindSpell spell) {}

    void device(DeviceEvent event);

    /** Whether anyone listens to live samples; checked per sample, so it must be cheap. */
    default boolean wantsSamples() {
      return false;
    }

    /** Minimum spacing of live samples per insole, in microseconds. */
    default long sampleIntervalMicros() {
      return Long.MAX_VALUE;
    }

    default void sample(LiveSample sample) {}
  }

  PersonSession(
      String personId,
      IngestConfig config,
      Executor executor,
      Emitter emitter,
      PrescriptionSource prescriptions,
      LongSupplier wallMillis,
      ResumeLog resumeLog,
      long resumeWithinMillis) {
    this.personId = personId;
    this.config = config;
    this.executor = executor;
    this.emitter = emitter;
    this.prescriptions = prescriptions;
    this.wallMillis = wallMillis;
    this.resumeLog = resumeLog;
    this.resumeWithinMillis = resumeWithinMillis;
    this.resumed = resumable(resumeLog, personId, wallMillis.getAsLong(), resumeWithinMillis);
    if (resumed != null) {
      analysedUpToMicros = resumed.lastFedMicros();
      wall.restore(resumed.wallShiftMicros());
    }
  }

  /** The person's saved point, unless it is older than a session gap (a new session then). */
  private static ResumePoint resumable(
      ResumeLog log, String personId, long nowMillis, long withinMillis) {
    try {
      return log.load(personId)
          .filter(p -> nowMillis - p.savedMillis() <= withinMillis)
          .orElse(null);
    } catch (RuntimeException e) {
      PersonSession.log.warn("no resume point for {}: {}", personId, e.toString());
      return null;
    }
  }

  /** The wall clock ticked: on the worker, a set whose rest has passed with no data closes. */
  void tick() {
    tickDue = true;
    schedule();
  }

  /**
   * Closes the open set on the worker, after the chunks queued before; the future completes once
   * its summary was emitted (or there was none).
   */
  CompletableFuture<Void> closeSet(boolean endSession) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    closeRequests.add(new CloseRequest(endSession, done));
    schedule();
    return done;
  }

  private final java.util.concurrent.atomic.AtomicLong linkEpoch =
      new java.util.concurrent.atomic.AtomicLong();

  /** One of this person's insoles changed link state; returns the new epoch. */
  long linkChanged() {
    return linkEpoch.incrementAndGet();
  }

  long linkEpoch() {
    return linkEpoch.get();
  }

  /** Whether every insole of this person is offline now. */
  boolean allOffline() {
    return channels.stream().allMatch(c -> c.linkState == LinkState.OFFLINE);
  }

  DeviceChannel addChannel(String streamKey, boolean pairedByName) {
    DeviceChannel c = new DeviceChannel(streamKey, this, config.queueCapacityChunks());
    channels.add(c);
    expectPair |= pairedByName || channels.size() > 1;
    return c;
  }

  /**
   * The wall time (micros) that is time 0 for this person's analysis, fixed by the first sample of
   * any of the person's insoles; events are shifted back to wall time when emitted.
   */
  long epochMicros(long receivedMillis) {
    if (epochMicros == Long.MIN_VALUE) {
      epochMicros = resumed != null ? resumed.epochMicros() : receivedMillis * 1000;
    }
    return epochMicros;
  }

  /**
   * The offset from a device's time to analysis time, fixed at its first sample: after a crash the
   * saved one when the device's clock went on since (its first sample after the one analysed last,
   * by less than a session gap: no reboot, no wrap), so that samples the insole buffered while the
   * service was down keep their own times; else the sample is placed at its arrival.
   */
  long anchor(String deviceId, long deviceMicros, long receivedMillis) {
    long epoch = epochMicros(receivedMillis);
    // stamp (analysis time + epoch + wall shift) = arrival, also after a re-anchor or a restart
    long offset = receivedMillis * 1000 - epoch - deviceMicros - wall.shiftMicros();
    Long saved = resumed == null ? null : resumed.offsetMicros().get(deviceId);
    if (saved != null) {
      long t = deviceMicros + saved;
      long sinceMicros = t - resumed.lastFedMicros();
      if (sinceMicros > -RESENT_MICROS && sinceMicros <= resumeWithinMillis * 1000) {
        offset = saved;
        log.info(
            "{}: {} resumes {} ms after the last sample analysed before the restart",
            personId,
            deviceId,
            sinceMicros / 1000);
      } else {
        analysedUpToMicros = Long.MIN_VALUE; // a new time axis: nothing of it analysed yet
        log.info(
            "{}: clock of {} did not go on across the restart; anchored anew", personId, deviceId);
      }
    }
    offsets.put(deviceId, offset);
    if (resumed == null) {
      save(analyzer == null ? List.of() : analyzer.openSet()); // the stamps survive a crash too
    }
    return offset;
  }

  /** Called on I/O threads after a chunk was queued: make sure a worker will drain it. */
  void schedule() {
    if (scheduled.compareAndSet(false, true)) {
      try {
        executor.execute(this::drain);
      } catch (RejectedExecutionException closing) {
        scheduled.set(false); // the service is closing: finish() drains what is left
      }
    }
  }

  private void drain() {
    try {
      processChunks(CHUNKS_PER_TURN);
      if (tickDue) {
        tickDue = false;
        checkSilence();
      }
      CloseRequest close;
      while ((close = closeRequests.poll()) != null) {
        closeOpenSet();
        if (close.endSession() && analyzer != null) {
          analyzer = null; // the next data starts a new session's analysis: set 1 again
          lastSetIndex = 0;
          save(List.of());
        }
        close.done().complete(null);
      }
    } catch (RuntimeException e) {
      // A bug must not silence this person for good: log loudly and keep draining.
      log.error("pipeline error for person {}: {}", personId, e.toString(), e);
    } finally {
      scheduled.set(false);
    }
    for (DeviceChannel c : channels) {
      if (!c.queue.isEmpty()) {
        schedule();
        return;
      }
    }
    if (!closeRequests.isEmpty()) {
      schedule();
    }
  }

  /** The rest passed by the wall clock with no data: the set closes whatever comes next. */
  private void checkSilence() {
    if (analyzer == null || lastFedMicros == Long.MIN_VALUE || silenceHandled) {
      return;
    }
    long silentMillis = wallMillis.getAsLong() - lastChunkWallMillis;
    if (silentMillis <= config.analysis().restMillis()) {
      return;
    }
    silenceHandled = true;
    flushAll();
    analyzer.idle(lastFedMicros + silentMillis * 1000);
  }

  private void closeOpenSet() {
    processChunks(Integer.MAX_VALUE);
    if (ensureAnalyzer(true)) {
      flushAll();
      analyzer.closeSet();
    }
  }

  /**
   * Round robin, one chunk per insole at a time, so both feet of a person advance together and the
   * time merge rarely has to wait; at most {@code turns} rounds.
   */
  private void processChunks(int turns) {
    for (int turn = 0; turn < turns; turn++) {
      boolean any = false;
      for (DeviceChannel c : channels) {
        Chunk chunk = c.queue.poll();
        if (chunk != null) {
          any = true;
          currentChunkNanos = chunk.receivedNanos();
          lastChunkWallMillis = wallMillis.getAsLong();
          silenceHandled = false;
          c.process(chunk);
          releaseMerged();
        }
      }
      if (!any) {
        return;
      }
    }
  }

  boolean idle() {
    return !scheduled.get() && channels.stream().allMatch(c -> c.queue.isEmpty());
  }

  /** A channel's descriptor arrived: (re)build the analyser over every known layout. */
  void onLayout(DeviceChannel channel) {
    SensorLayout l = channel.layout;
    emitter.device(
        new DeviceEvent(
            channel.streamKey,
            personId,
            DeviceEvent.Kind.ANNOUNCED,
            l.deviceId() + " " + l.side() + ", " + l.cellCount() + " cells, imu " + l.hasImu(),
            l));
    if (analyzer != null) {
      // A late second insole: finish what the first one started, then analyse both together.
      flushAll();
      analyzer.finish();
      analyzer = null;
    }
  }

  /** The ring of {@code channel} is full: analyse its oldest sample without waiting any longer. */
  void releaseOldest(DeviceChannel channel) {
    ensureAnalyzer(true);
    if (analyzer != null && channel.trackIndex >= 0) {
      feed(channel);
    } else {
      channel.ring.poll();
    }
  }

  private void releaseMerged() {
    if (!ensureAnalyzer(false)) {
      return;
    }
    long holdback = config.mergeHoldbackMillis() * 1000;
    while (true) {
      DeviceChannel next = null;
      for (DeviceChannel c : analysed) {
        if (!c.ring.isEmpty()
            && (next == null || c.ring.peek().timeMicros < next.ring.peek().timeMicros)) {
          next = c;
        }
      }
      if (next == null) {
        return;
      }
      for (DeviceChannel c : analysed) {
        if (c != next
            && c.ring.isEmpty()
            && next.ring.newestMicros() - next.ring.peek().timeMicros < holdback) {
          return; // the other foot may still send a sample from this moment
        }
      }
      feed(next);
    }
  }

  /** Hands the oldest sample of {@code c} to the analyser. */
  private void feed(DeviceChannel c) {
    long arrivedMillis = c.ring.oldestArrivalMillis();
    InsoleSample s = c.ring.poll();
    if (c.liveClock) {
      wall.observe(s.timeMicros + epochMicros, arrivedMillis, analyzer.betweenSets());
    }
    analyzer.accept(c.trackIndex, s);
    lastFedMicros = s.timeMicros;
    if (emitter.wantsSamples()) {
      boolean onsetChanged =
          c.riseOnset.accept(
              s.timeMicros,
              analyzer.pitchDegrees(c.trackIndex),
              HeelShare.of(s.cellNewtons, c.heelCells),
              analyzer.movement(c.trackIndex));
      emitLive(c, s, arrivedMillis, onsetChanged);
    }
  }

  /**
   * Throttled per insole; the only allocation is the snapshot itself, a few dozen times a second.
   */
  private void emitLive(DeviceChannel c, InsoleSample s, long arrivedMillis, boolean now) {
    long t = s.timeMicros;
    if (!now && t - c.lastLiveMicros < emitter.sampleIntervalMicros() && t >= c.lastLiveMicros) {
      return;
    }
    c.lastLiveMicros = t;
    emitter.sample(
        new LiveSample(
            personId,
            c.deviceId(),
            c.layout.side(),
            wall.stamp(t + epochMicros),
            s.cellNewtons,
            analyzer.movement(c.trackIndex),
            HeelShare.of(s.cellNewtons, c.heelCells),
            analyzer.pitchDegrees(c.trackIndex),
            analyzer.heelRiseMm(c.trackIndex),
            riseStart(c),
            analyzer.blind(c.trackIndex),
            arrivedMillis));
  }

  /**
   * The rep under way's onset: the analysis's own once it has confirmed the rise, before that the
   * early tentative one (see {@link RiseOnset}); MIN_VALUE when the foot rests.
   */
  private long riseStart(DeviceChannel c) {
    long r =
        analyzer.movement(c.trackIndex) == Movement.BOTTOM
            ? c.riseOnset.onsetMicros()
            : analyzer.riseStartMicros(c.trackIndex);
    return r == Long.MIN_VALUE ? Long.MIN_VALUE : wall.stamp(r + epochMicros);
  }

  private boolean ensureAnalyzer(boolean force) {
    if (analyzer != null) {
      return true;
    }
    List<DeviceChannel> ready = new ArrayList<>();
    for (DeviceChannel c : channels) {
      if (c.layout != null) {
        ready.add(c);
      }
    }
    if (ready.isEmpty()) {
      return false;
    }
    if (!force && expectPair && ready.size() < 2) {
      SampleRing r = ready.get(0).ring;
      if (r.isEmpty()
          || r.newestMicros() - r.peek().timeMicros < config.layoutWaitMillis() * 1000) {
        return false; // give the other insole's descriptor a moment
      }
    }
    analysed.clear();
    List<SensorLayout> layouts = new ArrayList<>();
    for (DeviceChannel c : ready) {
      c.trackIndex = analysed.size();
      analysed.add(c);
      layouts.add(c.layout);
    }
    analyzer = new PersonAnalyzer(layouts, inForce(), config.analysis(), Side.UNKNOWN, this);
    analyzer.prescriptionPerSet(this::inForce);
    int setsDone = Math.max(lastSetIndex, setsDoneBefore());
    if (resumed != null) {
      ResumePoint r = resumed;
      resumed = null; // once: a later rebuild of the analyser (a second insole) starts clean
      lastSetIndex = Math.max(setsDone, r.setsDone());
      analyzer.resumeAfterCrash(lastSetIndex, r.openSet());
      log.info(
          "{} resumes after set {} with {} rep(s) of the open set",
          personId,
          lastSetIndex,
          r.openSet().size());
    } else {
      analyzer.continueAfterSet(setsDone);
    }
    return true;
  }

  /** The person's prescription now; the configured one when the source fails. */
  private io.plantaris.analysis.Prescription inForce() {
    try {
      return prescriptions.inForce(personId);
    } catch (RuntimeException e) {
      log.warn(
          "no prescription for {} ({}); judging by the configured one", personId, e.toString());
      return config.prescription();
    }
  }

  private int setsDoneBefore() {
    try {
      return prescriptions.setsDone(personId);
    } catch (RuntimeException e) {
      log.warn("sets done by {} unknown ({}); numbering from 1", personId, e.toString());
      return 0;
    }
  }

  private void flushAll() {
    if (analyzer == null) {
      return;
    }
    boolean any = true;
    while (any) {
      any = false;
      DeviceChannel next = null;
      for (DeviceChannel c : analysed) {
        if (!c.ring.isEmpty()
            && (next == null || c.ring.peek().timeMicros < next.ring.peek().timeMicros)) {
          next = c;
        }
      }
      if (next != null) {
        feed(next);
        any = true;
      }
    }
  }

  /** End of the service: analyse what is buffered and close the open set. */
  void finish() {
    processChunks(Integer.MAX_VALUE);
    for (DeviceChannel c : channels) {
      c.assembler.finish(); // frames held for reordering: the late ones will not come now
    }
    if (ensureAnalyzer(true)) {
      flushAll();
      analyzer.finish();
    }
  }

  /** Saves where the person stands, with {@code openSet} the reps of the set still open. */
  private void save(List<RepEvent> openSet) {
    try {
      resumeLog.save(
          new ResumePoint(
              personId,
              wallMillis.getAsLong(),
              epochMicros,
              offsets,
              lastFedMicros,
              lastSetIndex,
              openSet,
              wall.shiftMicros()));
    } catch (RuntimeException e) {
      log.warn("cannot save where {} stands: {}", personId, e.toString());
    }
  }

  @Override
  public void onRep(RepEvent rep) {
    lastSetIndex = Math.max(lastSetIndex, rep.setIndex() - 1);
    long latencyMicros = (System.nanoTime() - currentChunkNanos) / 1000;
    long e = wall.stamp(epochMicros);
    RepEvent stamped = rep.shifted(e);
    emitter.rep(new RepVerdict(personId, deviceIds(), stamped, latencyMicros));
    save(analyzer == null ? List.of(rep) : analyzer.openSet()); // after the store has the rep
  }

  @Override
  public void onSet(SetSummary set) {
    long e = wall.stamp(epochMicros);
    lastSetIndex = Math.max(lastSetIndex, set.setIndex());
    SetSummary stamped =
        new SetSummary(
            set.setIndex(),
            set.startMicros() + e,
            set.endMicros() + e,
            set.repCount(),
            set.validReps(),
            set.timeUnderTensionMillis(),
            set.tempoAdherence(),
            set.meanAbsTempoErrorMillis(),
            set.peakPitchDegrees(),
            set.peakHeightMm(),
            set.repDurationSlopeMillisPerRep(),
            set.rangeSlopePerRep(),
            set.rmSignal());
    emitter.set(new SetFinished(personId, deviceIds(), stamped));
    save(List.of());
  }

  @Override
  public void onBlindStance(BlindStance stance) {
    int i = stance.track();
    String device = i < analysed.size() ? analysed.get(i).deviceId() : null;
    BlindStance stamped = stance.shifted(wall.stamp(epochMicros));
    emitter.blind(new BlindSpell(personId, deviceIds(), device, stamped));
  }

  private List<String> deviceIds() {
    List<String> ids = new ArrayList<>();
    for (DeviceChannel c : analysed) {
      ids.add(c.deviceId());
    }
    return ids;
  }
}
