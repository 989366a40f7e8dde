package io.plantaris.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live pipeline: sources hand it bytes per stream, it routes each stream to its person's
 * session, and fans the sessions' reps, sets and device events out to listeners.
 */
public final class IngestService implements ByteSink, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(IngestService.class);

  private final IngestConfig config;
  private final PersonDirectory directory;
  private final ExecutorService workers;
  private final ConcurrentHashMap<String, DeviceChannel> channels = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, PersonSession> persons = new ConcurrentHashMap<>();
  private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
  private final List<SampleListener> sampleListeners = new CopyOnWriteArrayList<>();
  private final List<FrameSource> sources = new CopyOnWriteArrayList<>();
  private final List<java.util.function.Consumer<DeviceChannel>> channelHooks =
      new CopyOnWriteArrayList<>();
  private final PersonSession.Emitter emitter = new FanOut();
  private volatile boolean closed;
  private final AtomicBoolean closing = new AtomicBoolean();
  private final LongSupplier wallMillis;
  private final ScheduledExecutorService ticker;
  private volatile PrescriptionSource prescriptions;
  private volatile java.util.function.Predicate<RepVerdict> repFilter = v -> true;

  /**
   * How long an insole must stay offline (no other link event for its person) before its open set
   * closes: a broker restart's "offline, reconnecting, online" comes and goes within it.
   */
  public static final long OFFLINE_GRACE_MILLIS = 1_000;

  /** How often the wall clock is checked for sets whose rest passed with no data. */
  public static final long TICK_MILLIS = 250;

  public IngestService(IngestConfig config) {
    this(config, System::currentTimeMillis);
  }

  /**
   * @param wallMillis the wall clock by which a set closes when its rest passes with no data
   */
  public IngestService(IngestConfig config, LongSupplier wallMillis) {
    this.config = config;
    this.wallMillis = wallMillis;
    this.prescriptions = PrescriptionSource.fixed(config.prescription());
    this.directory = new PersonDirectory(config.persons());
    this.workers = Executors.newFixedThreadPool(config.workerThreads(), workerThreads());
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "pipeline-clock");
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /**
   * Where each person's prescription in force comes from (default: the configuration's for
   * everyone); asked as each set starts.
   */
  public void prescriptionSource(PrescriptionSource source) {
    this.prescriptions = source;
  }

  private volatile ResumeLog resumeLog = ResumeLog.NONE;
  private volatile long resumeWithinMillis;

  /**
   * Keeps where each person stands in {@code log} (after every rep and set) and, for a person whose
   * point is at most {@code withinMillis} old when their data comes again, carries the session on
   * from it: time axis, set numbering, the open set. For persons seen from now on.
   */
  public void resumeWith(ResumeLog log, long withinMillis) {
    this.resumeLog = log;
    this.resumeWithinMillis = withinMillis;
  }

  /** Device id to person for streams the configuration does not map, asked per new stream. */
  public void lookUpPersons(Function<String, Optional<String>> lookup) {
    directory.lookUpRegistered(lookup);
  }

  /** Checks every person's silence against the rest by the wall clock (also run every tick). */
  public void tick() {
    for (PersonSession p : persons.values()) {
      p.tick();
    }
  }

  /**
   * Closes the open set of {@code personId} now ("I'm done" right after the last rep), after the
   * data queued before; completes once its summary reached the listeners, or at once when the
   * person has no session here.
   */
  public CompletableFuture<Void> closeSet(String personId) {
    PersonSession p = persons.get(personId);
    return p == null ? CompletableFuture.completedFuture(null) : p.closeSet(false);
  }

  /**
   * The person's session ended ("I'm done"): closes the open set as {@link #closeSet} does, and the
   * next set the person does is numbered 1, as the first of a new session.
   */
  public CompletableFuture<Void> endSession(String personId) {
    PersonSession p = persons.get(personId);
    return p == null ? CompletableFuture.completedFuture(null) : p.closeSet(true);
  }

  /**
   * This replica no longer serves {@code personId} (its partition moved to another replica): closes
   * the open set as {@link #endSession} does, once the data queued before is analysed, and forgets
   * the person's streams, so that the person's data arriving again later starts a new session here.
   */
  public CompletableFuture<Void> release(String personId) {
    PersonSession p = persons.get(personId);
    if (p == null) {
      return CompletableFuture.completedFuture(null);
    }
    return p.closeSet(true)
        .thenRun(
            () -> {
              channels.values().removeIf(c -> c.person == p);
              persons.remove(personId, p);
            });
  }

  /**
   * Reps for which {@code filter} says false reach no listener: a replica taking a person over
   * re-analyses the open set from its start, and the reps its former replica already stored must
   * not be stored twice.
   */
  public void repFilter(java.util.function.Predicate<RepVerdict> filter) {
    this.repFilter = filter;
  }

  /**
   * Live snapshots per insole per second: above a screen's useful refresh for a pressure map, far
   * below the insole's sample rate, so the pipeline copies one sample in four at 100 Hz.
   */
  public static final double LIVE_SAMPLE_RATE_HZ = 25;

  public void addListener(SessionListener listener) {
    listeners.add(listener);
  }

  /** Subscribes to throttled live samples of every insole (see {@link SampleListener}). */
  public void addSampleListener(SampleListener listener) {
    sampleListeners.add(listener);
  }

  public void removeSampleListener(SampleListener listener) {
    sampleListeners.remove(listener);
  }

  /** Starts {@code source} feeding this service; it is closed with the service. */
  public void addSource(FrameSource source) throws Exception {
    sources.add(source);
    source.start(this);
    log.info("source started: {}", source.name());
  }

  @Override
  public boolean onBytes(String streamKey, byte[] data, int off, int len, long receivedMillis) {
    return onBytes(streamKey, data, off, len, receivedMillis, 0);
  }

  @Override
  public boolean onBytes(
      String streamKey, byte[] data, int off, int len, long receivedMillis, long waitMillis) {
    if (closed) {
      return false;
    }
    byte[] copy = new byte[len];
    System.arraycopy(data, off, copy, 0, len);
    DeviceChannel c = channels.computeIfAbsent(streamKey, this::newChannel);
    Chunk chunk = new Chunk(copy, receivedMillis, System.nanoTime());
    boolean queued = c.offer(chunk, 0);
    c.person.schedule();
    if (!queued && waitMillis > 0) {
      queued = c.offer(chunk, waitMillis); // the worker drains meanwhile
    }
    if (!queued) {
      c.countDropped(chunk);
    }
    return queued;
  }

  @Override
  public void onLinkState(String streamKey, LinkState state, String detail) {
    DeviceChannel c = channels.computeIfAbsent(streamKey, this::newChannel);
    if (c.linkState == state) {
      return;
    }
    LinkState before = c.linkState;
    c.linkState = state;
    log.info("{} {}: {}", streamKey, state.name().toLowerCase(java.util.Locale.ROOT), detail);
    DeviceEvent.Kind kind =
        switch (state) {
          case ONLINE -> DeviceEvent.Kind.ONLINE;
          case OFFLINE -> DeviceEvent.Kind.OFFLINE;
          case RECONNECTING -> DeviceEvent.Kind.RECONNECTING;
        };
    emitter.device(new DeviceEvent(streamKey, c.person.personId, kind, detail, c.layout));
    // An "offline" right after the service's own link came back is the broker's retained last
    // will, possibly older than the insole's reconnect: the wall clock's rest closes that set.
    long epoch = c.person.linkChanged();
    if (state == LinkState.OFFLINE && before != LinkState.RECONNECTING && c.person.allOffline()) {
      // the set is over: its summary must not wait for data that won't come; unless the insole
      // is back at once, or the service's own transport is down (a broker restart's last wills)
      PersonSession p = c.person;
      try {
        ticker.schedule(
            () -> {
              if (p.allOffline() && p.linkEpoch() == epoch && transportsUp()) {
                p.closeSet(false);
              }
            },
            OFFLINE_GRACE_MILLIS,
            TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.RejectedExecutionException closing) {
        // the service is closing: close() finishes every open set
      }
    }
  }

  /** The channels seen so far, for health and metrics. */
  public Collection<DeviceStats> devices() {
    List<DeviceStats> out = new ArrayList<>();
    for (DeviceChannel c : channels.values()) {
      out.add(DeviceStats.of(c));
    }
    return out;
  }

  /** Frames the insoles sent that never arrived, over all insoles (for /health). */
  public SequenceLoss sequenceLoss() {
    return SequenceLoss.of(devices());
  }

  public List<FrameSource> sources() {
    return List.copyOf(sources);
  }

  public IngestConfig config() {
    return config;
  }

  /**
   * Stops the sources, lets the workers finish what is queued, analyses what is still buffered and
   * closes every open set, so no finished rep is lost on shutdown.
   */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    ticker.shutdownNow();
    // Sources first: what they hand over while closing is still queued and analysed (an MQTT
    // message is acknowledged only once queued), so nothing acknowledged is dropped.
    for (FrameSource s : sources) {
      try {
        s.close();
      } catch (RuntimeException e) {
        log.warn("closing source {} failed: {}", s.name(), e.toString());
      }
    }
    closed = true;
    // Sources are closed, so nothing new arrives: let the workers empty the queues, then stop.
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline
        && !persons.values().stream().allMatch(PersonSession::idle)) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    workers.shutdown();
    try {
      if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
        log.warn("pipeline workers still busy after 10 s; finishing anyway");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (PersonSession p : persons.values()) {
      p.finish();
    }
  }

  /**
   * Whether the live transports are connected: while the service's own MQTT session is down, an
   * insole's "offline" is the broker's doing (a restart), not the insole's. Replays are left out
   * (they are done when their recording ends).
   */
  private boolean transportsUp() {
    return sources.stream()
        .filter(s -> !(s instanceof ReplaySource))
        .allMatch(FrameSource::connected);
  }

  /** Lets the metrics binder see every channel as it is created. */
  void onNewChannel(java.util.function.Consumer<DeviceChannel> hook) {
    channelHooks.add(hook);
    channels.values().forEach(hook);
  }

  private DeviceChannel newChannel(String streamKey) {
    String personId = directory.personOf(streamKey);
    PersonSession p =
        persons.computeIfAbsent(
            personId,
            id ->
                new PersonSession(
                    id,
                    config,
                    workers,
                    emitter,
                    source(),
                    wallMillis,
                    resumeLog,
                    resumeWithinMillis));
    boolean pairedByName = !personId.equals(streamKey.substring(streamKey.indexOf(':') + 1));
    DeviceChannel c;
    synchronized (p) {
      c = p.addChannel(streamKey, pairedByName);
    }
    for (var hook : channelHooks) {
      hook.accept(c);
    }
    return c;
  }

  /** Reads the source in force at each call, so one set later is enough for a new source. */
  private PrescriptionSource source() {
    return new PrescriptionSource() {
      @Override
      public io.plantaris.analysis.Prescription inForce(String personId) {
        return prescriptions.inForce(personId);
      }

      @Override
      public int setsDone(String personId) {
        return prescriptions.setsDone(personId);
      }
    };
  }

  private static ThreadFactory workerThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "pipeline-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private final class FanOut implements PersonSession.Emitter {
    @Override
    public void rep(RepVerdict verdict) {
      if (!repFilter.test(verdict)) {
        return;
      }
      for (SessionListener l : listeners) {
        safely(() -> l.onRep(verdict));
      }
    }

    @Override
    public void set(SetFinished set) {
      for (SessionListener l : listeners) {
        safely(() -> l.onSet(set));
      }
    }

    @Override
    public void blind(BlindSpell spell) {
      for (SessionListener l : listeners) {
        safely(() -> l.onBlind(spell));
      }
    }

    @Override
    public void device(DeviceEvent event) {
      for (SessionListener l : listeners) {
        safely(() -> l.onDevice(event));
      }
    }

    @Override
    public boolean wantsSamples() {
      return !sampleListeners.isEmpty();
    }

    @Override
    public long sampleIntervalMicros() {
      return Math.round(1e6 / LIVE_SAMPLE_RATE_HZ);
    }

    @Override
    public void sample(LiveSample sample) {
      for (SampleListener l : sampleListeners) {
        safely(() -> l.onSample(sample));
      }
    }

    private void safely(Runnable r) {
      try {
        r.run();
      } catch (RuntimeException e) {
        log.error("a session listener failed: {}", e.toString(), e);
      }
    }
  }
}
