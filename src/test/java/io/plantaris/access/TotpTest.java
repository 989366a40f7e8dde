package io.plantaris.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** TOTP against the test vectors of RFC 6238 appendix B (SHA-1, 8 digits cut to 6). */
class TotpTest {
  /** The RFC's SHA-1 seed "12345678901234567890" in Base32. */
  static final String RFC_SECRET =
      Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

  @Test
  void codesMatchTheRfcVectors() {
    assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    // RFC 6238 B: 59 s -> 94287082, 1111111109 -> 07081804, 1234567890 -> 89005924,
    // 2000000000 -> 69279037; six digits are the last six of each
    assertThat(Totp.code(RFC_SECRET, 59 / 30)).isEqualTo("287082");
    assertThat(Totp.code(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
    assertThat(Totp.code(RFC_SECRET, 1234567890L / 30)).isEqualTo("005924");
    assertThat(Totp.code(RFC_SECRET, 2000000000L / 30)).isEqualTo("279037");
  }

  @Test
  void aCodeIsAcceptedOneStepEitherSideAndNotFurther() {
    long t = 1234567890L;
    String code = Totp.code(RFC_SECRET, t / 30);
    assertThat(Totp.matchingStep(RFC_SECRET, code, t)).isEqualTo(t / 30);
    assertThat(Totp.matchingStep(RFC_SECRET, code, t + 30)).isEqualTo(t / 30);
    assertThat(Totp.matchingStep(RFC_SECRET, code, t + 90)).isEqualTo(-1);
    assertThat(Totp.matchingStep(RFC_SECRET, "12345", t)).isEqualTo(-1);
    assertThat(Totp.uri("Plantaris", "cara", RFC_SECRET))
        .isEqualTo(
            "otpauth://totp/Plantaris:cara?secret="
                + RFC_SECRET
                + "&issuer=Plantaris&algorithm=SHA1&digits=6&period=30");
    assertThat(Totp.unbase32(Totp.newSecret())).hasSize(20);
  }
}
