package io.plantaris.protocol;

import static io.plantaris.protocol.TestFrames.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CobsTest {

  @ParameterizedTest(name = "{0} <-> {1}")
  @CsvSource({
    // the examples of Cheshire and Baker / Wikipedia
    "00, 0101",
    "0000, 010101",
    "001100, 01021101",
    "11220033, 03112202 33",
    "11223344, 0511223344",
    "11000000, 02110101 01",
  })
  void encodesAndDecodesTheReferenceExamples(String decoded, String encoded) throws Exception {
    byte[] d = hex(decoded);
    assertThat(hex(Cobs.encode(d, 0, d.length))).isEqualTo(encoded.replace(" ", ""));
    byte[] e = hex(encoded);
    byte[] out = new byte[e.length];
    int n = Cobs.decode(e, 0, e.length, out, 0);
    assertThat(hex(Arrays.copyOf(out, n))).isEqualTo(decoded);
  }

  @Test
  void blockOf254NonZeroBytesNeedsNoTrailingCode() throws Exception {
    byte[] data = new byte[254];
    Arrays.fill(data, (byte) 0x42);
    byte[] enc = Cobs.encode(data, 0, data.length);
    // one 0xFF code byte then the 254 data bytes, nothing else
    assertThat(enc).hasSize(255);
    assertThat(enc[0] & 0xFF).isEqualTo(0xFF);
    assertThat(roundTrip(enc)).isEqualTo(data);
  }

  @Test
  void blockOf255NonZeroBytesSplitsAfter254() throws Exception {
    byte[] data = new byte[255];
    Arrays.fill(data, (byte) 0x01);
    byte[] enc = Cobs.encode(data, 0, data.length);
    // 0xFF + 254 bytes, then code 0x02 + the last byte
    assertThat(enc).hasSize(257);
    assertThat(enc[255]).isEqualTo((byte) 0x02);
    assertThat(roundTrip(enc)).isEqualTo(data);
  }

  @Test
  void acceptsTheRedundantTrailingCodeSomeEncodersEmitAfterA254Block() throws Exception {
    byte[] enc = new byte[256];
    Arrays.fill(enc, (byte) 0x07);
    enc[0] = (byte) 0xFF;
    enc[255] = 0x01;
    assertThat(roundTrip(enc)).hasSize(254);
  }

  @Test
  void encodingNeverContainsZero() {
    byte[] data = new byte[1024];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i % 7 == 0 ? 0 : i);
    }
    byte[] enc = Cobs.encode(data, 0, data.length);
    assertThat(enc).doesNotContain((byte) 0);
    assertThat(enc.length).isLessThanOrEqualTo(Cobs.maxEncodedLength(1024));
  }

  @Test
  void codePointingPastTheEndIsBadCobs() {
    byte[] enc = hex("05 11 22"); // promises 4 data bytes, has 2
    assertThatThrownBy(() -> Cobs.decode(enc, 0, enc.length, new byte[8], 0))
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.reason()).isEqualTo(DecodeError.BAD_COBS))
        .hasMessageContaining("past the end");
  }

  @Test
  void zeroInsideAFrameIsBadCobs() {
    byte[] enc = hex("03 11 00");
    assertThatThrownBy(() -> Cobs.decode(enc, 0, enc.length, new byte[8], 0))
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.reason()).isEqualTo(DecodeError.BAD_COBS));
  }

  private static byte[] roundTrip(byte[] enc) throws DecodeException {
    byte[] out = new byte[enc.length];
    int n = Cobs.decode(enc, 0, enc.length, out, 0);
    return Arrays.copyOf(out, n);
  }
}
