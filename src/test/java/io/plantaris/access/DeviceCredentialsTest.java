package io.plantaris.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceCredentialsTest {
  private static final Instant T = Instant.parse("2026-11-24T10:00:00Z");

  @TempDir Path tmp;

  @Test
  void anIssuedSecretVerifiesOnlyForItsDeviceAndIsNotStoredInClear() throws Exception {
    DeviceCredentials c = new DeviceCredentials(tmp.resolve("device-credentials.json"));
    String s = c.issue("PL-0001-L", T);
    assertThat(s).hasSizeGreaterThanOrEqualTo(32);
    assertThat(c.verify("PL-0001-L", s.getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(c.verify("PL-0002-L", s.getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(c.verify("PL-0001-L", (s + "x").getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(c.verify("PL-0001-L", null)).isFalse();
    assertThat(Files.readString(c.path())).doesNotContain(s).contains("PL-0001-L");
  }

  @Test
  void reissuingReplacesTheOldSecretAndRevokingLocksTheDeviceOut() {
    DeviceCredentials c = new DeviceCredentials(tmp.resolve("device-credentials.json"));
    String first = c.issue("PL-0001-L", T);
    String second = c.issue("PL-0001-L", T.plusSeconds(60));
    // another reader of the same file (the running service) sees every change
    DeviceCredentials service = new DeviceCredentials(c.path());
    assertThat(service.verify("PL-0001-L", first.getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(service.verify("PL-0001-L", second.getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(c.devices()).containsExactly("PL-0001-L");
    assertThat(c.revoke("PL-0001-L")).isTrue();
    assertThat(c.revoke("PL-0001-L")).isFalse();
    assertThat(service.verify("PL-0001-L", second.getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @Test
  void aDeviceIdThatCouldNameForeignTopicsIsRefused() {
    DeviceCredentials c = new DeviceCredentials(tmp.resolve("device-credentials.json"));
    for (String bad : new String[] {"PL/0001", "PL+", "#", "", "$svc"}) {
      assertThatThrownBy(() -> c.issue(bad, T))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("device id must be");
    }
  }
}
