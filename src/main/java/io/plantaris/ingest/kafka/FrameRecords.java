package io.plantaris.ingest.kafka;

import io.plantaris.ingest.LinkState;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The record layout on the frames topic, shared by the bridge that writes it and the replicas that
 * read it: key = person id (so both insoles of a person land on one partition, in order), value =
 * the wire bytes of one MQTT message, header {@code stream} = the stream key ({@code mqtt:ID}),
 * header {@code link} on records that carry a link state instead of bytes, timestamp = when the
 * bridge received the message.
 */
public final class FrameRecords {
  static final String STREAM = "stream";
  static final String LINK = "link";

  private FrameRecords() {}

  public static ProducerRecord<String, byte[]> bytes(
      String topic, String personId, String streamKey, byte[] data, long receivedMillis) {
    ProducerRecord<String, byte[]> r =
        new ProducerRecord<>(topic, null, receivedMillis, personId, data);
    r.headers().add(STREAM, streamKey.getBytes(StandardCharsets.UTF_8));
    return r;
  }

  public static ProducerRecord<String, byte[]> link(
      String topic, String personId, String streamKey, LinkState state, String detail) {
    ProducerRecord<String, byte[]> r =
        new ProducerRecord<>(
            topic,
            null,
            System.currentTimeMillis(),
            personId,
            detail.getBytes(StandardCharsets.UTF_8));
    r.headers().add(STREAM, streamKey.getBytes(StandardCharsets.UTF_8));
    r.headers().add(LINK, state.name().getBytes(StandardCharsets.UTF_8));
    return r;
  }

  static Optional<String> header(Headers headers, String name) {
    Header h = headers.lastHeader(name);
    return h == null
        ? Optional.empty()
        : Optional.of(new String(h.value(), StandardCharsets.UTF_8));
  }
}
