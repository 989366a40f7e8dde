package io.plantaris.ingest.mqtt;

import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One hivemq-mqtt-client connection of the service, hiding whether it speaks MQTT 5 or 3.1.1. */
interface BrokerSession {

  /** What a session reports; called on the client's threads, so implementations return fast. */
  interface Events {
    /** A QoS 1 message; {@code ack} sends the PUBACK and must be called once it is handed on. */
    void onMessage(String topic, byte[] payload, Runnable ack);

    void onConnected(BrokerSession session, boolean sessionPresent);

    /** Connection lost or connect failed; the context's reconnector decides what happens next. */
    void onDisconnected(BrokerSession session, MqttClientDisconnectedContext context);
  }

  MqttProtocol version();

  /** Sends CONNECT with a persistent session; completes when the CONNACK arrived. */
  CompletableFuture<Void> connect();

  /**
   * Registers the client's message flow again when the client ended it (it does on a connect
   * without a session); true when it had to. Call before subscribing.
   */
  boolean reopenFlowIfEnded();

  /**
   * Registers a new message flow: after a connect without a session on a client that had one, the
   * client ends the old flow (it says so only later).
   */
  void renewFlow();

  /** Whether received messages have somewhere to go (else the client acks and drops them). */
  boolean flowing();

  /** Subscribes at QoS 1; completes exceptionally when the broker refused a filter. */
  CompletableFuture<Void> subscribe(List<String> filters);

  CompletableFuture<Void> disconnect();
}
