package io.plantaris.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantaris.analysis.RepFlag;
import io.plantaris.programme.PainKind;
import io.plantaris.store.Points;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Grafana's provisioned datasource reaches the stack's InfluxDB with its org, bucket and token, and
 * every dashboard query asks for measurements, fields and tags that {@link Points} really writes.
 */
class GrafanaProvisioningTest {
  private static final Pattern FILTER = Pattern.compile("filter\\(fn: \\(r\\) => ([^\\n]*)\\)\\n");
  private static final Pattern MEASUREMENT = Pattern.compile("r\\._measurement == \"(\\w+)\"");
  private static final Pattern FIELD = Pattern.compile("r\\._field == \"(\\w+)\"");
  private static final Pattern TAG = Pattern.compile("r\\.([a-z]\\w*) == \"([^\"]*)\"");
  private static final Pattern BUCKET = Pattern.compile("bucket: \"(\\w+)\"");

  private final ComposeFile compose;
  private final Map<String, String> influx;
  private final Path provisioning;

  GrafanaProvisioningTest() throws Exception {
    compose = new ComposeFile();
    influx = compose.env("influxdb");
    provisioning = compose.mountedAt("grafana", "/etc/grafana/provisioning");
  }

  @Test
  void theDatasourceIsTheStacksInfluxDbWithItsOrgBucketAndToken() throws Exception {
    JsonNode ds = datasource();
    assertThat(ds.path("type").asText()).isEqualTo("influxdb");
    assertThat(ds.path("url").asText()).isEqualTo("http://influxdb:8086");
    assertThat(compose.containerPort("influxdb")).isEqualTo(8086);
    assertThat(ds.path("jsonData").path("version").asText()).isEqualTo("Flux");
    assertThat(ds.path("jsonData").path("organization").asText())
        .isEqualTo(influx.get("DOCKER_INFLUXDB_INIT_ORG"));
    assertThat(ds.path("jsonData").path("defaultBucket").asText())
        .isEqualTo(influx.get("DOCKER_INFLUXDB_INIT_BUCKET"));
    // Grafana expands $NAME from its own environment, which compose fills in
    Map<String, String> grafanaEnv = compose.env("grafana");
    String token = ds.path("secureJsonData").path("token").asText();
    assertThat(token).startsWith("$");
    assertThat(grafanaEnv.get(token.substring(1)))
        .isEqualTo(influx.get("DOCKER_INFLUXDB_INIT_ADMIN_TOKEN"));
  }

  @Test
  void theDashboardProviderReadsTheMountedDashboardFolder() throws Exception {
    JsonNode providers =
        ComposeFile.YAML
            .readTree(provisioning.resolve("dashboards/plantaris.yaml").toFile())
            .path("providers");
    String path = providers.get(0).path("options").path("path").asText();
    assertThat(compose.mountedAt("grafana", path))
        .isEqualTo(Path.of("./deploy/grafana/dashboards"));
    assertThat(dashboards()).isNotEmpty();
  }

  @Test
  void everyQueryAsksForMeasurementsFieldsAndTagsThePointsWrite() throws Exception {
    Map<String, WrittenSchema.Keys> written = WrittenSchema.all();
    assertThat(written.keySet())
        .containsExactlyInAnyOrder(
            Points.REP, Points.SET, Points.SESSION, Points.PAIN, Points.DECISION);
    String uid = datasource().path("uid").asText();
    Set<String> provisioned = ProvisionedDatasources.uids(provisioning);
    Set<String> fieldsUsed = new TreeSet<>();
    int queries = 0;
    for (Path file : dashboards()) {
      JsonNode dash = new ObjectMapper().readTree(file.toFile());
      for (JsonNode v : dash.path("templating").path("list")) {
        assertThat(v.path("datasource").path("uid").asText()).isEqualTo(uid);
        assertThat(v.path("query").asText()).contains("tag: \"patient\"");
      }
      for (JsonNode panel : dash.path("panels")) {
        for (JsonNode target : panel.path("targets")) {
          String targetUid = target.path("datasource").path("uid").asText();
          assertThat(provisioned).as("datasource of %s", panel.path("title")).contains(targetUid);
          if (!targetUid.equals(uid)) {
            continue; // Prometheus panels: ServiceHealthDashboardTest
          }
          String q = target.path("query").asText();
          queries++;
          checkBuckets(q);
          fieldsUsed.addAll(checkFilters(q, written, file + " / " + panel.path("title")));
          Matcher flag = Pattern.compile("substr: \"(\\w+)\"").matcher(q);
          while (flag.find()) {
            assertThat(RepFlag.valueOf(flag.group(1))).isNotNull();
          }
        }
      }
    }
    assertThat(queries).isGreaterThanOrEqualTo(6);
    // the clinician's trends: valid reps, load, tension, tempo, heel loading, pain
    assertThat(fieldsUsed)
        .contains("valid_reps", "load_change_kg", "tut_ms", "tempo_adherence", "flags", "score");
  }

  private void checkBuckets(String q) {
    Matcher b = BUCKET.matcher(q);
    assertThat(b.find()).as("query names its bucket: %s", q).isTrue();
    do {
      assertThat(b.group(1)).isEqualTo(influx.get("DOCKER_INFLUXDB_INIT_BUCKET"));
    } while (b.find());
  }

  /** Each filter names one measurement and only fields and tags of that measurement. */
  private static List<String> checkFilters(
      String q, Map<String, WrittenSchema.Keys> written, String where) {
    List<String> fields = new ArrayList<>();
    Matcher f = FILTER.matcher(q);
    while (f.find()) {
      String cond = f.group(1);
      Matcher m = MEASUREMENT.matcher(cond);
      if (!m.find()) {
        continue; // a filter on computed columns (exists r.reps)
      }
      WrittenSchema.Keys keys = written.get(m.group(1));
      assertThat(keys).as("%s: measurement %s is written", where, m.group(1)).isNotNull();
      Matcher field = FIELD.matcher(cond);
      assertThat(field.find()).as("%s: filter names a field", where).isTrue();
      assertThat(keys.fields()).as("%s: fields of %s", where, m.group(1)).contains(field.group(1));
      fields.add(field.group(1));
      Matcher tag = TAG.matcher(cond);
      while (tag.find()) {
        assertThat(keys.tags()).as("%s: tags of %s", where, m.group(1)).contains(tag.group(1));
        if (tag.group(1).equals("kind")) {
          assertThat(Arrays.stream(PainKind.values()).map(Enum::name)).contains(tag.group(2));
        }
      }
      assertThat(cond)
          .as("%s: one patient at a time", where)
          .contains("r.patient == \"${patient}\"");
    }
    assertThat(MEASUREMENT.matcher(q).results().count())
        .as("%s: every measurement is named inside a filter", where)
        .isEqualTo(fields.size());
    return fields;
  }

  private JsonNode datasource() throws Exception {
    JsonNode root =
        ComposeFile.YAML.readTree(provisioning.resolve("datasources/influxdb.yaml").toFile());
    assertThat(root.path("datasources")).hasSize(1);
    return root.path("datasources").get(0);
  }

  private static List<Path> dashboards() throws Exception {
    try (Stream<Path> s = Files.list(Path.of("deploy/grafana/dashboards"))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }
}
