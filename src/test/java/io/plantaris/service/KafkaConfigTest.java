package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaConfigTest {
  @TempDir Path dir;

  @Test
  void aReplicaReadsItsTopicAndGroupFromTheConfigFile() throws IOException {
    Path f = dir.resolve("replica.yaml");
    Files.writeString(
        f,
        "mqtt: {enabled: false}\n"
            + "kafka: {enabled: true, bootstrap: 'k1:9092,k2:9092', topic: frames, group: clinic}\n");
    ServiceConfig c = ServiceConfig.load(f, k -> null);
    assertThat(c.mqtt()).isNull();
    assertThat(c.kafka().bootstrap()).isEqualTo("k1:9092,k2:9092");
    assertThat(c.kafka().topic()).isEqualTo("frames");
    assertThat(c.kafka().group()).isEqualTo("clinic");
    assertThat(c.withHttpPort(0).kafka()).isEqualTo(c.kafka()); // kept through the withers
  }

  @Test
  void theExampleFileLeavesKafkaOff() throws IOException {
    assertThat(ServiceConfig.load(Path.of("plantaris.example.yaml")).kafka()).isNull();
  }
}
