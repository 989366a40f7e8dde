package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import io.plantaris.ingest.DeviceStats;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.ingest.mqtt.EmbeddedBrokerConfig;
import io.plantaris.ingest.mqtt.EmbeddedBrokerTls;
import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.ingest.mqtt.MqttSourceConfig;
import io.plantaris.ingest.mqtt.MqttTls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded broker's limits against real clients: an insole streams a set over its TLS listener
 * (key store made with keytool), and a 100 MiB publish is refused at its first bytes, counted in
 * {@code /metrics} and never acknowledged (before, HiveMQ's 256 MB default let it through to be
 * acknowledged and dropped uncounted).
 */
class EmbeddedBrokerLimitsIT {
  private static final String PASSWORD = "broker-keystore-pass";

  @TempDir Path tmp;

  @Test
  void insolesStreamOverTlsAndAHugePublishIsRefusedAndCounted() throws Exception {
    Path keyStore = tmp.resolve("broker.p12");
    Path cert = tmp.resolve("broker.crt");
    keytool(
        "-genkeypair",
        "-alias",
        "broker",
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        keyStore.toString(),
        "-storepass",
        PASSWORD,
        "-keypass",
        PASSWORD,
        "-dname",
        "CN=localhost",
        "-ext",
        "SAN=dns:localhost,ip:127.0.0.1");
    keytool(
        "-exportcert",
        "-alias",
        "broker",
        "-keystore",
        keyStore.toString(),
        "-storepass",
        PASSWORD,
        "-rfc",
        "-file",
        cert.toString());
    int port = PersistentMosquitto.freePort();
    int tlsPort = PersistentMosquitto.freePort();
    ServiceConfig cfg =
        ServiceConfig.defaults()
            .withBroker(
                EmbeddedBrokerConfig.of(port, tmp.resolve("broker"))
                    .withTls(new EmbeddedBrokerTls("127.0.0.1", tlsPort, keyStore, PASSWORD)))
            .withMqtt(
                MqttSourceConfig.of(MqttEndpoint.plain("127.0.0.1", port))
                    .withClientId("it-limits-service"))
            .withHttpPort(-1)
            .withStore(null);
    byte[] wire = Files.readAllBytes(Path.of("samples", "clean-set.plw"));
    try (PlantarisService service = PlantarisService.start(cfg, List.of())) {
      MqttEndpoint overTls =
          new MqttEndpoint("localhost", tlsPort, MqttTls.caCert(cert), null, null);
      try (MqttInsoleBridge insole = new MqttInsoleBridge(MqttPublisherConfig.of(overTls))) {
        ReplaySource replay = ReplaySource.ofWire(List.of(wire), 0);
        replay.start(insole);
        replay.awaitDone();
        FaultWaits.await(
            "the set's frames over TLS",
            () -> frames(service, "mqtt:SIM-L-0001") > 2000,
            () -> frames(service, "mqtt:SIM-L-0001") + " frames, bridge failed " + insole.failed());
      }

      // MQTT 3.1.1 has no maximum packet size in CONNACK, so the client sends all of it
      Mqtt3BlockingClient big =
          MqttClient.builder()
              .useMqttVersion3()
              .identifier("PL-BIG")
              .serverHost("127.0.0.1")
              .serverPort(port)
              .buildBlocking();
      big.connect();
      byte[] huge = new byte[100 << 20];
      assertThatThrownBy(
              () ->
                  big.publishWith()
                      .topic("plantaris/v1/PL-BIG/data")
                      .qos(MqttQos.AT_LEAST_ONCE)
                      .payload(huge)
                      .send())
          .as("the broker's answer to a 100 MiB publish")
          .isNotNull();
      FaultWaits.await(
          "the refusal counted",
          () ->
              service.registry().scrape().contains("plantaris_broker_packets_too_large_total 1.0"),
          () -> "no count");
      assertThat(service.ingest().devices())
          .extracting(DeviceStats::streamKey)
          .doesNotContain("mqtt:PL-BIG");
    }
  }

  private static long frames(PlantarisService service, String stream) {
    return service.ingest().devices().stream()
        .filter(d -> d.streamKey().equals(stream))
        .mapToLong(DeviceStats::framesOk)
        .sum();
  }

  private void keytool(String... args) throws Exception {
    String[] command = new String[args.length + 1];
    command[0] = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    System.arraycopy(args, 0, command, 1, args.length);
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("keytool.log").toFile())
            .start();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(
          "keytool failed: " + Files.readString(tmp.resolve("keytool.log")));
    }
  }
}
