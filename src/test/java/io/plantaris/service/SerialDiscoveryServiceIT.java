package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.ingest.DeviceEvent;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.WireFrames;
import io.plantaris.ingest.serial.SerialDeviceWriter;
import io.plantaris.ingest.serial.SocatPair;
import io.plantaris.sim.TimedBytes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With serial discovery on, the service asks each candidate port for a descriptor at start, opens
 * the ones where an insole answers, and skips the others.
 */
class SerialDiscoveryServiceIT {
  @TempDir Path tmp;

  @Test
  void theServiceFindsTheInsoleByItsDescriptorAndIgnoresAPortWithoutOne() throws Exception {
    List<TimedBytes> frames =
        WireFrames.split(Files.readAllBytes(Path.of("samples", "clean-set.plw")));
    byte[] descriptor = frames.get(0).bytes();
    try (SocatPair insoleCable = new SocatPair(tmp, "insole");
        SocatPair silentCable = new SocatPair(tmp, "silent")) {
      insoleCable.plugIn();
      silentCable.plugIn();
      try (SerialDeviceWriter insole =
              SerialDeviceWriter.open(insoleCable.devicePath(), 115_200, descriptor);
          SerialDeviceWriter silent =
              SerialDeviceWriter.open(silentCable.devicePath(), 115_200, null)) {
        ConfigFile f = new ConfigFile();
        f.broker.embedded = false;
        f.mqtt.enabled = false;
        f.http.enabled = false;
        f.store.type = "off";
        f.serialDiscovery.enabled = true;
        f.serialDiscovery.candidates =
            List.of(
                insoleCable.hostPath(), silentCable.hostPath(), tmp.resolve("absent").toString());
        List<DeviceEvent> events = new CopyOnWriteArrayList<>();
        SessionListener l =
            new SessionListener() {
              @Override
              public void onDevice(DeviceEvent e) {
                events.add(e);
              }
            };
        try (PlantarisService service = PlantarisService.start(ServiceConfig.from(f), List.of(l))) {
          assertThat(service.ingest().sources()).hasSize(1);
          assertThat(service.ingest().sources().get(0).name()).contains(insoleCable.hostPath());
          for (int i = 1; i < 200; i++) {
            insole.write(frames.get(i).bytes());
          }
          long deadline = System.nanoTime() + 30_000_000_000L;
          while (System.nanoTime() < deadline
              && service.ingest().devices().stream().mapToLong(d -> d.samplesOut()).sum() < 900) {
            Thread.sleep(50);
          }
          assertThat(service.ingest().devices().stream().mapToLong(d -> d.samplesOut()).sum())
              .isGreaterThanOrEqualTo(900);
          assertThat(events)
              .anySatisfy(e -> assertThat(e.kind()).isEqualTo(DeviceEvent.Kind.ANNOUNCED));
        }
        assertThat(silent.descriptorRequests()).as("the silent port was asked too").isPositive();
      }
    }
  }
}
