package io.plantaris.ingest.serial;

import static io.plantaris.ingest.serial.SerialItSupport.BAUD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Discovery over pty pairs: one insole that answers, one silent device, one missing path. */
class SerialDiscoveryIT {
  private static final Logger log = LoggerFactory.getLogger(SerialDiscoveryIT.class);
  @TempDir Path tmp;
  private final SerialItSupport resources = new SerialItSupport();

  @AfterEach
  void cleanUp() {
    resources.close();
  }

  @Test
  void keepsOnlyPortsThatAnswerWithADescriptor() throws Exception {
    SocatPair insole = resources.track(new SocatPair(tmp, "insole"));
    SocatPair silent = resources.track(new SocatPair(tmp, "modem"));
    insole.plugIn();
    silent.plugIn();
    SerialDeviceWriter answering =
        resources.track(
            SerialDeviceWriter.open(insole.devicePath(), BAUD, SerialItSupport.descriptorWire()));
    SerialDeviceWriter mute =
        resources.track(SerialDeviceWriter.open(silent.devicePath(), BAUD, null));
    String missing = tmp.resolve("no-such-tty").toString();

    long t0 = System.nanoTime();
    List<SerialDiscovery.Found> found =
        SerialDiscovery.probe(
            List.of(silent.hostPath(), missing, insole.hostPath()),
            BAUD,
            SerialDiscovery.DEFAULT_ANSWER_MILLIS);
    long tookMillis = (System.nanoTime() - t0) / 1_000_000;
    log.info("probed 3 paths in " + tookMillis + " ms");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).path()).isEqualTo(insole.hostPath());
    assertThat(found.get(0).descriptor().deviceId()).isEqualTo("insole-L1");
    assertThat(answering.descriptorRequests()).isEqualTo(1);
    assertThat(mute.descriptorRequests()).as("the silent port was asked too").isEqualTo(1);
    // Probes run in parallel: the silent port's 500 ms wait bounds the whole discovery.
    assertThat(tookMillis).isBetween(500L, 5_000L);
  }
}
