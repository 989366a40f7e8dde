package io.plantaris.ingest.mqtt;

import io.reactivex.Flowable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's global flow of received messages, watched: hivemq-mqtt-client ends every flow when
 * the broker answers a reconnect without the session, and from then on it acknowledges each message
 * it has no flow for and throws it away ("No publish flow registered"). The flow is registered
 * before the first CONNECT (so messages queued in a persistent session are not missed) and anew on
 * every later connect without a session, before subscribing, so no message arrives without it (the
 * old flow's end is reported only after the connected listener has run).
 *
 * @param <T> the client's publish type (MQTT 5 or 3.1.1)
 */
final class PublishFlow<T> {
  private static final Logger log = LoggerFactory.getLogger(PublishFlow.class);

  private final Supplier<Flowable<T>> source;
  private final Consumer<T> onMessage;
  final AtomicBoolean open = new AtomicBoolean();
  private final AtomicInteger generation = new AtomicInteger();

  PublishFlow(Supplier<Flowable<T>> source, Consumer<T> onMessage) {
    this.source = source;
    this.onMessage = onMessage;
  }

  /**
   * Registers a new flow; messages are handed on on the client's event loop. The end of an earlier
   * flow, reported late, does not mark this one ended.
   */
  void open() {
    int mine = generation.incrementAndGet();
    open.set(true);
    source
        .get()
        .subscribe(
            this::deliver, err -> ended(mine, err.toString()), () -> ended(mine, "completed"));
  }

  /** Registers the flow again if the client ended it; true when it had to. */
  boolean reopenIfEnded() {
    if (open.get()) {
      return false;
    }
    open();
    return true;
  }

  private void ended(int which, String why) {
    log.warn("MQTT message flow {} ended: {}", which, why);
    if (generation.get() == which) {
      open.set(false);
    }
  }

  private void deliver(T message) {
    try {
      onMessage.accept(message);
    } catch (RuntimeException e) {
      // an exception would end the flow, and with it every later message
      log.error("handing on an MQTT message failed: {}", e.toString(), e);
    }
  }
}
