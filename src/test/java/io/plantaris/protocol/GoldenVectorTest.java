package io.plantaris.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.Side;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The golden vectors of the C reference encoder (firmware-protocol/vectors/vectors.json). */
class GoldenVectorTest {
  private static final Path VECTORS = Path.of("firmware-protocol/vectors/vectors.json");

  @Test
  void vectorsCoverEveryErrorReason() throws IOException {
    JsonNode root = new ObjectMapper().readTree(VECTORS.toFile());
    assertThat(root.get("protocol_version").asInt()).isEqualTo(1);
    List<String> reasons = new ArrayList<>();
    root.get("vectors").forEach(v -> v.get("errors").fieldNames().forEachRemaining(reasons::add));
    assertThat(reasons).containsAll(Arrays.stream(DecodeError.values()).map(Enum::name).toList());
  }

  @TestFactory
  Stream<DynamicTest> everyVectorDecodesToTheExpectedFramesAndErrors() throws IOException {
    JsonNode root = new ObjectMapper().readTree(VECTORS.toFile());
    return StreamSupport.stream(root.get("vectors").spliterator(), false)
        .map(v -> DynamicTest.dynamicTest(v.get("name").asText(), () -> check(v)));
  }

  private static void check(JsonNode vector) throws Exception {
    byte[] wire = TestFrames.hex(vector.get("wire_hex").asText());
    List<Frame> expected = new ArrayList<>();
    vector.get("frames").forEach(f -> expected.add(frame(f)));
    Map<DecodeError, Long> expectedErrors = new EnumMap<>(DecodeError.class);
    vector
        .get("errors")
        .fields()
        .forEachRemaining(
            e -> expectedErrors.put(DecodeError.valueOf(e.getKey()), e.getValue().asLong()));

    for (int chunk : new int[] {wire.length, 1, 7}) {
      TestFrames.Collected out = new TestFrames.Collected();
      FrameReader reader = new FrameReader(out);
      for (int i = 0; i < wire.length; i += chunk) {
        reader.feed(wire, i, Math.min(chunk, wire.length - i));
      }
      assertThat(out.frames).as("chunks of %d", chunk).containsExactlyElementsOf(expected);
      assertThat(reader.counters().errorsByReason()).isEqualTo(expectedErrors);
    }
    reencodesByteForByte(wire, vector.get("name").asText().endsWith("_redundant_01"));
  }

  /**
   * Every frame that decodes re-encodes to exactly its wire bytes (extra bytes carried over); a
   * frame sent with the redundant final {@code 0x01} code re-encodes to the canonical form without
   * it (PROTOCOL.md 1).
   */
  private static void reencodesByteForByte(byte[] wire, boolean redundantFinalCode)
      throws DecodeException {
    int start = 0;
    for (int i = 0; i < wire.length; i++) {
      if (wire[i] != 0) {
        continue;
      }
      byte[] segment = Arrays.copyOfRange(wire, start, i + 1);
      start = i + 1;
      Frame frame;
      byte[] raw = new byte[segment.length];
      try {
        int n = Cobs.decode(segment, 0, segment.length - 1, raw, 0);
        raw = Arrays.copyOf(raw, n);
        frame = FrameDecoder.decode(raw, 0, n);
      } catch (DecodeException e) {
        continue;
      }
      int payloadLength = FrameEncoder.encodeRaw(frame).length - 12;
      byte[] extra = Arrays.copyOfRange(raw, 8 + payloadLength, raw.length - 4);
      byte[] canonical = segment;
      if (redundantFinalCode) {
        assertThat(segment[segment.length - 2]).isEqualTo((byte) 0x01);
        canonical = Arrays.copyOf(segment, segment.length - 1);
        canonical[canonical.length - 1] = 0;
      }
      assertThat(TestFrames.hex(FrameEncoder.encodeWire(frame, extra)))
          .as("re-encoded %s", frame.type())
          .isEqualTo(TestFrames.hex(canonical));
    }
  }

  private static Frame frame(JsonNode f) {
    JsonNode p = f.get("payload");
    Message message =
        switch (MessageType.valueOf(f.get("type").asText())) {
          case DESCRIPTOR -> descriptor(p);
          case SAMPLES -> samples(p);
          case STATUS ->
              new Status(
                  p.get("battery_mv").asInt(),
                  p.get("battery_percent").asInt(),
                  p.get("dropped_samples").asLong(),
                  p.get("temperature_centi_c").asInt(),
                  p.get("flags").asInt());
          case MARKER ->
              new Marker(MarkerKind.fromWireCode(p.get("kind").asInt()), p.get("value").asInt());
          case DESCRIPTOR_REQUEST -> new DescriptorRequest();
        };
    return new Frame(
        f.get("version").asInt(), f.get("seq").asInt(), f.get("time_us").asLong(), message);
  }

  private static Descriptor descriptor(JsonNode p) {
    List<DescriptorCell> cells = new ArrayList<>();
    for (JsonNode c : p.get("cells")) {
      cells.add(
          new DescriptorCell(
              c.get("x").asInt(),
              c.get("y").asInt(),
              PlantarRegion.fromWireCode(c.get("region").asInt()),
              c.get("area_mm2").asInt(),
              (float) c.get("gain").asDouble(),
              (float) c.get("offset").asDouble(),
              c.get("max_raw").asInt()));
    }
    int imu = p.get("imu_flags").asInt();
    return new Descriptor(
        p.get("device_id").asText(),
        p.get("fw_major").asInt(),
        p.get("fw_minor").asInt(),
        p.get("fw_patch").asInt(),
        p.get("boot_id").asLong(),
        Side.fromWireCode(p.get("side").asInt()),
        p.get("sample_rate_hz").asInt(),
        p.get("insole_length_mm").asInt(),
        p.get("adc_bits").asInt(),
        p.get("unit").asInt() == 0 ? PressureUnit.NEWTON : PressureUnit.KILOPASCAL,
        cells,
        (imu & 1) != 0,
        (imu & 2) != 0,
        p.get("accel_range_g").asInt(),
        p.get("gyro_range_dps").asInt());
  }

  private static SampleBatch samples(JsonNode p) {
    int count = p.get("count").asInt();
    int cellCount = p.get("cell_count").asInt();
    int flags = p.get("flags").asInt();
    int[] cells = new int[count * cellCount];
    short[] accel = new short[count * 3];
    short[] gyro = new short[count * 3];
    JsonNode samples = p.get("samples");
    assertThat(samples).hasSize(count);
    for (int k = 0; k < count; k++) {
      JsonNode s = samples.get(k);
      for (int c = 0; c < cellCount; c++) {
        cells[k * cellCount + c] = s.get("cells").get(c).asInt();
      }
      assertThat(s.has("accel")).isEqualTo((flags & 1) != 0);
      assertThat(s.has("gyro")).isEqualTo((flags & 2) != 0);
      for (int a = 0; a < 3; a++) {
        accel[3 * k + a] = s.has("accel") ? (short) s.get("accel").get(a).asInt() : 0;
        gyro[3 * k + a] = s.has("gyro") ? (short) s.get("gyro").get(a).asInt() : 0;
      }
    }
    boolean hasAccel = (flags & 1) != 0;
    boolean hasGyro = (flags & 2) != 0;
    return new SampleBatch(
        count,
        cellCount,
        hasAccel,
        hasGyro,
        p.get("interval_us").asInt(),
        cells,
        hasAccel ? accel : null,
        hasGyro ? gyro : null);
  }
}
