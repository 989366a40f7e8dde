package io.plantaris.ingest.mqtt;

import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import io.plantaris.ingest.ByteSink;
import io.plantaris.ingest.FrameSource;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives insole frames from an MQTT broker (PROTOCOL.md section 5) over a persistent QoS 1
 * session, reconnecting with exponential backoff (also after a refused login: credentials may be
 * fixed, or a broker may come back with its users), and hands each device's bytes to a {@link
 * ByteSink} under the key {@code mqtt:{deviceId}}. On every connect without a session it subscribes
 * again and counts as ready ({@link #connected()}) only once the broker confirmed the
 * subscriptions.
 */
public final class MqttFrameSource implements FrameSource {
  private static final Logger log = LoggerFactory.getLogger(MqttFrameSource.class);

  private final MqttSourceConfig config;
  private final MqttTopics topics;
  private final Clock clock;
  private final CompletableFuture<Void> firstOutcome = new CompletableFuture<>();
  private volatile MqttMessageRouter router;
  private volatile BrokerSession session;
  private volatile boolean connected;
  private volatile boolean subscribed;
  private volatile boolean everConnected;
  private final AtomicLong loginsRefused = new AtomicLong();
  private final AtomicLong sessionsLost = new AtomicLong();
  private final AtomicLong connects = new AtomicLong();
  private final AtomicLong notAcked = new AtomicLong();
  private volatile boolean closed;

  /**
   * Held while a message is handed over and acknowledged, and by {@link #close} while it marks the
   * source closed: a message is either queued with its PUBACK sent before the DISCONNECT, or left
   * to the broker for the next run, never analysed here and delivered again.
   */
  private final Object handover = new Object();

  private volatile String lastError;

  public MqttFrameSource(MqttSourceConfig config) {
    this(config, Clock.systemUTC());
  }

  public MqttFrameSource(MqttSourceConfig config, Clock clock) {
    this.config = config;
    this.topics = new MqttTopics(config.topicPrefix());
    this.clock = clock;
  }

  @Override
  public void start(ByteSink sink) {
    if (router != null) {
      throw new IllegalStateException("already started");
    }
    router = new MqttMessageRouter(topics, sink, clock);
    MqttProtocol first = config.protocol() == MqttProtocol.V3 ? MqttProtocol.V3 : MqttProtocol.V5;
    open(first);
    try {
      firstOutcome.get(config.connectWaitMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      log.warn("{}: not connected after {} ms, still trying", name(), config.connectWaitMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      log.debug("first connect outcome", e);
    }
  }

  private void open(MqttProtocol version) {
    Events events = new Events();
    session =
        version == MqttProtocol.V3
            ? new Mqtt3Session(config, events)
            : new Mqtt5Session(config, events);
    log.info("{}: connecting with MQTT {} as {}", name(), label(version), config.clientId());
    // failures arrive through the disconnected listener, which decides about reconnecting
    session.connect().exceptionally(t -> null);
  }

  @Override
  public String name() {
    return "mqtt " + config.endpoint().uri();
  }

  /** Ready: connected, every subscription confirmed by the broker, and messages flowing. */
  @Override
  public boolean connected() {
    BrokerSession s = session;
    return connected && subscribed && s != null && s.flowing();
  }

  @Override
  public Map<String, Object> details() {
    return health().toMap();
  }

  /** Connection, subscription and refusal state for the health page. */
  public MqttSourceHealth health() {
    MqttMessageRouter r = router;
    return new MqttSourceHealth(
        connected,
        connected(),
        lastError,
        connects.get(),
        loginsRefused.get(),
        sessionsLost.get(),
        r == null ? 0 : r.foreignDescriptors());
  }

  /** The protocol in use once connected ({@link MqttProtocol#V5} or {@link MqttProtocol#V3}). */
  public Optional<MqttProtocol> protocolInUse() {
    BrokerSession s = session;
    return everConnected && s != null ? Optional.of(s.version()) : Optional.empty();
  }

  /** Why the last connect failed, in words for the health page; empty while all is well. */
  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  @Override
  public void close() {
    synchronized (handover) {
      closed = true;
    }
    BrokerSession s = session;
    if (s != null) {
      try {
        s.disconnect().get(MqttTransport.CONNECT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        log.debug("{}: disconnect on close: {}", name(), e.toString());
      }
    }
    connected = false;
    if (notAcked.get() > 0) {
      log.info(
          "{}: {} message(s) arrived while shutting down and were left unacknowledged: the"
              + " broker delivers them to the next run",
          name(),
          notAcked.get());
    }
  }

  private static String label(MqttProtocol v) {
    return v == MqttProtocol.V3 ? "3.1.1" : "5";
  }

  private final class Events implements BrokerSession.Events {
    @Override
    public void onMessage(String topic, byte[] payload, Runnable ack) {
      synchronized (handover) {
        if (closed) {
          // shutting down: no PUBACK, so the broker keeps the message for the service's next run
          notAcked.incrementAndGet();
          return;
        }
        router.route(topic, payload);
        // PUBACK only now: the bytes are in the sink's queue, after waiting for room in a full one
        // (MqttMessageRouter.QUEUE_WAIT_MILLIS), or counted as dropped by it
        ack.run();
      }
    }

    @Override
    public void onConnected(BrokerSession s, boolean sessionPresent) {
      subscribed = false;
      connected = true;
      lastError = null;
      connects.incrementAndGet();
      log.info(
          "{}: connected (MQTT {}, session present: {})",
          name(),
          label(s.version()),
          sessionPresent);
      // Without a session the client has ended its message flow and the broker has forgotten our
      // subscriptions: open the flow before subscribing, so nothing arrives without it.
      boolean reopened = false;
      if (!sessionPresent && everConnected) {
        sessionsLost.incrementAndGet();
        log.warn("{}: the broker lost the service's session; subscribing again", name());
        s.renewFlow();
      } else {
        reopened = s.reopenFlowIfEnded();
      }
      boolean fresh = !sessionPresent || reopened;
      everConnected = true;
      // With a session, subscribing to the state topic again still makes the broker resend the
      // retained online/offline of every device, which settles devices we marked RECONNECTING.
      List<String> filters =
          fresh
              ? List.of(
                  topics.filter(MqttTopics.DESCRIPTOR),
                  topics.filter(MqttTopics.DATA),
                  topics.filter(MqttTopics.STATE))
              : List.of(topics.filter(MqttTopics.STATE));
      subscribe(s, filters, 1);
    }

    private void subscribe(BrokerSession s, List<String> filters, int attempt) {
      s.subscribe(filters)
          .whenComplete(
              (ok, err) -> {
                if (s != session || !connected) {
                  return; // a newer connection subscribes for itself
                }
                if (err == null) {
                  subscribed = true;
                  log.info("{}: subscribed to {}", name(), filters);
                } else {
                  long delay = config.backoff().delayMillis(attempt);
                  lastError = "subscribe failed: " + err.getMessage();
                  log.error("{}: {}; trying again in {} ms", name(), lastError, delay);
                  CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS)
                      .execute(
                          () -> {
                            if (s == session && connected && !closed) {
                              subscribe(s, filters, attempt + 1);
                            }
                          });
                }
                firstOutcome.complete(null);
              });
    }

    @Override
    public void onDisconnected(BrokerSession s, MqttClientDisconnectedContext ctx) {
      boolean wasConnected = connected;
      connected = false;
      subscribed = false;
      if (closed || ctx.getSource() == MqttDisconnectSource.USER || s != session) {
        return;
      }
      Throwable cause = ctx.getCause();
      if (wasConnected) {
        router.brokerLost("broker connection lost: " + ConnectFailure.reason(cause));
      }
      switch (ConnectFailure.classify(cause)) {
        case AUTH -> {
          loginsRefused.incrementAndGet();
          long delay = config.backoff().delayMillis(ctx.getReconnector().getAttempts() + 1);
          lastError = "broker refused login: " + ConnectFailure.reason(cause);
          log.error(
              "{}: {} (as {}); check mqtt username/password, trying again in {} ms",
              name(),
              lastError,
              config.clientId(),
              delay);
          ctx.getReconnector().reconnect(true).delay(delay, TimeUnit.MILLISECONDS);
          firstOutcome.complete(null);
        }
        case PROTOCOL -> {
          if (config.protocol() == MqttProtocol.AUTO
              && !everConnected
              && s.version() == MqttProtocol.V5) {
            log.warn(
                "{}: broker refused MQTT 5 ({}), falling back to 3.1.1",
                name(),
                ConnectFailure.reason(cause));
            open(MqttProtocol.V3);
          } else {
            retry(ctx);
          }
        }
        case TRANSIENT -> retry(ctx);
      }
    }

    private void retry(MqttClientDisconnectedContext ctx) {
      long delay = config.backoff().delayMillis(ctx.getReconnector().getAttempts() + 1);
      lastError = ConnectFailure.reason(ctx.getCause());
      log.warn("{}: {}; reconnecting in {} ms", name(), lastError, delay);
      ctx.getReconnector()
          .reconnect(true)
          .resubscribeIfSessionExpired(false)
          .delay(delay, TimeUnit.MILLISECONDS);
      if (ctx.getReconnector().getAttempts() >= 1) {
        firstOutcome.complete(null);
      }
    }
  }
}
