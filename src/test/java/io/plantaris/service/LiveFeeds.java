package io.plantaris.service;

import io.plantaris.ingest.IngestService;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.ingest.mqtt.EmbeddedBroker;
import io.plantaris.ingest.mqtt.EmbeddedBrokerConfig;
import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttFrameSource;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.ingest.mqtt.MqttSourceConfig;
import io.plantaris.ingest.serial.SerialDeviceWriter;
import io.plantaris.ingest.serial.SerialFrameSource;
import io.plantaris.ingest.serial.SerialSourceConfig;
import io.plantaris.ingest.serial.SocatPair;
import java.nio.file.Path;
import java.util.List;

/**
 * The same recorded bytes into a live service over each kind of source, for the contract tests that
 * compare what the service concludes with the offline analysis: a replay, a serial cable (a socat
 * pseudo-terminal pair) and MQTT through a broker.
 */
final class LiveFeeds {
  private LiveFeeds() {}

  /** Sends the bytes into a running service and returns once it has decoded them. */
  interface Feed {
    void into(IngestService service) throws Exception;
  }

  /** What a test does with a feed (starts a service, feeds it, compares). */
  interface Check {
    void with(Feed feed) throws Exception;
  }

  /** The recording replayed as fast as the service takes it. */
  static Feed replay(byte[] wire) {
    return service -> {
      ReplaySource r = ReplaySource.ofWire(List.of(wire), 0);
      service.addSource(r);
      r.awaitDone();
    };
  }

  /** An insole publishing the recording to {@code endpoint}, the service subscribed to it. */
  static Feed mqtt(MqttEndpoint endpoint, String clientId, byte[] wire, long samples) {
    return service -> {
      service.addSource(new MqttFrameSource(MqttSourceConfig.of(endpoint).withClientId(clientId)));
      try (MqttInsoleBridge insoles = new MqttInsoleBridge(MqttPublisherConfig.of(endpoint))) {
        ReplaySource r = ReplaySource.ofWire(List.of(wire), 0);
        r.start(insoles);
        r.awaitDone();
        awaitSamples(service, samples);
      }
    };
  }

  /** The same through the embedded HiveMQ broker, started for the check. */
  static void embeddedBroker(Path tmp, String clientId, byte[] wire, long samples, Check check)
      throws Exception {
    try (EmbeddedBroker broker =
        new EmbeddedBroker(
            EmbeddedBrokerConfig.of(PersistentMosquitto.freePort(), tmp.resolve("broker")))) {
      broker.start();
      check.with(mqtt(broker.endpoint(), clientId, wire, samples));
    }
  }

  /** The recording written down a serial cable (a socat pair) the service reads. */
  static void serial(Path tmp, byte[] wire, long samples, Check check) throws Exception {
    try (SocatPair cable = new SocatPair(tmp, "insole")) {
      cable.plugIn();
      check.with(
          service -> {
            service.addSource(new SerialFrameSource(SerialSourceConfig.of(cable.hostPath())));
            try (SerialDeviceWriter insole =
                SerialDeviceWriter.open(cable.devicePath(), 115_200, null)) {
              for (int off = 0; off < wire.length; off += 4096) {
                insole.write(wire, off, Math.min(4096, wire.length - off));
              }
              awaitSamples(service, samples);
            }
          });
    }
  }

  /** Waits until the service has decoded {@code samples} samples, a minute at most. */
  static void awaitSamples(IngestService service, long samples) throws InterruptedException {
    FaultWaits.await(
        "the service decoded all " + samples + " samples",
        () -> decoded(service) >= samples,
        () -> decoded(service) + " decoded");
  }

  private static long decoded(IngestService service) {
    return service.devices().stream().mapToLong(d -> d.samplesOut()).sum();
  }
}
