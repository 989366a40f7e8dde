package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantaris.store.FsyncPolicy;
import io.plantaris.store.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceConfigTest {
  @TempDir Path dir;

  @Test
  void theExampleFileLoadsToTheDefaults() throws IOException {
    ServiceConfig c = ServiceConfig.load(Path.of("plantaris.example.yaml"));
    assertThat(c.broker().port()).isEqualTo(1883);
    assertThat(c.mqtt().endpoint().port()).isEqualTo(1883);
    assertThat(c.httpPort()).isEqualTo(8080);
    assertThat(c.serial()).isEmpty();
    assertThat(c.ingest().prescription().upMillis()).isEqualTo(3000);
    assertThat(c.ingest().prescription().targetReps()).isEqualTo(12);
    assertThat(c.store().kind()).isEqualTo(StoreConfig.Kind.EMBEDDED);
    assertThat(c.store().embeddedDir()).isEqualTo(Path.of("data/questdb"));
    assertThat(c.store().spool().dir()).isEqualTo(Path.of("data/spool"));
    assertThat(c.store().spool().fsync()).isEqualTo(FsyncPolicy.GROUP);
    assertThat(c.store().spool().groupCommitMillis()).isEqualTo(10);
    assertThat(c.ingest().analysis().phaseMarks()).isTrue();
  }

  @Test
  void phaseMarksAreSwitchedOffInTheAnalysisSection() throws IOException {
    Path f = dir.resolve("marks.yaml");
    Files.writeString(f, "analysis:\n  phaseMarks: false\n");
    assertThat(ServiceConfig.load(f).ingest().analysis().phaseMarks()).isFalse();
    Files.writeString(f, "analysis:\n  phaseMarks: true\n");
    assertThat(ServiceConfig.load(f).ingest().analysis().phaseMarks()).isTrue();
    Files.writeString(f, "analysis:\n  phaseMark: true\n");
    assertThatThrownBy(() -> ServiceConfig.load(f)).hasMessageContaining("phaseMark");
  }

  @Test
  void secretsComeFromTheEnvironmentAndABadStoreIsAClearError() throws IOException {
    Path f = dir.resolve("env.yaml");
    Files.writeString(
        f,
        "# ${NOT_SET} in a comment is left alone\n"
            + "store:\n  type: influxdb\n  url: http://${HOST:-influxdb}:8086\n  token: ${TOKEN}\n"
            + "mqtt: {password: '${MQTT_PASSWORD:-}', username: u}\n");
    Map<String, String> env = Map.of("TOKEN", "s3cret: {not yaml}");
    ServiceConfig c = ServiceConfig.load(f, env::get);
    assertThat(c.store().kind()).isEqualTo(StoreConfig.Kind.INFLUXDB);
    assertThat(c.store().url()).isEqualTo("http://influxdb:8086");
    assertThat(c.store().token()).isEqualTo("s3cret: {not yaml}");
    assertThat(c.mqtt().endpoint().password()).isEmpty();
    assertThatThrownBy(() -> ServiceConfig.load(f, name -> null))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("environment variable TOKEN is not set (used as ${TOKEN})");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "store: {type: influxdb}\n");
    assertThatThrownBy(() -> ServiceConfig.load(bad))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("store url is required for INFLUXDB");
    Files.writeString(bad, "store: {fsync: sometimes}\n");
    assertThatThrownBy(() -> ServiceConfig.load(bad))
        .hasMessageContaining("store.fsync must be group or always, was sometimes");
  }

  @Test
  void serialPortsPersonsAndPrescriptionAreRead() throws IOException {
    Path f = dir.resolve("p.yaml");
    Files.writeString(
        f,
        String.join(
            "\n",
            "broker: {embedded: false}",
            "mqtt: {host: broker.local, port: 8883, username: svc, password: pw}",
            "serial: [{path: /dev/ttyUSB0, baud: 230400, person: alice}]",
            "prescription: {tempo: 5-3-5, targetReps: 10, addedLoadKg: 4}"));
    ServiceConfig c = ServiceConfig.load(f);
    assertThat(c.broker()).isNull();
    assertThat(c.mqtt().endpoint().host()).isEqualTo("broker.local");
    assertThat(c.mqtt().endpoint().username()).isEqualTo("svc");
    assertThat(c.serial().get(0).baud()).isEqualTo(230_400);
    assertThat(c.ingest().persons()).containsEntry("serial:/dev/ttyUSB0", "alice");
    assertThat(c.ingest().prescription().upMillis()).isEqualTo(5000);
    assertThat(c.ingest().prescription().addedLoadKg()).isEqualTo(4.0);
  }

  @Test
  void aTypoOrABadValueIsAClearError() throws IOException {
    Path typo = dir.resolve("typo.yaml");
    Files.writeString(typo, "brokr: {port: 1}\n");
    assertThatThrownBy(() -> ServiceConfig.load(typo))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("brokr");
    Path baud = dir.resolve("baud.yaml");
    Files.writeString(baud, "serial: [{path: /dev/ttyS0, baud: 9600}]\n");
    assertThatThrownBy(() -> ServiceConfig.load(baud))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("baud must be 115200, 230400, 460800 or 921600, was 9600");
  }

  @Test
  void theBrokersTlsListenerAndPacketLimitAreRead() throws IOException {
    Path f = dir.resolve("broker-tls.yaml");
    Files.writeString(
        f,
        "broker: {maxPacketBytes: 16384, tls: {port: 8884, keyStore: b.p12, keyStorePassword: s3}}");
    ServiceConfig c = ServiceConfig.load(f);
    assertThat(c.broker().maxPacketBytes()).isEqualTo(16384);
    assertThat(c.broker().tls().bindAddress()).isEqualTo("0.0.0.0");
    assertThat(c.broker().tls().port()).isEqualTo(8884);
    assertThat(c.broker().tls().keyStore()).isEqualTo(Path.of("b.p12"));
    assertThat(c.broker().tls().toString()).doesNotContain("s3");
    Files.writeString(f, "broker: {tls: {port: 8884}}");
    assertThatThrownBy(() -> ServiceConfig.load(f))
        .hasMessageContaining("broker.tls needs keyStore");
    assertThat(ServiceConfig.defaults().broker().maxPacketBytes()).isEqualTo(64 * 1024);
  }

  @Test
  void httpsAndDeviceCredentialsAreReadAndAMissingKeyStoreIsAClearError() throws IOException {
    Path keyStore = Files.writeString(dir.resolve("server.p12"), "not really a key store");
    Path f = dir.resolve("tls.yaml");
    Files.writeString(
        f,
        String.join(
            "\n",
            "http: {tls: {keyStore: " + keyStore + ", keyStorePassword: secret}}",
            "broker: {deviceCredentials: creds.json}",
            "dashboard: {enabled: true, secureCookies: false}"));
    ServiceConfig c = ServiceConfig.load(f);
    assertThat(c.httpTls().keyStore()).isEqualTo(keyStore);
    assertThat(c.httpTls().toString()).doesNotContain("secret");
    assertThat(c.dashboard().secureCookies()).as("cookies are Secure under HTTPS").isTrue();
    assertThat(c.broker().deviceCredentials()).isEqualTo(Path.of("creds.json"));
    Files.writeString(f, "http: {tls: {keyStore: /nowhere/server.p12, keyStorePassword: x}}\n");
    assertThatThrownBy(() -> ServiceConfig.load(f))
        .hasMessageContaining("http.tls.keyStore is not a readable file: /nowhere/server.p12");
  }
}
