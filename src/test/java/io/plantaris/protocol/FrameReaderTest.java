package io.plantaris.protocol;

import static io.plantaris.protocol.TestFrames.concat;
import static io.plantaris.protocol.TestFrames.hex;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrameReaderTest {
  private static final Frame GOOD = Frame.of(42, 1_000, new Marker(MarkerKind.BUTTON_PRESS, 1));

  @Test
  void sameFramesWhateverTheChunking() {
    byte[] stream = concat(hex("00 13 37 00"), TestFrames.stream(40, 5), hex("00 00"));
    List<Frame> whole = read(stream, r -> r.feed(stream));

    assertThat(whole).hasSize(41);
    assertThat(read(stream, r -> oneByteAtATime(r, stream))).isEqualTo(whole);
    for (long seed = 1; seed <= 20; seed++) {
      Random random = new Random(seed);
      assertThat(read(stream, r -> randomSplits(r, stream, random)))
          .as("seed %d", seed)
          .isEqualTo(whole);
    }
    assertThat(
            read(stream, r -> r.feed(ByteBuffer.allocateDirect(stream.length).put(stream).flip())))
        .isEqualTo(whole);
  }

  static List<Arguments> brokenInputs() {
    byte[] good = FrameEncoder.encodeRaw(GOOD);
    byte[] badCrc = good.clone();
    badCrc[good.length - 1] ^= 0x01;
    byte[] oversize = new byte[1030];
    Arrays.fill(oversize, (byte) 0x55);
    return List.of(
        Arguments.of("code byte past the end", DecodeError.BAD_COBS, hex("05 11 22 00")),
        Arguments.of("11 bytes", DecodeError.TRUNCATED, FrameEncoder.wire(Arrays.copyOf(good, 11))),
        Arguments.of("flipped CRC bit", DecodeError.BAD_CRC, FrameEncoder.wire(badCrc)),
        Arguments.of(
            "version 2",
            DecodeError.UNSUPPORTED_VERSION,
            FrameEncoder.wire(FrameEncoder.rawFrame(2, 4, 1, 0, hex("01 0100")))),
        Arguments.of(
            "type 0x7f",
            DecodeError.UNKNOWN_TYPE,
            FrameEncoder.wire(FrameEncoder.rawFrame(1, 0x7f, 1, 0, hex("")))),
        Arguments.of(
            "status cut short",
            DecodeError.TRUNCATED,
            FrameEncoder.wire(FrameEncoder.rawFrame(1, 3, 1, 0, hex("740e 55")))),
        Arguments.of(
            "marker kind 0",
            DecodeError.BAD_FIELD,
            FrameEncoder.wire(FrameEncoder.rawFrame(1, 4, 1, 0, hex("00 0000")))),
        Arguments.of(
            "1030 bytes without delimiter", DecodeError.OVERSIZE, concat(oversize, hex("00"))),
        Arguments.of(
            "1021-byte payload: 1025 decoded bytes",
            DecodeError.OVERSIZE,
            FrameEncoder.wire(FrameEncoder.rawFrame(1, 3, 1, 0, new byte[1013]))));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("brokenInputs")
  void brokenFrameIsCountedAndTheNextGoodFrameDecodes(
      String name, DecodeError reason, byte[] broken) {
    TestFrames.Collected out = new TestFrames.Collected();
    FrameReader reader = new FrameReader(out);
    reader.feed(concat(broken, FrameEncoder.encodeWire(GOOD)));

    assertThat(reader.counters().errorsByReason()).containsExactly(Map.entry(reason, 1L));
    assertThat(out.errors).extracting(DecodeException::reason).containsExactly(reason);
    assertThat(out.frames).containsExactly(GOOD);
    assertThat(reader.counters().framesOk()).isEqualTo(1);
  }

  @Test
  void unknownTypeKeepsItsHeaderForLossTracking() {
    TestFrames.Collected out = new TestFrames.Collected();
    new FrameReader(out)
        .feed(FrameEncoder.wire(FrameEncoder.rawFrame(1, 0x20, 513, 77, hex("aa"))));

    assertThat(out.errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.reason()).isEqualTo(DecodeError.UNKNOWN_TYPE);
              assertThat(e.header()).isEqualTo(new FrameHeader(1, 0x20, 513, 77));
            });
  }

  @Test
  void frameOfExactly1029EncodedBytesIsNotOversize() {
    // 1012 payload bytes + 12 = 1024 decoded bytes without zeros -> 1029 encoded bytes
    byte[] payload = new byte[1012];
    Arrays.fill(payload, (byte) 0x11);
    byte[] wire = FrameEncoder.wire(FrameEncoder.rawFrame(1, 0x7e, 1, 0x01010101L, payload));
    TestFrames.Collected out = new TestFrames.Collected();
    FrameReader reader = new FrameReader(out);
    reader.feed(wire);
    // header and CRC may contain zeros; what matters is no OVERSIZE at or below 1029 bytes
    assertThat(wire.length - 1).isLessThanOrEqualTo(Deframer.MAX_ENCODED_BYTES);
    assertThat(reader.counters().errorsByReason()).containsOnlyKeys(DecodeError.UNKNOWN_TYPE);
  }

  @Test
  void streamEndingInsideAFrameCountsOneTruncated() {
    byte[] wire = FrameEncoder.encodeWire(GOOD);
    FrameReader reader = new FrameReader(new TestFrames.Collected());
    reader.feed(wire, 0, wire.length - 3);
    reader.endOfStream();
    assertThat(reader.counters().errors(DecodeError.TRUNCATED)).isEqualTo(1);
    assertThat(reader.counters().framesOk()).isZero();
  }

  @Test
  void emptyFramesAreIgnored() {
    FrameReader reader = new FrameReader(new TestFrames.Collected());
    reader.feed(hex("00 00 00 00"));
    assertThat(reader.counters().errorsTotal()).isZero();
    assertThat(reader.counters().framesOk()).isZero();
  }

  private static List<Frame> read(byte[] stream, java.util.function.Consumer<FrameReader> feeder) {
    TestFrames.Collected out = new TestFrames.Collected();
    FrameReader reader = new FrameReader(out);
    feeder.accept(reader);
    assertThat(reader.counters().errors(DecodeError.BAD_COBS)).isEqualTo(1); // the "13 37" garbage
    return out.frames;
  }

  private static void oneByteAtATime(FrameReader r, byte[] stream) {
    for (int i = 0; i < stream.length; i++) {
      r.feed(stream, i, 1);
    }
  }

  private static void randomSplits(FrameReader r, byte[] stream, Random random) {
    int i = 0;
    while (i < stream.length) {
      int n = Math.min(stream.length - i, random.nextInt(1500));
      r.feed(stream, i, n);
      i += n;
    }
  }
}
