package io.plantaris.sim.live;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import io.plantaris.sim.TimedBytes;
import io.plantaris.sim.WireSink;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes like an insole on MQTT 5 (PROTOCOL.md section 5): one connection per device with Last
 * Will {@code offline}, retained descriptor, retained {@code online}, data frames at QoS 1.
 */
public final class MqttWireSink implements WireSink {
  private static final byte[] OFFLINE = "offline".getBytes(StandardCharsets.UTF_8);
  private final String host;
  private final int port;
  private final Map<String, Mqtt5BlockingClient> clients = new LinkedHashMap<>();
  private final Map<String, Boolean> announced = new LinkedHashMap<>();

  public MqttWireSink(String host, int port) {
    this.host = host;
    this.port = port;
  }

  static String topic(String deviceId, String leaf) {
    return "plantaris/v1/" + deviceId + "/" + leaf;
  }

  @Override
  public void open(List<String> deviceIds) {
    for (String id : deviceIds) {
      Mqtt5BlockingClient client =
          Mqtt5Client.builder()
              .identifier("plantaris-sim-" + id)
              .serverHost(host)
              .serverPort(port)
              .buildBlocking();
      client
          .connectWith()
          .willPublish()
          .topic(topic(id, "state"))
          .qos(MqttQos.AT_LEAST_ONCE)
          .retain(true)
          .payload(OFFLINE)
          .applyWillPublish()
          .send();
      clients.put(id, client);
    }
  }

  @Override
  public void send(String deviceId, TimedBytes frame) {
    Mqtt5BlockingClient client = clients.get(deviceId);
    if (frame.descriptor()) {
      publish(client, topic(deviceId, "descriptor"), frame.bytes(), true);
      if (announced.put(deviceId, true) == null) {
        publish(client, topic(deviceId, "state"), "online".getBytes(StandardCharsets.UTF_8), true);
      }
      return;
    }
    publish(client, topic(deviceId, "data"), frame.bytes(), false);
  }

  private static void publish(Mqtt5BlockingClient c, String topic, byte[] payload, boolean retain) {
    c.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).retain(retain).payload(payload).send();
  }

  @Override
  public void close() {
    for (Map.Entry<String, Mqtt5BlockingClient> e : clients.entrySet()) {
      publish(e.getValue(), topic(e.getKey(), "state"), OFFLINE, true);
      e.getValue().disconnect();
    }
  }
}
