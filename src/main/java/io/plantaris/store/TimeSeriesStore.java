package io.plantaris.store;

import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.SetFinished;
import io.plantaris.programme.Decision;
import io.plantaris.programme.PainReport;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's time-series store: subscribes to the live pipeline, spools every rep, set, session,
 * pain report and decision on disk, and drains the spool into the configured store (embedded
 * QuestDB, external QuestDB or InfluxDB 2). Opening never waits for the store: reps are kept on
 * disk from the first one, and the embedded QuestDB starts on the drainer's thread.
 */
public final class TimeSeriesStore implements SessionListener, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TimeSeriesStore.class);

  private final StoreConfig config;
  private final Spool spool;
  private final PointWriter writer;
  private final SpoolDrainer drainer;
  private final SessionRecorder recorder;
  private final RepCurves curves;
  private final AtomicReference<EmbeddedQuestDb> embedded = new AtomicReference<>();
  private final AtomicReference<String> sqlUrl = new AtomicReference<>();
  private final AtomicLong lostRecords = new AtomicLong();
  private final Map<String, AtomicLong> lostByMeasurement = new ConcurrentSkipListMap<>();
  private final StoreCredentials credentials;
  private final BadRows badRows = new BadRows();

  /**
   * One reader per endpoint, its HTTP client's connections reused: a new one per call left an idle
   * connection each, and the 600 reads of a clinician's overview took QuestDB past its 256.
   */
  private final AtomicReference<Map.Entry<String, HistoryReader>> reader = new AtomicReference<>();

  private TimeSeriesStore(StoreConfig config, Spool spool) {
    this.config = config;
    this.spool = spool;
    this.credentials =
        config.credentials() == null && config.kind() == StoreConfig.Kind.EMBEDDED
            ? StoreCredentials.random("plantaris")
            : config.credentials();
    this.writer = writerFor(config);
    this.drainer =
        new SpoolDrainer(
            spool, writer, config.batchPoints(), new DeadLetters(config.spool().dir()));
    this.recorder =
        new SessionRecorder(
            config.sessionGapMillis(),
            this::spoolLine,
            this::spoolSummary,
            new OpenSessions(config.spool().dir()));
    this.curves = new RepCurves(this::spoolCurve);
  }

  /** Opens (and replays) the spool and starts draining it in the background. */
  public static TimeSeriesStore open(StoreConfig config) throws IOException {
    TimeSeriesStore s = new TimeSeriesStore(config, Spool.open(config.spool()));
    s.drainer.start();
    return s;
  }

  private PointWriter writerFor(StoreConfig c) {
    return switch (c.kind()) {
      case EMBEDDED -> {
        String lazyUrl = "http://" + c.embeddedHost() + ":" + c.embeddedHttpPort();
        yield new LazyWriter(
            () -> {
              EmbeddedQuestDb db =
                  EmbeddedQuestDb.start(
                      c.embeddedDir(), c.embeddedHost(), c.embeddedHttpPort(), credentials);
              String url = "http://" + c.embeddedHost() + ":" + db.httpPort();
              try {
                QuestDbTables.create(new QuestDbSql(url, credentials));
              } catch (IOException e) {
                db.close(); // the next attempt starts it again
                throw e;
              }
              embedded.set(db);
              sqlUrl.set(url);
              return new InfluxClientWriter(url, null, credentials, c.org(), c.bucket(), () -> {});
            },
            "embedded QuestDB " + lazyUrl);
      }
      case QUESTDB ->
          new InfluxClientWriter(
              c.url(),
              null,
              credentials,
              c.org(),
              c.bucket(),
              () -> {
                QuestDbTables.create(new QuestDbSql(c.url(), credentials));
                sqlUrl.set(c.url());
              });
      case INFLUXDB -> new InfluxClientWriter(c.url(), c.token(), c.org(), c.bucket(), () -> {});
    };
  }

  private void spoolLine(String line) {
    try {
      spool.append(line, System.currentTimeMillis());
    } catch (SpoolException e) {
      lost(line); // logged by the spool, flagged in /health
      throw e;
    }
  }

  // set and session summaries, pain reports, decisions: the spool's reserve keeps them on a full
  // disk
  private void spoolSummary(String line) {
    try {
      spool.appendReserved(line, System.currentTimeMillis());
    } catch (SpoolException e) {
      lost(line);
      throw e;
    }
  }

  private void lost(String line) {
    lostRecords.incrementAndGet();
    int end = line.indexOf(',');
    lostByMeasurement
        .computeIfAbsent(end < 0 ? "?" : line.substring(0, end), k -> new AtomicLong())
        .incrementAndGet();
  }

  private void spoolCurve(String line) {
    try {
      spoolLine(line);
    } catch (SpoolException e) {
      // counted in lost(): a curve is a view of its rep, not worth failing the rep for
    }
  }

  /**
   * The listener that stores each rep's curves through this store's spool: subscribe it to the
   * pipeline's live samples and to its reps and sets.
   */
  public RepCurves repCurves() {
    return curves;
  }

  @Override
  public void onRep(RepVerdict verdict) {
    try {
      recorder.onRep(verdict);
    } catch (SpoolException e) {
      // logged by the spool, counted by lost(), DEGRADED in /health
    }
  }

  @Override
  public void onSet(SetFinished set) {
    try {
      recorder.onSet(set);
    } catch (SpoolException e) {
      // logged by the spool, counted by lost(), DEGRADED in /health
    }
  }

  /** Keeps a pain report; throws {@link SpoolException} when the disk refuses it. */
  public void recordPain(PainReport report) {
    spoolSummary(Points.pain(report));
  }

  /**
   * Keeps one record of a progression decision (the proposal, or a review of it as its own point);
   * throws {@link SpoolException} when the disk refuses it.
   */
  public void recordDecision(Decision decision) {
    spoolSummary(Points.decision(decision));
  }

  /** Reads back what was stored, through the store's own query language. */
  public HistoryReader reader() {
    String url = config.kind() == StoreConfig.Kind.INFLUXDB ? config.url() : sqlUrl.get();
    if (url == null) {
      throw new IllegalStateException("the store is not ready yet: " + drainer.lastError());
    }
    Map.Entry<String, HistoryReader> r = reader.get();
    if (r == null || !r.getKey().equals(url)) {
      r = Map.entry(url, newReader(url));
      reader.set(r);
    }
    return r.getValue();
  }

  private HistoryReader newReader(String url) {
    return config.kind() == StoreConfig.Kind.INFLUXDB
        ? new InfluxQlHistoryReader(url, config.bucket(), config.token(), badRows)
        : new QuestDbHistoryReader(url, credentials, badRows);
  }

  /** The SQL endpoint of a QuestDB store once it is ready; null otherwise. */
  public String sqlUrl() {
    return sqlUrl.get();
  }

  /**
   * The HTTP basic-auth credentials of a QuestDB store (the embedded store's secret of this run);
   * null when the store takes none.
   */
  public StoreCredentials sqlCredentials() {
    return credentials;
  }

  public HealthSnapshot health() {
    EmbeddedQuestDb db = embedded.get();
    return new HealthSnapshot(
        new StoreHealth(
            writer.describe(),
            drainer.storeUp(),
            spool.stats(System.currentTimeMillis()),
            drainer.drainErrors(),
            drainer.lastError(),
            drainer.pointsWritten(),
            db == null ? -1 : db.startMillis(),
            badRows.count(),
            drainer.deadLetters(),
            lostCounts()),
        lostRecords.get());
  }

  private Map<String, Long> lostCounts() {
    Map<String, Long> m = new TreeMap<>();
    lostByMeasurement.forEach((k, v) -> m.put(k, v.get()));
    return m;
  }

  /** The store's health and the records the spool could not keep. */
  public record HealthSnapshot(StoreHealth store, long lostRecords) {}

  /** Waits up to {@code millis} until every spooled record is confirmed by the store. */
  public boolean awaitDrained(long millis) throws InterruptedException {
    return drainer.awaitDrained(millis);
  }

  /** Drains what it can within the shutdown budget, then closes the writer, spool and store. */
  @Override
  public void close() {
    try {
      if (drainer.storeUp() && !drainer.awaitDrained(config.shutdownDrainMillis())) {
        log.warn("store: spool not drained at shutdown; it will be replayed at the next start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    drainer.close();
    writer.close();
    try {
      spool.close();
    } catch (IOException e) {
      log.error("spool close failed: {}", e.toString());
    }
    EmbeddedQuestDb db = embedded.getAndSet(null);
    if (db != null) {
      db.close();
    }
  }
}
