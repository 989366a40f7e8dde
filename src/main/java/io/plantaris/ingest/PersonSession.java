package io.plantaris.ingest;

import io.plantaris.analysis.AnalysisListener;
import io.plantaris.analysis.PersonAnalyzer;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.SetSummary;
import io.plantaris.insole.InsoleSample;
import io.plantaris.insole.SensorLayout;
import io.plantaris.insole.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
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

  PersonSession(String personId, IngestConfig config, Executor executor, Emitter emitter) {
    this.personId = personId;
    this.config = config;
    this.executor = executor;
    this.emitter = emitter;
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
    analyzer.accept(c.trackIndex, s);
    if (emitter.wantsSamples()) {
      emitLive(c, s, arrivedMillis);
    }
  }

  /**
   * Throttled per insole; the only allocation is the snapshot itself, a few dozen times a second.
   */
  private void emitLive(DeviceChannel c, InsoleSample s, long arrivedMillis) {
    long t = s.timeMicros;
    if (t - c.lastLiveMicros < emitter.sampleIntervalMicros() && t >= c.lastLiveMicros) {
      return;
    }
    c.lastLiveMicros = t;
    emitter.sample(
        new LiveSample(
            personId,
            c.deviceId(),
            c.layout.side(),
            t + epochMicros,
            s.cellNewtons,
            analyzer.movement(c.trackIndex),
            HeelShare.of(s.cellNewtons, c.heelCells),
            analyzer.pitchDegrees(c.trackIndex),
            analyzer.heelRiseMm(c.trackIndex),
            arrivedMillis));
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
    analyzer =
        new PersonAnalyzer(layouts, config.prescription(), config.analysis(), Side.UNKNOWN, this);
    return true;
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
    long latencyMicros = (System.nanoTime() - currentChunkNanos) / 1000;
    long e = epochMicros;
    RepEvent wall =
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
    emitter.rep(new RepVerdict(personId, deviceIds(), wall, latencyMicros));
  }

  @Override
  public void onSet(SetSummary set) {
    SetSummary wall =
        new SetSummary(
            set.setIndex(),
            set.startMicros() + epochMicros,
            set.endMicros() + epochMicros,
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
    emitter.set(new SetFinished(personId, deviceIds(), wall));
  }

  private List<String> deviceIds() {
    List<String> ids = new ArrayList<>();
    for (DeviceChannel c : analysed) {
      ids.add(c.deviceId());
    }
    return ids;
  }
}
