package io.plantaris.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceClockTest {
  private static final long T0_MILLIS = 1_780_000_000_000L; // 2026-05-28

  @Test
  void unwrapsTheU32MicrosecondClock() {
    DeviceClock c = new DeviceClock();
    assertThat(c.advance(4_294_927_296L)).isEqualTo(4_294_927_296L);
    assertThat(c.advance(10_000)).isEqualTo(4_294_967_296L + 10_000);
    assertThat(c.advance(60_000)).isEqualTo(4_294_967_296L + 60_000);
    // a second wrap, 71.6 minutes later, in steps of 1000 s
    long t = 60_000;
    for (int i = 0; i < 5; i++) {
      t = (t + 1_000_000_000L) & 0xFFFF_FFFFL;
      c.advance(t);
    }
    assertThat(c.lastMicros()).isEqualTo(4_294_967_296L + 60_000 + 5_000_000_000L);
  }

  @Test
  void rebootContinuesAfterTheLatestSampleSeen() {
    DeviceClock c = new DeviceClock();
    c.advance(7_000_000);
    c.extendTo(7_040_000); // last sample of that frame's batch
    assertThat(c.reboot(1_500)).isEqualTo(7_040_000 + 1 + 1_500);
    assertThat(c.advance(51_500)).isEqualTo(7_040_001 + 51_500);
  }

  @Test
  void anchorsAtTheFirstFrameThenFollowsDeviceTime() {
    DeviceClock c = new DeviceClock();
    assertThat(c.wallMillis(1_000_000, T0_MILLIS)).isEqualTo(T0_MILLIS);
    // 0.5 s of device time later, received 40 ms late: device time wins
    assertThat(c.wallMillis(1_500_000, T0_MILLIS + 540)).isEqualTo(T0_MILLIS + 500);
    assertThat(c.reAnchors()).isZero();
  }

  @Test
  void neverPlacesASampleInTheFutureOfItsReceiveTime() {
    DeviceClock c = new DeviceClock();
    c.wallMillis(0, T0_MILLIS);
    // the device clock runs 1 % fast: after 100 s it is 1 s ahead of the host
    long wall = c.wallMillis(101_000_000, T0_MILLIS + 100_000);
    assertThat(wall).isEqualTo(T0_MILLIS + 100_000);
    assertThat(c.reAnchors()).isZero();
  }

  @Test
  void reAnchorsWhenTheMappingDriftsMoreThanTwoSeconds() {
    DeviceClock c = new DeviceClock();
    c.wallMillis(0, T0_MILLIS);
    // a slow device clock: 1.9 s behind is tolerated ...
    assertThat(c.wallMillis(98_100_000, T0_MILLIS + 100_000)).isEqualTo(T0_MILLIS + 98_100);
    assertThat(c.reAnchors()).isZero();
    // ... 2.5 s behind re-anchors on the receive time
    assertThat(c.wallMillis(197_500_000, T0_MILLIS + 200_000)).isEqualTo(T0_MILLIS + 200_000);
    assertThat(c.reAnchors()).isEqualTo(1);
    // and device time is followed from the new anchor
    assertThat(c.wallMillis(198_500_000, T0_MILLIS + 201_100)).isEqualTo(T0_MILLIS + 201_000);
  }

  @Test
  void reAnchoringAFastClockNeverMovesWallTimeBackwards() {
    DeviceClock c = new DeviceClock();
    c.wallMillis(0, T0_MILLIS);
    long a = c.wallMillis(1_000_000, T0_MILLIS + 1_000);
    // the host clock steps back 5 s (NTP correction): results hold still rather than go back
    long b = c.wallMillis(2_000_000, T0_MILLIS - 4_000);
    assertThat(b).isEqualTo(a);
    assertThat(c.reAnchors()).isEqualTo(1);
  }

  @Test
  void neverBefore2020() {
    DeviceClock c = new DeviceClock();
    assertThat(c.wallMillis(0, 0)).isEqualTo(DeviceClock.Config.DEFAULT.earliestWallMillis());
  }
}
