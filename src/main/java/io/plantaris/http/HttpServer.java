package io.plantaris.http;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.plantaris.ingest.DeviceStats;
import io.plantaris.ingest.FrameSource;
import io.plantaris.ingest.IngestService;
import io.plantaris.ingest.LinkState;
import io.plantaris.store.StoreHealth;
import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The service's HTTP face: {@code /health} (JSON: sources, insoles and their counters; 503 when a
 * source has lost its transport) and {@code /metrics} (Prometheus text format).
 */
public final class HttpServer implements AutoCloseable {
  private final Javalin app;

  private HttpServer(Javalin app) {
    this.app = app;
  }

  /** Starts on {@code host:port} (port 0 picks a free one). */
  public static HttpServer start(
      String host, int port, IngestService service, PrometheusMeterRegistry registry) {
    return start(host, port, null, service, registry, null, app -> {});
  }

  /**
   * As above, over HTTPS only when {@code tls} is not null, with the store's health (spool depth,
   * drain errors) under {@code store} when {@code store} is not null, and more routes (the
   * dashboard's) added by {@code routes} before the server opens.
   */
  public static HttpServer start(
      String host,
      int port,
      HttpTls tls,
      IngestService service,
      PrometheusMeterRegistry registry,
      Supplier<StoreHealth> store,
      Consumer<RoutesConfig> routes) {
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              // BodyLimit caps declared and chunked bodies alike, so the refusal is counted
              // once
              cfg.http.maxRequestSize = Long.MAX_VALUE;
              cfg.requestLogger.http(
                  (ctx, ms) -> {
                    Consumer<Context> done = ctx.attribute(WHEN_ANSWERED);
                    if (done != null) {
                      done.accept(ctx);
                    }
                  });
              cfg.jetty.modifyServletContextHandler(
                  h ->
                      h.addFilter(
                          new FilterHolder(new BodyLimit(MAX_BODY_BYTES)),
                          "/*",
                          EnumSet.of(DispatcherType.REQUEST)));
              if (tls != null) {
                cfg.jetty.addConnector(
                    (server, http) -> httpsConnector(server, http, tls, host, port));
              }
              cfg.routes.before(ctx -> SecurityHeaders.apply(ctx, tls != null));
              cfg.routes.exception(BodyTooLarge.class, (e, ctx) -> tooLarge(ctx, registry));
              cfg.routes.exception(
                  ContentTooLargeResponse.class, (e, ctx) -> tooLarge(ctx, registry));
              cfg.routes.get(
                  "/health",
                  ctx -> {
                    Map<String, Object> body = health(service);
                    if (store != null) {
                      StoreHealth s = store.get();
                      body.put("store", s.toMap());
                      if (!s.healthy()) {
                        body.put("status", "DEGRADED"); // reps can no longer be kept on disk
                      }
                    }
                    ctx.status("UP".equals(body.get("status")) ? 200 : 503).json(body);
                  });
              cfg.routes.get(
                  "/metrics",
                  ctx -> ctx.contentType("text/plain; version=0.0.4").result(registry.scrape()));
              routes.accept(cfg.routes);
            });
    app.start(host, port);
    return new HttpServer(app);
  }

  /**
   * A request attribute holding what to do once the answer is complete, whatever ended it (a
   * refusal skips Javalin's after-handlers): the dashboard writes its audit lines there.
   */
  public static final String WHEN_ANSWERED = "plantaris.whenAnswered";

  /** The largest request body read, declared or chunked (Javalin's own default). */
  public static final long MAX_BODY_BYTES = 1_000_000;

  /** The answer to a body over {@link #MAX_BODY_BYTES}; the dashboard adds its audit line. */
  public static void tooLarge(Context ctx, MeterRegistry registry) {
    registry.counter(REFUSALS, "reason", "body_too_large").increment();
    ctx.status(413)
        .json(Map.of("error", "request body is larger than " + MAX_BODY_BYTES + " bytes"));
  }

  /** The counter of every request refused for security: by size, login, session, access. */
  public static final String REFUSALS = "plantaris.http.refusals";

  /** Javalin opens no plain connector when one is configured, so HTTPS is the only way in. */
  private static ServerConnector httpsConnector(
      Server server, HttpConfiguration http, HttpTls tls, String host, int port) {
    // the certificate names the host, not every address a client may use (127.0.0.1 in tests)
    http.addCustomizer(new SecureRequestCustomizer(false));
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setKeyStorePath(tls.keyStore().toAbsolutePath().toString());
    ssl.setKeyStorePassword(tls.keyStorePassword());
    ServerConnector c =
        new ServerConnector(
            server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(http));
    c.setHost(host);
    c.setPort(port);
    return c;
  }

  public int port() {
    return app.port();
  }

  static Map<String, Object> health(IngestService service) {
    List<Map<String, Object>> sources = new ArrayList<>();
    boolean allConnected = true;
    for (FrameSource s : service.sources()) {
      boolean up = s.connected();
      allConnected &= up;
      Map<String, Object> m = new LinkedHashMap<>(s.details());
      m.put("name", s.name());
      m.put("connected", up);
      sources.add(m);
    }
    List<Map<String, Object>> devices = new ArrayList<>();
    for (DeviceStats d : service.devices()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("stream", d.streamKey());
      m.put("device", d.deviceId());
      m.put("person", d.personId());
      m.put("link", d.linkState().name());
      m.put("lastBytesMillis", d.lastBytesMillis());
      m.put("framesOk", d.framesOk());
      m.put("samples", d.samplesOut());
      m.put("decodeErrors", d.decodeErrors());
      m.put("lostFrames", d.link().lostFrames());
      m.put("duplicates", d.link().duplicates());
      m.put("reboots", d.link().reboots());
      m.put("droppedChunks", d.droppedChunks());
      m.put("queueDepth", d.queueDepth());
      devices.add(m);
    }
    long offline =
        service.devices().stream().filter(d -> d.linkState() != LinkState.ONLINE).count();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", allConnected ? "UP" : "DEGRADED");
    body.put("version", io.plantaris.health.BuildInfo.version());
    body.put("pid", ProcessHandle.current().pid());
    body.put("sources", sources);
    body.put("devicesOffline", offline);
    body.put("devices", devices);
    return body;
  }

  @Override
  public void close() {
    app.stop();
  }
}
