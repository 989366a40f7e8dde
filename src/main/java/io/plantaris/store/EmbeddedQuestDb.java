package io.plantaris.store;

import io.plantaris.files.PrivateFiles;
import io.questdb.ServerMain;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * QuestDB running inside the service's JVM: the default store, nothing to install. Only its HTTP
 * endpoint is opened (line protocol on {@code /api/v2/write}, SQL on {@code /exec}), and only with
 * HTTP basic auth: without the credentials every endpoint that reads or writes data answers 401, so
 * another local process or a web page cannot drop or forge rows. PG wire, ILP over TCP/UDP, the
 * minimal health server and the web console stay closed. Its own log goes to {@code
 * <dataDir>/log/questdb.log}, not to the service's stdout.
 */
public final class EmbeddedQuestDb implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedQuestDb.class);

  /** Allocation step of QuestDB's column files and out-of-order buffers. */
  private static final String PAGE = "256K";

  // QuestDB logs through its own LogFactory, configured by <root>/conf/log.conf (or -Dout=FILE).
  private static String logConf(Path logFile) {
    return "writers=file\n"
        + "w.file.class=io.questdb.log.LogFileWriter\n"
        + "w.file.location="
        + logFile
        + "\n"
        + "w.file.level=INFO,ERROR,CRITICAL,ADVISORY\n";
  }

  private final ServerMain server;
  private final long startMillis;

  private EmbeddedQuestDb(ServerMain server, long startMillis) {
    this.server = server;
    this.startMillis = startMillis;
  }

  /**
   * Starts QuestDB on {@code host:httpPort} (0 = a free port) with its data in {@code dataDir},
   * accepting only {@code credentials} on HTTP.
   */
  public static EmbeddedQuestDb start(
      Path dataDir, String host, int httpPort, StoreCredentials credentials) throws IOException {
    long t0 = System.nanoTime();
    Path root = dataDir.toAbsolutePath();
    PrivateFiles.createPrivateDirectory(root);
    PrivateFiles.createPrivateDirectory(root.resolve("conf"));
    PrivateFiles.createPrivateDirectory(root.resolve("log"));
    // an absolute path: ${log.dir} is not set when QuestDB runs embedded
    PrivateFiles.writeString(
        root.resolve("conf/log.conf"), logConf(root.resolve("log/questdb.log")));
    if (System.getProperty("out") == null) {
      System.setProperty("out", root.resolve("conf/log.conf").toString());
    }
    Map<String, String> env =
        Map.ofEntries(
            Map.entry("QDB_HTTP_BIND_TO", host + ":" + httpPort),
            // basic auth on /exec, /exp, /imp, /write and /api/v2/write (QuestDB open source)
            Map.entry("QDB_HTTP_USER", credentials.user()),
            Map.entry("QDB_HTTP_PASSWORD", credentials.password()),
            Map.entry("QDB_HTTP_SETTINGS_READONLY", "true"),
            // PG wire is off; should it ever be opened, it must not accept admin/quest
            Map.entry("QDB_PG_PASSWORD", StoreCredentials.random("pg").password()),
            Map.entry("QDB_PG_READONLY_USER_ENABLED", "false"),
            Map.entry("QDB_HTTP_MIN_ENABLED", "false"),
            Map.entry("QDB_PG_ENABLED", "false"),
            Map.entry("QDB_LINE_TCP_ENABLED", "false"),
            Map.entry("QDB_LINE_UDP_ENABLED", "false"),
            Map.entry("QDB_TELEMETRY_ENABLED", "false"),
            Map.entry("QDB_HTTP_WEB_CONSOLE_ENABLED", "false"),
            // the service shares a small machine: few QuestDB threads
            Map.entry("QDB_SHARED_WORKER_COUNT", "1"),
            Map.entry("QDB_HTTP_WORKER_COUNT", "1"),
            // a write the spool sees confirmed is on disk, not only in QuestDB's page cache
            Map.entry("QDB_CAIRO_COMMIT_MODE", "sync"),
            // tables' folders 0700 (QuestDB's default is 0775)
            Map.entry("QDB_CAIRO_MKDIR_MODE", "448"),
            // a few small tables, not one large one: QuestDB allocates every column file (and WAL
            // segment) in pages of 16 MB by default, which took ~0.9 GB of disk for 12 reps;
            // 256 kB pages and out-of-order buffers keep a new store in tens of MB
            Map.entry("QDB_CAIRO_WRITER_DATA_APPEND_PAGE_SIZE", PAGE),
            Map.entry("QDB_CAIRO_SYSTEM_WRITER_DATA_APPEND_PAGE_SIZE", PAGE),
            Map.entry("QDB_CAIRO_WRITER_DATA_INDEX_KEY_APPEND_PAGE_SIZE", PAGE),
            Map.entry("QDB_CAIRO_WRITER_DATA_INDEX_VALUE_APPEND_PAGE_SIZE", PAGE),
            Map.entry("QDB_CAIRO_O3_COLUMN_MEMORY_SIZE", PAGE));
    ServerMain server = ServerMain.create(root.toString(), env);
    server.start();
    long millis = (System.nanoTime() - t0) / 1_000_000;
    log.info(
        "embedded QuestDB on http://{}:{} in {} ms (data {})",
        host,
        server.getHttpServerPort(),
        millis,
        root);
    return new EmbeddedQuestDb(server, millis);
  }

  public int httpPort() {
    return server.getHttpServerPort();
  }

  public long startMillis() {
    return startMillis;
  }

  @Override
  public void close() {
    server.close();
  }
}
