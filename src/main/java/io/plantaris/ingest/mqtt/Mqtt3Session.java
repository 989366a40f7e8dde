package io.plantaris.ingest.mqtt;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;
import com.hivemq.client.mqtt.mqtt3.lifecycle.Mqtt3ClientConnectedContext;
import com.hivemq.client.mqtt.mqtt3.message.auth.Mqtt3SimpleAuth;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.Mqtt3Subscription;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.suback.Mqtt3SubAckReturnCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The service's MQTT 3.1.1 connection: cleanSession=false, so the session never expires. */
final class Mqtt3Session implements BrokerSession {
  private final Mqtt3AsyncClient client;
  private final PublishFlow<Mqtt3Publish> flow;

  Mqtt3Session(MqttSourceConfig config, Events events) {
    Mqtt3ClientBuilder b =
        MqttTransport.builder(config.endpoint(), config.clientId())
            .addConnectedListener(
                ctx ->
                    events.onConnected(
                        this, ((Mqtt3ClientConnectedContext) ctx).getConnAck().isSessionPresent()))
            .addDisconnectedListener(ctx -> events.onDisconnected(this, ctx))
            .useMqttVersion3();
    MqttEndpoint e = config.endpoint();
    if (e.username() != null) {
      // on the builder so that every reconnect carries them (see Mqtt5Session)
      var a = Mqtt3SimpleAuth.builder().username(e.username());
      if (e.password() != null) {
        a = a.password(e.password().getBytes(StandardCharsets.UTF_8));
      }
      b = b.simpleAuth(a.build());
    }
    this.client = b.buildAsync();
    this.flow =
        new PublishFlow<Mqtt3Publish>(
            () -> client.toRx().publishes(MqttGlobalPublishFilter.ALL, true),
            p -> events.onMessage(p.getTopic().toString(), p.getPayloadAsBytes(), p::acknowledge));
    flow.open();
  }

  @Override
  public MqttProtocol version() {
    return MqttProtocol.V3;
  }

  @Override
  public CompletableFuture<Void> connect() {
    return client.connectWith().cleanSession(false).send().thenApply(ack -> null);
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
