package io.plantaris.ingest;

import io.plantaris.analysis.AnalysisListener;
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
      LongSupplier wallMillis) {
    this.personId = personId;
    this.config = config;
    this.executor = executor;
    this.emitter = emitter;
    this.prescriptions = prescriptions;
    this.wallMillis = wallMillis;
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
      epochMicros = receivedMillis * 1000;
    }
    return epochMicros;
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
    analyzer.continueAfterSet(Math.max(lastSetIndex, setsDoneBefore()));
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

  @Override
  public void onRep(RepEvent rep) {
    lastSetIndex = Math.max(lastSetIndex, rep.setIndex() - 1);
    long latencyMicros = (System.nanoTime() - currentChunkNanos) / 1000;
    long e = wall.stamp(epochMicros);
    RepEvent stamped =
        new RepEvent(
            rep.setIndex(),
            rep.repIndex(),
            rep.side(),
            rep.upStartMicros() + e,
            rep.holdStartMicros() + e,
            rep.downStartMicros() + e,
            rep.downEndMicros() + e,
            rep.peakPitchDegrees(),
            rep.peakHeightMm(),
            rep.peakForefootFraction(),
            rep.rangeFraction(),
            rep.flags());
    emitter.rep(new RepVerdict(personId, deviceIds(), stamped, latencyMicros));
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
  }

  private List<String> deviceIds() {
    List<String> ids = new ArrayList<>();
    for (DeviceChannel c : analysed) {
      ids.add(c.deviceId());
    }
    return ids;
  }
}
