package io.plantaris.ingest.mqtt;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.message.auth.Mqtt5SimpleAuth;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes like an insole over MQTT 5 (PROTOCOL.md section 5): Last Will {@code offline}, retained
 * descriptor, retained {@code online}, then data at QoS 1 on a persistent session, so publishes
 * made while the broker is away are buffered by the client and delivered after it reconnects.
 */
public final class MqttDevicePublisher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(MqttDevicePublisher.class);
  private static final byte[] ONLINE = MqttTopics.ONLINE.getBytes(StandardCharsets.UTF_8);
  private static final byte[] OFFLINE = MqttTopics.OFFLINE.getBytes(StandardCharsets.UTF_8);

  private final MqttPublisherConfig config;
  private final String deviceId;
  private final MqttTopics topics;
  private final Mqtt5AsyncClient client;
  private final AtomicInteger connects = new AtomicInteger();
  // hivemq-mqtt-client blocks the publishing thread once its in-flight window is full (broker
  // away), so publishes go through one sender thread that may block, never the caller's thread
  // or the client's event loop; the semaphore bounds what waits there
  private final ExecutorService sender;
  private final Semaphore buffer;
  private volatile boolean closed;

  public MqttDevicePublisher(MqttPublisherConfig config, String deviceId) {
    this.config = config;
    this.deviceId = deviceId;
    this.topics = new MqttTopics(config.topicPrefix());
    MqttEndpoint e = config.endpoint();
    topics.topic(deviceId, MqttTopics.STATE); // validates the id
    this.buffer = new Semaphore(config.bufferMessages());
    this.sender =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "mqtt-device-" + deviceId);
              t.setDaemon(true);
              return t;
            });
    Mqtt5ClientBuilder b =
        MqttTransport.builder(e, config.clientIdPrefix() + deviceId)
            .addConnectedListener(ctx -> onConnected())
            .addDisconnectedListener(this::onDisconnected)
            .useMqttVersion5()
            // Last Will and login on the builder: the client rebuilds every automatic reconnect's
            // CONNECT from these defaults, and would otherwise reconnect anonymous and will-less
            .willPublish()
            .topic(topics.topic(deviceId, MqttTopics.STATE))
            .qos(MqttQos.AT_LEAST_ONCE)
            .retain(true)
            .payload(OFFLINE)
            .applyWillPublish();
    Mqtt5SimpleAuth auth = Mqtt5Session.auth(e);
    this.client = (auth == null ? b : b.simpleAuth(auth)).buildAsync();
  }

  /**
   * Connects (waiting at most {@code timeoutMillis}), then publishes the descriptor and {@code
   * online}, both retained.
   */
  public void connect(byte[] descriptorFrame, long timeoutMillis) throws Exception {
    client
        .connectWith()
        .cleanStart(false)
        .sessionExpiryInterval(config.sessionExpirySeconds())
        .send()
        .get(timeoutMillis, TimeUnit.MILLISECONDS);
    publishDescriptor(descriptorFrame);
    publish(MqttTopics.STATE, ONLINE, true).get(timeoutMillis, TimeUnit.MILLISECONDS);
  }

  /** Publishes a (new) descriptor frame, retained so late subscribers discover the device. */
  public CompletableFuture<Void> publishDescriptor(byte[] descriptorFrame) {
    return publish(MqttTopics.DESCRIPTOR, descriptorFrame, true);
  }

  /**
   * Publishes 1..32 wire frames (each ending in {@code 0x00}), at most 8 KiB, at QoS 1; the future
   * completes when the broker acknowledged them. While the broker is away the client keeps the
   * message and sends it after reconnecting.
   */
  public CompletableFuture<Void> publishData(byte[] frames) {
    int count = 0;
    for (byte b : frames) {
      count += b == 0 ? 1 : 0;
    }
    if (frames.length == 0 || frames[frames.length - 1] != 0) {
      throw new IllegalArgumentException("data must be whole frames ending in 0x00");
    }
    if (count > MqttPublisherConfig.MAX_FRAMES_PER_MESSAGE
        || frames.length > MqttPublisherConfig.MAX_MESSAGE_BYTES) {
      throw new IllegalArgumentException(
          count + " frames / " + frames.length + " bytes exceed 32 frames / 8 KiB per message");
    }
    if (!buffer.tryAcquire()) {
      return CompletableFuture.failedFuture(
          new IllegalStateException(
              "device "
                  + deviceId
                  + ": "
                  + config.bufferMessages()
                  + " messages buffered, dropped"));
    }
    CompletableFuture<Void> sent = publish(MqttTopics.DATA, frames, false);
    sent.whenComplete((v, t) -> buffer.release());
    return sent;
  }

  /** True while the MQTT connection is up. */
  public boolean connected() {
    return client.getState().isConnected();
  }

  private CompletableFuture<Void> publish(String leaf, byte[] payload, boolean retain) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    try {
      sender.execute(
          () ->
              send(leaf, payload, retain)
                  .whenComplete(
                      (v, t) -> {
                        if (t != null) {
                          done.completeExceptionally(t);
                        } else {
                          done.complete(null);
                        }
                      }));
    } catch (RejectedExecutionException e) {
      done.completeExceptionally(new IllegalStateException("publisher closed", e));
    }
    return done;
  }

  private CompletableFuture<Void> send(String leaf, byte[] payload, boolean retain) {
    return client
        .publishWith()
        .topic(topics.topic(deviceId, leaf))
        .qos(MqttQos.AT_LEAST_ONCE)
        .retain(retain)
        .payload(payload)
        .send()
        .thenAccept(
            r -> {
              if (r.getError().isPresent()) {
                throw new IllegalStateException("publish failed", r.getError().get());
              }
            });
  }

  private void onConnected() {
    if (connects.incrementAndGet() > 1) {
      // the broker published our Last Will when the connection broke: announce we are back
      publish(MqttTopics.STATE, ONLINE, true);
      log.info("device {}: reconnected to {}", deviceId, config.endpoint().uri());
    }
  }

  private void onDisconnected(MqttClientDisconnectedContext ctx) {
    if (closed || ctx.getSource() == MqttDisconnectSource.USER) {
      return;
    }
    long delay = config.backoff().delayMillis(ctx.getReconnector().getAttempts() + 1);
    log.info(
        "device {}: {}; reconnecting in {} ms",
        deviceId,
        ConnectFailure.reason(ctx.getCause()),
        delay);
    // republish too if the broker lost our session: duplicates are dropped by sequence number
    ctx.getReconnector()
        .reconnect(true)
        .republishIfSessionExpired(true)
        .delay(delay, TimeUnit.MILLISECONDS);
  }

  /** Announces {@code offline} (retained) and disconnects cleanly, so no Last Will is sent. */
  @Override
  public void close() {
    closed = true;
    try {
      if (connected()) {
        publish(MqttTopics.STATE, OFFLINE, true).get(5, TimeUnit.SECONDS);
      }
      client.disconnect().get(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      log.debug("device {}: close: {}", deviceId, e.toString());
    } finally {
      sender.shutdownNow();
    }
  }
}
