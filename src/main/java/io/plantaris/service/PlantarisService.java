package io.plantaris.service;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.plantaris.dashboard.Dashboard;
import io.plantaris.http.HttpServer;
import io.plantaris.ingest.IngestMetrics;
import io.plantaris.ingest.IngestService;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.mqtt.EmbeddedBroker;
import io.plantaris.ingest.mqtt.MqttFrameSource;
import io.plantaris.ingest.serial.SerialFrameSource;
import io.plantaris.ingest.serial.SerialSourceConfig;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: an optional embedded broker, the MQTT and serial sources, the live pipeline
 * with its metrics, and the HTTP health/metrics endpoint, started and stopped together.
 */
public final class PlantarisService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PlantarisService.class);

  private final ServiceConfig config;
  private final IngestService ingest;
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final IngestMetrics metrics;
  private EmbeddedBroker broker;
  private HttpServer http;
  private long readyMillis;

  private PlantarisService(ServiceConfig config, List<SessionListener> listeners) {
    this.config = config;
    this.ingest = new IngestService(config.ingest());
    listeners.forEach(ingest::addListener);
    this.metrics = IngestMetrics.bind(ingest, registry);
  }

  /** Starts everything configured; listeners see events from the first byte on. */
  public static PlantarisService start(ServiceConfig config, List<SessionListener> listeners)
      throws Exception {
    long t0 = System.nanoTime();
    PlantarisService s = new PlantarisService(config, listeners);
    try {
      s.startParts();
    } catch (Exception e) {
      s.close();
      throw e;
    }
    s.readyMillis = (System.nanoTime() - t0) / 1_000_000;
    log.info("plantaris ready in {} ms", s.readyMillis);
    return s;
  }

  private void startParts() throws Exception {
    if (config.broker() != null) {
      broker = new EmbeddedBroker(config.broker());
      broker.start();
    }
    if (config.httpPort() >= 0) {
      Dashboard dashboard =
          config.dashboard() == null ? null : new Dashboard(config.dashboard(), ingest);
      http =
          HttpServer.start(
              config.httpHost(),
              config.httpPort(),
              ingest,
              registry,
              app -> {
                if (dashboard != null) {
                  dashboard.install(app);
                }
              });
      log.info("health and metrics on http://{}:{}/health", config.httpHost(), http.port());
    }
    if (config.mqtt() != null) {
      ingest.addSource(new MqttFrameSource(config.mqtt()));
    }
    for (SerialSourceConfig s : config.serial()) {
      ingest.addSource(new SerialFrameSource(s));
    }
  }

  public IngestService ingest() {
    return ingest;
  }

  public IngestMetrics metrics() {
    return metrics;
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** The HTTP port in use, or -1 when HTTP is off. */
  public int httpPort() {
    return http == null ? -1 : http.port();
  }

  public long readyMillis() {
    return readyMillis;
  }

  /** Stops sources first, then drains the pipeline (no finished rep is lost), then the rest. */
  @Override
  public void close() {
    ingest.close();
    if (http != null) {
      http.close();
    }
    if (broker != null) {
      broker.close();
    }
  }
}
