package io.plantaris.ingest.kafka;

/**
 * Where a replica reads the insoles' frames from Kafka: the cluster, the topic the bridge writes
 * (keyed by person) and the consumer group that all replicas of the service share.
 *
 * @param bootstrap Kafka's bootstrap servers, {@code host:port[,host:port]}
 * @param topic the topic of insole frames, one record per MQTT message, key = person id
 * @param group the consumer group: every replica of one service uses the same one
 * @param pollMillis the longest a poll waits for records
 */
public record KafkaSourceConfig(String bootstrap, String topic, String group, long pollMillis) {
  public static final String DEFAULT_TOPIC = "plantaris.frames";
  public static final String DEFAULT_GROUP = "plantaris";
  public static final long DEFAULT_POLL_MILLIS = 100;

  public KafkaSourceConfig {
    if (bootstrap == null || bootstrap.isBlank()) {
      throw new IllegalArgumentException("kafka.bootstrap is required");
    }
    if (topic == null || topic.isBlank() || group == null || group.isBlank()) {
      throw new IllegalArgumentException("kafka.topic and kafka.group must not be blank");
    }
    if (pollMillis <= 0) {
      throw new IllegalArgumentException("kafka poll must be > 0 ms: " + pollMillis);
    }
  }

  public static KafkaSourceConfig of(String bootstrap) {
    return new KafkaSourceConfig(bootstrap, DEFAULT_TOPIC, DEFAULT_GROUP, DEFAULT_POLL_MILLIS);
  }

  public KafkaSourceConfig withTopic(String t) {
    return new KafkaSourceConfig(bootstrap, t, group, pollMillis);
  }

  public KafkaSourceConfig withGroup(String g) {
    return new KafkaSourceConfig(bootstrap, topic, g, pollMillis);
  }
}
