package io.plantaris.service;

import io.plantaris.ingest.ByteSink;
import io.plantaris.ingest.LinkState;
import io.plantaris.ingest.WireFrames;
import io.plantaris.ingest.mqtt.MqttDevicePublisher;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.protocol.MessageType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes replayed or simulated insoles behave as Wi-Fi insoles: each stream becomes a device that
 * connects to the broker with its descriptor and publishes its frames at QoS 1 as they come. Used
 * by the demo and the load generator.
 */
public final class MqttInsoleBridge implements ByteSink, AutoCloseable {
  private final MqttPublisherConfig config;

  /** Below the publisher's offline buffer: a replay faster than real time waits, it never drops. */
  private static final int IN_FLIGHT_PER_DEVICE = 256;

  private final Map<String, MqttDevicePublisher> devices = new ConcurrentHashMap<>();
  private final Map<String, Semaphore> inFlight = new ConcurrentHashMap<>();
  private final AtomicLong published = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  public MqttInsoleBridge(MqttPublisherConfig config) {
    this.config = config;
  }

  @Override
  public boolean onBytes(String streamKey, byte[] data, int off, int len, long receivedMillis) {
    byte[] frame = java.util.Arrays.copyOfRange(data, off, off + len);
    String deviceId = streamKey.substring(streamKey.indexOf(':') + 1);
    MqttDevicePublisher p = devices.get(deviceId);
    boolean descriptor = WireFrames.typeOf(frame) == MessageType.DESCRIPTOR.wireCode();
    try {
      if (p == null) {
        if (!descriptor) {
          failed.incrementAndGet(); // a device announces itself before it sends data
          return true;
        }
        p = new MqttDevicePublisher(config, deviceId);
        p.connect(frame, 30_000);
        devices.put(deviceId, p);
        return true;
      }
      Semaphore window =
          inFlight.computeIfAbsent(deviceId, k -> new Semaphore(IN_FLIGHT_PER_DEVICE));
      window.acquire();
      var f = descriptor ? p.publishDescriptor(frame) : p.publishData(frame);
      f.whenComplete(
          (v, e) -> {
            window.release();
            (e == null ? published : failed).incrementAndGet();
          });
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failed.incrementAndGet();
      return false;
    } catch (Exception e) {
      failed.incrementAndGet();
      return true;
    }
  }

  @Override
  public void onLinkState(String streamKey, LinkState state, String detail) {}

  public long published() {
    return published.get();
  }

  public long failed() {
    return failed.get();
  }

  /** Disconnects every device cleanly (each announces {@code offline}). */
  @Override
  public void close() {
    devices.values().forEach(MqttDevicePublisher::close);
    devices.clear();
  }
}
