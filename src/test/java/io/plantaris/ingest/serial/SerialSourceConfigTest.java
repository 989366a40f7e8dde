package io.plantaris.ingest.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SerialSourceConfigTest {
  @Test
  void defaultsFollowTheProtocol() {
    SerialSourceConfig c = SerialSourceConfig.of("/dev/ttyUSB0");
    assertThat(c.baud()).isEqualTo(115_200);
    assertThat(c.reconnectMinMillis()).isEqualTo(500);
    assertThat(c.reconnectMaxMillis()).isEqualTo(2_000);
    assertThat(c.streamKey()).isEqualTo("serial:/dev/ttyUSB0");
  }

  @Test
  void acceptsOnlyTheProtocolsBaudRates() {
    assertThat(SerialSourceConfig.of("/dev/ttyACM0").withBaud(921_600).baud()).isEqualTo(921_600);
    assertThatThrownBy(() -> SerialSourceConfig.of("/dev/ttyACM0").withBaud(9_600))
        .hasMessage("baud must be 115200, 230400, 460800 or 921600, was 9600");
  }

  @Test
  void rejectsABlankPathAndABackwardsBackoff() {
    assertThatThrownBy(() -> SerialSourceConfig.of(" ")).hasMessageContaining("blank");
    assertThatThrownBy(() -> new SerialSourceConfig("/dev/x", 115_200, 2_000, 500, 200))
        .hasMessageContaining("reconnectMinMillis <= reconnectMaxMillis");
  }
}
