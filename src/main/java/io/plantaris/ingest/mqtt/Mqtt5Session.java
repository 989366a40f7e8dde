package io.plantaris.ingest.mqtt;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.lifecycle.Mqtt5ClientConnectedContext;
import com.hivemq.client.mqtt.mqtt5.message.auth.Mqtt5SimpleAuth;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.Mqtt5Subscription;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAckReasonCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The service's MQTT 5 connection: clean start off and a session expiry interval. */
final class Mqtt5Session implements BrokerSession {
  private final MqttSourceConfig config;
  private final Mqtt5AsyncClient client;
  private final PublishFlow<Mqtt5Publish> flow;

  Mqtt5Session(MqttSourceConfig config, Events events) {
    this.config = config;
    Mqtt5ClientBuilder b =
        MqttTransport.builder(config.endpoint(), config.clientId())
            .addConnectedListener(
                ctx ->
                    events.onConnected(
                        this, ((Mqtt5ClientConnectedContext) ctx).getConnAck().isSessionPresent()))
            .addDisconnectedListener(ctx -> events.onDisconnected(this, ctx))
            .useMqttVersion5();
    Mqtt5SimpleAuth auth = auth(config.endpoint());
    if (auth != null) {
      // on the builder, not on connectWith(): the client rebuilds the CONNECT of every automatic
      // reconnect from the builder's defaults, so credentials given only to the first connect
      // are gone on the second
      b = b.simpleAuth(auth);
    }
    this.client = b.buildAsync();
    this.flow =
        new PublishFlow<Mqtt5Publish>(
            () -> client.toRx().publishes(MqttGlobalPublishFilter.ALL, true),
            p -> events.onMessage(p.getTopic().toString(), p.getPayloadAsBytes(), p::acknowledge));
    flow.open();
  }

  static Mqtt5SimpleAuth auth(MqttEndpoint e) {
    if (e.username() == null) {
      return null;
    }
    var a = Mqtt5SimpleAuth.builder().username(e.username());
    if (e.password() != null) {
      a = a.password(e.password().getBytes(StandardCharsets.UTF_8));
    }
    return a.build();
  }

  @Override
  public MqttProtocol version() {
    return MqttProtocol.V5;
  }

  @Override
  public CompletableFuture<Void> connect() {
    return client
        .connectWith()
        .cleanStart(false)
        .sessionExpiryInterval(config.sessionExpirySeconds())
        .send()
        .thenApply(ack -> null);
  }

  @Override
  public boolean reopenFlowIfEnded() {
    return flow.reopenIfEnded();
  }

  @Override
  public void renewFlow() {
    flow.open();
  }

  @Override
  public boolean flowing() {
    return flow.open.get();
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
