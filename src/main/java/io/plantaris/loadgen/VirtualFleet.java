package io.plantaris.loadgen;

import io.plantaris.ingest.mqtt.MqttDevicePublisher;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.sim.TimedBytes;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * N virtual insoles, each its own MQTT client, publishing the load script in real time. Start times
 * are spread over one rep cycle so reps do not arrive in lockstep; every tick each insole publishes
 * the frames that have become due as one message.
 */
final class VirtualFleet implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(VirtualFleet.class);
  private static final long SPREAD_NANOS = 8_000_000_000L;

  private final LoadScript script;
  private final List<Insole> insoles = new ArrayList<>();
  final AtomicLong framesAcked = new AtomicLong();
  final AtomicLong framesFailed = new AtomicLong();
  final AtomicLong messages = new AtomicLong();

  private final class Insole {
    final String id;
    final MqttDevicePublisher publisher;
    final long startNanos;
    int next = 1; // frame 0 is the descriptor, published on connect

    Insole(String id, MqttDevicePublisher publisher, long startNanos) {
      this.id = id;
      this.publisher = publisher;
      this.startNanos = startNanos;
    }
  }

  VirtualFleet(LoadScript script) {
    this.script = script;
  }

  /** Connects {@code n} insoles named {@code prefix-00001...}; returns when all are connected. */
  void connect(MqttPublisherConfig config, String prefix, int n, long t0Nanos) throws Exception {
    connect(id -> config, prefix, n, t0Nanos);
  }

  /**
   * Connects {@code n} insoles, each with the settings {@code configOf} gives for its device id (a
   * broker with per-insole logins needs each one's own credentials).
   */
  void connect(Function<String, MqttPublisherConfig> configOf, String prefix, int n, long t0Nanos)
      throws Exception {
    for (int i = 0; i < n; i++) {
      String id = String.format("%s-%05d", prefix, i + 1);
      MqttDevicePublisher p = new MqttDevicePublisher(configOf.apply(id), id);
      p.connect(LoadScript.descriptorFor(script.descriptorTemplate, id), 60_000);
      insoles.add(new Insole(id, p, t0Nanos + SPREAD_NANOS * i / n));
    }
    log.info("{} virtual insoles connected", n);
  }

  /** Publishes what is due; returns false once every insole has sent its whole script. */
  boolean tick(long nowNanos) {
    boolean more = false;
    long first = script.frames.get(0).timeMicros();
    for (Insole s : insoles) {
      long dueMicros = (nowNanos - s.startNanos) / 1000 + first;
      ByteArrayOutputStream msg = new ByteArrayOutputStream();
      int count = 0;
      while (s.next < script.frames.size()
          && script.frames.get(s.next).timeMicros() <= dueMicros
          && count < 32
          && msg.size() < 6 * 1024) {
        TimedBytes f = script.frames.get(s.next);
        byte[] b =
            script.isDescriptor(s.next) ? LoadScript.descriptorFor(f.bytes(), s.id) : f.bytes();
        msg.writeBytes(b);
        count++;
        s.next++;
      }
      if (count > 0) {
        int frames = count;
        messages.incrementAndGet();
        s.publisher
            .publishData(msg.toByteArray())
            .whenComplete((v, e) -> (e == null ? framesAcked : framesFailed).addAndGet(frames));
      }
      more |= s.next < script.frames.size();
    }
    return more;
  }

  int size() {
    return insoles.size();
  }

  @Override
  public void close() {
    for (Insole s : insoles) {
      s.publisher.close();
    }
  }
}
