package io.plantaris.ingest.mqtt;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.lifecycle.Mqtt5ClientConnectedContext;
import com.hivemq.client.mqtt.mqtt5.message.connect.Mqtt5ConnectBuilder;
import com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAck;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.Mqtt5Subscription;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAckReasonCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The service's MQTT 5 connection: clean start off and a session expiry interval. */
final class Mqtt5Session implements BrokerSession {
  private final MqttSourceConfig config;
  private final Mqtt5AsyncClient client;

  Mqtt5Session(MqttSourceConfig config, Events events) {
    this.config = config;
    this.client =
        MqttTransport.builder(config.endpoint(), config.clientId())
            .addConnectedListener(
                ctx ->
                    events.onConnected(
                        this, ((Mqtt5ClientConnectedContext) ctx).getConnAck().isSessionPresent()))
            .addDisconnectedListener(ctx -> events.onDisconnected(this, ctx))
            .useMqttVersion5()
            .buildAsync();
    // Registered before CONNECT so messages the broker queued for the persistent session are not
    // dropped for want of a subscription callback; manual acknowledgement because the callback
    // runs on an RxJava scheduler after the client would already have sent the PUBACK.
    client.publishes(
        MqttGlobalPublishFilter.ALL,
        p -> events.onMessage(p.getTopic().toString(), p.getPayloadAsBytes(), p::acknowledge),
        true);
  }

  @Override
  public MqttProtocol version() {
    return MqttProtocol.V5;
  }

  @Override
  public CompletableFuture<Void> connect() {
    Mqtt5ConnectBuilder.Send<CompletableFuture<Mqtt5ConnAck>> b =
        client.connectWith().cleanStart(false).sessionExpiryInterval(config.sessionExpirySeconds());
    MqttEndpoint e = config.endpoint();
    if (e.username() != null) {
      var auth = b.simpleAuth().username(e.username());
      if (e.password() != null) {
        auth = auth.password(e.password().getBytes(StandardCharsets.UTF_8));
      }
      b = auth.applySimpleAuth();
    }
    return b.send().thenApply(ack -> null);
  }

  @Override
  public CompletableFuture<Void> subscribe(List<String> filters) {
    List<Mqtt5Subscription> subs =
        filters.stream()
            .map(f -> Mqtt5Subscription.builder().topicFilter(f).qos(MqttQos.AT_LEAST_ONCE).build())
            .toList();
    return client
        .subscribeWith()
        .addSubscriptions(subs)
        .send()
        .thenApply(
            ack -> {
              List<Mqtt5SubAckReasonCode> codes = ack.getReasonCodes();
              if (codes.stream().anyMatch(Mqtt5SubAckReasonCode::isError)) {
                throw new IllegalStateException(
                    "broker refused subscriptions " + filters + ": " + codes);
              }
              return null;
            });
  }

  @Override
  public CompletableFuture<Void> disconnect() {
    return client.disconnect();
  }
}
