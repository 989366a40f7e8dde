package io.plantaris.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Crc32Test {
  @Test
  void checkValueOfTheCrcCatalogue() {
    byte[] b = "123456789".getBytes(StandardCharsets.US_ASCII);
    assertThat(Crc32.of(b, 0, b.length)).isEqualTo(0xCBF43926L);
  }

  @Test
  void honoursOffsetAndLength() {
    byte[] b = "xx123456789yy".getBytes(StandardCharsets.US_ASCII);
    assertThat(Crc32.of(b, 2, 9)).isEqualTo(0xCBF43926L);
  }
}
