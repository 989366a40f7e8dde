package io.plantaris.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonDirectoryTest {
  private final PersonDirectory dir = new PersonDirectory(Map.of("ttyA", "alice"));

  @Test
  void insolesThatDifferOnlyBySidePairUp() {
    assertThat(dir.personOf("mqtt:PL-0001-L")).isEqualTo(dir.personOf("mqtt:PL-0001-R"));
    assertThat(dir.personOf("mqtt:SIM-L-0001")).isEqualTo("SIM-0001");
    assertThat(dir.personOf("replay:SIM-R-0001")).isEqualTo("SIM-0001");
    assertThat(dir.personOf("mqtt:bob_left")).isEqualTo(dir.personOf("mqtt:bob_right"));
  }

  @Test
  void otherIdsStayApartAndConfigurationWins() {
    assertThat(dir.personOf("mqtt:PL-0001")).isNotEqualTo(dir.personOf("mqtt:PL-0002"));
    assertThat(dir.personOf("mqtt:R")).isEqualTo("R");
    assertThat(dir.personOf("serial:ttyA")).isEqualTo("alice");
  }
}
