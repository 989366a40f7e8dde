package io.plantaris.ingest.kafka;

import io.plantaris.ingest.ByteSink;
import io.plantaris.ingest.LinkState;
import io.plantaris.ingest.PersonDirectory;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * MQTT to Kafka: fed by an MQTT source as the service would be, it writes each message to the
 * frames topic keyed by the person the insole belongs to, so that both insoles of a person reach
 * one partition, in the order the bridge received them (an idempotent producer keeps that order
 * across retries). Sends are asynchronous (a synchronous send per MQTT message caps the bridge at a
 * few hundred messages a second): a bridge killed with records still in the producer's buffer loses
 * those, as a service killed with chunks in its queues does.
 */
public final class KafkaInsoleBridge implements ByteSink, AutoCloseable {
  private final KafkaProducer<String, byte[]> producer;
  private final String topic;
  private final PersonDirectory directory;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  public KafkaInsoleBridge(String bootstrap, String topic, PersonDirectory directory) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "5"); // batches without delaying a cue noticeably
    this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    this.topic = topic;
    this.directory = directory;
  }

  @Override
  public boolean onBytes(String streamKey, byte[] data, int off, int len, long receivedMillis) {
    byte[] copy = java.util.Arrays.copyOfRange(data, off, off + len);
    send(FrameRecords.bytes(topic, directory.personOf(streamKey), streamKey, copy, receivedMillis));
    return true;
  }

  @Override
  public void onLinkState(String streamKey, LinkState state, String detail) {
    send(FrameRecords.link(topic, directory.personOf(streamKey), streamKey, state, detail));
  }

  private void send(ProducerRecord<String, byte[]> r) {
    producer.send(r, (meta, e) -> (e == null ? sent : failed).incrementAndGet());
  }

  public long sent() {
    return sent.get();
  }

  public long failed() {
    return failed.get();
  }

  public void flush() {
    producer.flush();
  }

  @Override
  public void close() {
    producer.close();
  }
}
