package io.plantaris.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.plantaris.ingest.IngestConfig;
import io.plantaris.ingest.IngestMetrics;
import io.plantaris.ingest.IngestService;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.store.SpoolConfig;
import io.plantaris.store.StoreConfig;
import io.plantaris.store.StoreMetrics;
import io.plantaris.store.TimeSeriesStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service-health dashboard: Prometheus scrapes the service's /metrics inside the stack, and
 * every metric a panel plots is one the service exports (names taken from a real scrape of the
 * service's meters after a replayed set, not from a list).
 */
class ServiceHealthDashboardTest {
  private static final Pattern METRIC = Pattern.compile("\\bplantaris_\\w+");

  @TempDir Path dir;

  @Test
  void prometheusScrapesTheServiceAndEveryPlottedMetricIsExported() throws Exception {
    ComposeFile compose = new ComposeFile();
    JsonNode scrape =
        ComposeFile.YAML
            .readTree(compose.mountedAt("prometheus", "/etc/prometheus/prometheus.yml").toFile())
            .path("scrape_configs")
            .get(0);
    assertThat(scrape.path("metrics_path").asText()).isEqualTo("/metrics");
    assertThat(scrape.path("static_configs").get(0).path("targets").get(0).asText())
        .isEqualTo("plantaris:" + compose.containerPort("plantaris"));
    Path provisioning = compose.mountedAt("grafana", "/etc/grafana/provisioning");
    JsonNode ds = ProvisionedDatasources.byUid(provisioning).get("plantaris-prometheus");
    assertThat(ds.path("url").asText())
        .isEqualTo("http://prometheus:" + compose.containerPort("prometheus"));

    Set<String> exported = exportedMetricNames();
    assertThat(exported).contains("plantaris_frames_total", "plantaris_store_up");
    JsonNode dash =
        new ObjectMapper()
            .readTree(Path.of("deploy/grafana/dashboards/service-health.json").toFile());
    Set<String> plotted = new TreeSet<>();
    for (JsonNode panel : dash.path("panels")) {
      for (JsonNode target : panel.path("targets")) {
        assertThat(target.path("datasource").path("uid").asText())
            .isEqualTo("plantaris-prometheus");
        Matcher m = METRIC.matcher(target.path("expr").asText());
        while (m.find()) {
          plotted.add(m.group());
        }
      }
    }
    assertThat(plotted).hasSizeGreaterThanOrEqualTo(8);
    assertThat(exported).containsAll(plotted);
  }

  /** Names of the series the service's meters give after one replayed set, store included. */
  private Set<String> exportedMetricNames() throws Exception {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    byte[] wire = Files.readAllBytes(Path.of("samples/faults-set.plw"));
    // an InfluxDB store that is never written to: its meters exist, nothing is sent
    StoreConfig store =
        StoreConfig.influxDb(
            "http://influxdb:8086", "t", "plantaris", "plantaris", SpoolConfig.of(dir));
    try (IngestService ingest = new IngestService(IngestConfig.defaults());
        TimeSeriesStore s = TimeSeriesStore.open(store)) {
      IngestMetrics.bind(ingest, registry);
      StoreMetrics.bind(s, registry);
      ReplaySource replay = ReplaySource.ofWire(List.of(wire), 0);
      ingest.addSource(replay);
      replay.awaitDone();
      Set<String> names = new TreeSet<>();
      for (String line : registry.scrape().split("\n")) {
        if (!line.startsWith("#") && !line.isBlank()) {
          names.add(line.split("[{ ]", 2)[0]);
        }
      }
      return names;
    }
  }
}
