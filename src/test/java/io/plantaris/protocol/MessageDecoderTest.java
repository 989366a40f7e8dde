package io.plantaris.protocol;

import static io.plantaris.protocol.TestFrames.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One commented byte literal per message type, decoded and re-encoded byte for byte. */
class MessageDecoderTest {

  @Test
  void descriptor() throws Exception {
    byte[] raw =
        withCrc(
            // header: version 1, type DESCRIPTOR, seq 0x0102, time 0x01020304 us
            "01 01 0201 04030201"
                // id_len 4, device id "L-01"
                + "04 4c2d3031"
                // firmware 1.2.3
                + "01 02 03"
                // boot_id 0xdeadbeef
                + "efbeadde"
                // side left, 100 Hz, insole 265 mm, 12-bit ADC, unit kPa
                + "01 6400 0901 0c 01"
                // cell_count 2
                + "02"
                // cell 0: x -12.0 mm, y 35.5 mm, heel medial, 150 mm2, gain 0.5, offset 10, max
                // 4095
                + "88ff 6301 01 9600 0000003f 00002041 ff0f"
                // cell 1: x 0, y 200.0 mm, hallux, 80 mm2, gain 1.0, offset 0, max 4095
                + "0000 d007 07 5000 0000803f 00000000 ff0f"
                // IMU: accel + gyro, +-8 g, +-2000 dps
                + "03 08 d007");
    Frame f = FrameDecoder.decode(raw, 0, raw.length);

    assertThat(f.version()).isEqualTo(1);
    assertThat(f.sequence()).isEqualTo(0x0102);
    assertThat(f.deviceTimeMicros()).isEqualTo(0x01020304L);
    Descriptor d = (Descriptor) f.message();
    assertThat(d.deviceId()).isEqualTo("L-01");
    assertThat(List.of(d.firmwareMajor(), d.firmwareMinor(), d.firmwarePatch()))
        .containsExactly(1, 2, 3);
    assertThat(d.bootId()).isEqualTo(0xDEADBEEFL);
    assertThat(d.side()).isEqualTo(Side.LEFT);
    assertThat(d.sampleRateHz()).isEqualTo(100);
    assertThat(d.insoleLengthMm()).isEqualTo(265);
    assertThat(d.adcBits()).isEqualTo(12);
    assertThat(d.unit()).isEqualTo(PressureUnit.KILOPASCAL);
    assertThat(d.cells())
        .containsExactly(
            new DescriptorCell(-120, 355, PlantarRegion.HEEL_MEDIAL, 150, 0.5f, 10f, 4095),
            new DescriptorCell(0, 2000, PlantarRegion.HALLUX, 80, 1f, 0f, 4095));
    assertThat(d.hasAccelerometer()).isTrue();
    assertThat(d.hasGyroscope()).isTrue();
    assertThat(d.accelRangeG()).isEqualTo(8);
    assertThat(d.gyroRangeDps()).isEqualTo(2000);
    assertThat(FrameEncoder.encodeRaw(f)).isEqualTo(raw);
  }

  @Test
  void samples() throws Exception {
    byte[] raw =
        withCrc(
            // header: version 1, type SAMPLES, seq 65535, time 2^32 - 1 us
            "01 02 ffff ffffffff"
                // count 2, cell_count 3, flags accel + gyro, interval 10000 us
                + "02 03 03 1027"
                // sample 0: cells 0, 4095, drop-out; accel 0, -1, 16384; gyro 1, 2, -32768
                + "0000 ff0f ffff  0000 ffff 0040  0100 0200 0080"
                // sample 1: cells 1, 2, 3; accel 100, 200, 300; gyro -100, -200, -300
                + "0100 0200 0300  6400 c800 2c01  9cff 38ff d4fe");
    Frame f = FrameDecoder.decode(raw, 0, raw.length);

    assertThat(f.sequence()).isEqualTo(65535);
    assertThat(f.deviceTimeMicros()).isEqualTo(0xFFFFFFFFL);
    SampleBatch b = (SampleBatch) f.message();
    assertThat(b.count()).isEqualTo(2);
    assertThat(b.cellCount()).isEqualTo(3);
    assertThat(b.intervalMicros()).isEqualTo(10_000);
    assertThat(b.cells()).containsExactly(0, 4095, SampleBatch.DROPOUT, 1, 2, 3);
    assertThat(b.accel()).containsExactly(0, -1, 16384, 100, 200, 300);
    assertThat(b.gyro()).containsExactly(1, 2, -32768, -100, -200, -300);
    assertThat(b.cell(1, 2)).isEqualTo(3);
    assertThat(FrameEncoder.encodeRaw(f)).isEqualTo(raw);
  }

  @Test
  void samplesWithoutImu() throws Exception {
    byte[] raw =
        withCrc(
            // header: version 1, type SAMPLES, seq 7, time 1000 us
            "01 02 0700 e8030000"
                // count 1, cell_count 2, no IMU, interval 0
                + "01 02 00 0000"
                // sample 0: cells 10, 20
                + "0a00 1400");
    SampleBatch b = (SampleBatch) FrameDecoder.decode(raw, 0, raw.length).message();
    assertThat(b.hasAccel()).isFalse();
    assertThat(b.hasGyro()).isFalse();
    assertThat(b.accel()).isEmpty();
    assertThat(b.cells()).containsExactly(10, 20);
  }

  @Test
  void status() throws Exception {
    byte[] raw =
        withCrc(
            // header: version 1, type STATUS, seq 3, time 10 s
            "01 03 0300 80969800"
                // battery 3700 mV, 85 %
                + "740e 55"
                // dropped samples 70000
                + "70110100"
                // temperature -5.25 degC, flags charging
                + "f3fd 01");
    Status s = (Status) FrameDecoder.decode(raw, 0, raw.length).message();
    assertThat(s).isEqualTo(new Status(3700, 85, 70_000, -525, 1));
    assertThat(s.charging()).isTrue();
    assertThat(s.lowBattery()).isFalse();
    assertThat(FrameEncoder.encodeRaw(FrameDecoder.decode(raw, 0, raw.length))).isEqualTo(raw);
  }

  @Test
  void marker() throws Exception {
    byte[] raw =
        withCrc(
            // header: version 1, type MARKER, seq 9, time 0
            "01 04 0900 00000000"
                // kind set start, value set 3
                + "02 0300");
    Frame f = FrameDecoder.decode(raw, 0, raw.length);
    assertThat(f.message()).isEqualTo(new Marker(MarkerKind.SET_START, 3));
    assertThat(FrameEncoder.encodeRaw(f)).isEqualTo(raw);
  }

  @Test
  void descriptorRequest() throws Exception {
    byte[] raw =
        withCrc(
            // header: version 1, type DESCRIPTOR_REQUEST, seq 0, time 0; empty payload
            "01 10 0000 00000000");
    Frame f = FrameDecoder.decode(raw, 0, raw.length);
    assertThat(f.message()).isEqualTo(new DescriptorRequest());
    assertThat(FrameEncoder.encodeRaw(f)).isEqualTo(raw);
  }

  @Test
  void extraTrailingPayloadBytesAreIgnored() throws Exception {
    byte[] raw =
        withCrc(
            // header: MARKER, seq 9, time 0
            "01 04 0900 00000000"
                // kind button, button id 1, then two bytes a later revision appended
                + "01 0100 beef");
    assertThat(FrameDecoder.decode(raw, 0, raw.length).message())
        .isEqualTo(new Marker(MarkerKind.BUTTON_PRESS, 1));
  }

  @Test
  void unknownImuFlagBitsOfADescriptorAreIgnored() throws Exception {
    byte[] raw =
        withCrc(
            // header: DESCRIPTOR, seq 0, time 0
            "01 01 0000 00000000"
                // id "A", fw 1.0.0, boot_id 0, side unknown, 100 Hz, length 0, 12 bit, N, 0 cells
                + "01 41 010000 00000000 00 6400 0000 0c 00 00"
                // IMU flags: gyro plus bit 2 from some later revision; accel range 0, 250 dps
                + "06 00 fa00");
    Descriptor d = (Descriptor) FrameDecoder.decode(raw, 0, raw.length).message();
    assertThat(d.hasAccelerometer()).isFalse();
    assertThat(d.hasGyroscope()).isTrue();
    assertThat(d.gyroRangeDps()).isEqualTo(250);
  }

  @Test
  void samplesWithUnknownFlagBitsAreBadFieldBecauseTheSampleLayoutIsUnknown() {
    // SAMPLES, count 1, 1 cell, flags bit 2, interval 0, one cell value
    assertReason(withCrc("01 02 0000 00000000 01 01 04 0000 0a00"), DecodeError.BAD_FIELD);
  }

  @Test
  void samplesWhoseCountNeedsMoreBytesAreTruncated() {
    byte[] raw =
        withCrc(
            // header: SAMPLES, seq 1, time 0
            "01 02 0100 00000000"
                // count 2, cell_count 1, no IMU, interval 10 ms, but only one sample
                + "02 01 00 1027 0a00");
    assertReason(raw, DecodeError.TRUNCATED);
  }

  @Test
  void outOfRangeFieldsAreBadField() {
    // descriptor: side 7
    assertReason(
        withCrc("01 01 0000 00000000 01 41 010000 00000000 07 6400 0000 0c 00 00 00 00 0000"),
        DecodeError.BAD_FIELD);
    // descriptor: cell_count 65
    assertReason(
        withCrc("01 01 0000 00000000 01 41 010000 00000000 01 6400 0000 0c 00 41 00 00 0000"),
        DecodeError.BAD_FIELD);
    // status: battery 101 %
    assertReason(withCrc("01 03 0000 00000000 740e 65 00000000 0000 00"), DecodeError.BAD_FIELD);
    // marker: kind 6
    assertReason(withCrc("01 04 0000 00000000 06 0000"), DecodeError.BAD_FIELD);
    // samples: count 0
    assertReason(withCrc("01 02 0000 00000000 00 01 00 1027"), DecodeError.BAD_FIELD);
  }

  private static void assertReason(byte[] raw, DecodeError reason) {
    assertThatThrownBy(() -> FrameDecoder.decode(raw, 0, raw.length))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason);
              // the CRC matched, so the header is there for loss tracking
              assertThat(e.header()).isNotNull();
            });
  }

  /** Appends the little-endian CRC-32 to header and payload given in hex. */
  static byte[] withCrc(String hexBody) {
    byte[] body = hex(hexBody);
    long crc = Crc32.of(body, 0, body.length);
    byte[] raw = java.util.Arrays.copyOf(body, body.length + 4);
    for (int i = 0; i < 4; i++) {
      raw[body.length + i] = (byte) (crc >>> (8 * i));
    }
    return raw;
  }
}
