package io.plantaris.cli;

import io.plantaris.ingest.PersonDirectory;
import io.plantaris.ingest.kafka.KafkaInsoleBridge;
import io.plantaris.ingest.kafka.KafkaSourceConfig;
import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttFrameSource;
import io.plantaris.ingest.mqtt.MqttSourceConfig;
import io.plantaris.registry.Insole;
import io.plantaris.registry.jdbc.JdbcProgrammeRepository;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** MQTT to Kafka, keyed by person, for a service that runs as several replicas. */
@Command(
    name = "bridge",
    description =
        "Subscribe to the insoles on an MQTT broker and write every message to a Kafka topic keyed"
            + " by the insole's person, so that replicas of the service in one consumer group each"
            + " get whole persons, in order (docs/scale-out.md). Runs until stopped.")
final class BridgeCommand implements Callable<Integer> {
  @Option(names = "--mqtt-host", defaultValue = "127.0.0.1")
  String mqttHost;

  @Option(names = "--mqtt-port", defaultValue = "1883")
  int mqttPort;

  @Option(
      names = "--mqtt-client-id",
      defaultValue = "plantaris-bridge",
      description = "one bridge per client id: the broker keeps its QoS 1 session")
  String clientId;

  @Option(names = "--kafka", required = true, description = "Kafka bootstrap servers host:port")
  String kafka;

  @Option(names = "--topic", defaultValue = KafkaSourceConfig.DEFAULT_TOPIC)
  String topic;

  @Option(
      names = "--registry",
      description =
          "the registry path: each insole registered in the database beside it (or"
              + " --database) is keyed as its patient")
  Path registry;

  @picocli.CommandLine.Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    PersonDirectory directory = new PersonDirectory(Map.of());
    JdbcProgrammeRepository r =
        registry == null && database.url == null
            ? null
            : JdbcProgrammeRepository.open(
                database.config(registry == null ? Path.of("plantaris-registry.json") : registry));
    if (r != null) {
      directory.lookUpRegistered(id -> r.insole(id).map(Insole::patientId));
    }
    CountDownLatch stop = new CountDownLatch(1);
    try (r;
        KafkaInsoleBridge bridge = new KafkaInsoleBridge(kafka, topic, directory);
        MqttFrameSource mqtt =
            new MqttFrameSource(
                MqttSourceConfig.of(MqttEndpoint.plain(mqttHost, mqttPort))
                    .withClientId(clientId))) {
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      mqtt.start(bridge);
      System.out.println(
          "bridging mqtt " + mqttHost + ":" + mqttPort + " -> kafka " + kafka + " " + topic);
      stop.await();
    }
    return 0;
  }
}
