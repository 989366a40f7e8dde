package io.plantaris.sim.live;

import io.plantaris.ingest.mqtt.MqttDevicePublisher;
import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.sim.TimedBytes;
import io.plantaris.sim.WireSink;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Publishes like a Wi-Fi insole (PROTOCOL.md section 5) through {@link MqttDevicePublisher}: one
 * persistent MQTT 5 session per device, Last Will {@code offline}, retained descriptor and {@code
 * online}, data frames at QoS 1, buffered across broker restarts.
 */
public final class MqttWireSink implements WireSink {
  private final MqttPublisherConfig config;
  private final Map<String, MqttDevicePublisher> devices = new LinkedHashMap<>();

  public MqttWireSink(String host, int port) {
    this(MqttPublisherConfig.of(MqttEndpoint.plain(host, port)));
  }

  public MqttWireSink(MqttPublisherConfig config) {
    this.config = config;
  }

  @Override
  public void send(String deviceId, TimedBytes frame) throws IOException {
    MqttDevicePublisher p = devices.get(deviceId);
    if (p == null) {
      if (!frame.descriptor()) {
        throw new IOException(deviceId + " must announce itself with a descriptor first");
      }
      p = new MqttDevicePublisher(config, deviceId);
      try {
        p.connect(frame.bytes(), 30_000);
      } catch (Exception e) {
        p.close();
        throw new IOException("cannot connect " + deviceId + " to " + config.endpoint(), e);
      }
      devices.put(deviceId, p);
      return;
    }
    if (frame.descriptor()) {
      p.publishDescriptor(frame.bytes());
    } else {
      p.publishData(frame.bytes());
    }
  }

  @Override
  public void close() {
    devices.values().forEach(MqttDevicePublisher::close);
  }
}
