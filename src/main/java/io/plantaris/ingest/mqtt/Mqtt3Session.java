package io.plantaris.ingest.mqtt;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.lifecycle.Mqtt3ClientConnectedContext;
import com.hivemq.client.mqtt.mqtt3.message.connect.Mqtt3ConnectBuilder;
import com.hivemq.client.mqtt.mqtt3.message.connect.connack.Mqtt3ConnAck;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.Mqtt3Subscription;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.suback.Mqtt3SubAckReturnCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The service's MQTT 3.1.1 connection: cleanSession=false, so the session never expires. */
final class Mqtt3Session implements BrokerSession {
  private final MqttSourceConfig config;
  private final Mqtt3AsyncClient client;

  Mqtt3Session(MqttSourceConfig config, Events events) {
    this.config = config;
    this.client =
        MqttTransport.builder(config.endpoint(), config.clientId())
            .addConnectedListener(
                ctx ->
                    events.onConnected(
                        this, ((Mqtt3ClientConnectedContext) ctx).getConnAck().isSessionPresent()))
            .addDisconnectedListener(ctx -> events.onDisconnected(this, ctx))
            .useMqttVersion3()
            .buildAsync();
    // same reasoning as Mqtt5Session: global callback before CONNECT, PUBACK after hand-over
    client.publishes(
        MqttGlobalPublishFilter.ALL,
        p -> events.onMessage(p.getTopic().toString(), p.getPayloadAsBytes(), p::acknowledge),
        true);
  }

  @Override
  public MqttProtocol version() {
    return MqttProtocol.V3;
  }

  @Override
  public CompletableFuture<Void> connect() {
    Mqtt3ConnectBuilder.Send<CompletableFuture<Mqtt3ConnAck>> b =
        client.connectWith().cleanSession(false);
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
    List<Mqtt3Subscription> subs =
        filters.stream()
            .map(f -> Mqtt3Subscription.builder().topicFilter(f).qos(MqttQos.AT_LEAST_ONCE).build())
            .toList();
    return client
        .subscribeWith()
        .addSubscriptions(subs)
        .send()
        .thenApply(
            ack -> {
              List<Mqtt3SubAckReturnCode> codes = ack.getReturnCodes();
              if (codes.contains(Mqtt3SubAckReturnCode.FAILURE)) {
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
