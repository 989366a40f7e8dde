package io.plantaris.ingest.serial;

import io.plantaris.protocol.DecodeError;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.FrameEncoder;
import io.plantaris.protocol.TestFrames;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Good SAMPLES frames with a corrupt piece after every fourth, one of each kind in turn, and the
 * error counts a decoder must report for them.
 */
record CorruptStream(List<byte[]> pieces, Map<DecodeError, Long> expectedErrors) {

  static CorruptStream build(int goodFrames) {
    List<byte[]> pieces = new ArrayList<>();
    Map<DecodeError, Long> expected = new EnumMap<>(DecodeError.class);
    // A bootloader's chatter before the firmware starts: 'b' (0x62) is a COBS code past the end.
    pieces.add(delimited("boot: rst cause 2\r\n".getBytes(StandardCharsets.US_ASCII)));
    expected.merge(DecodeError.BAD_COBS, 1L, Long::sum);
    DecodeError[] kinds = {
      DecodeError.BAD_CRC,
      DecodeError.UNKNOWN_TYPE,
      DecodeError.UNSUPPORTED_VERSION,
      DecodeError.TRUNCATED,
      DecodeError.BAD_COBS,
      DecodeError.OVERSIZE
    };
    for (int seq = 0; seq < goodFrames; seq++) {
      pieces.add(SerialItSupport.samplesWire(seq));
      if (seq % 4 == 3) {
        DecodeError kind = kinds[(seq / 4) % kinds.length];
        pieces.add(corrupt(kind, seq));
        expected.merge(kind, 1L, Long::sum);
      }
    }
    return new CorruptStream(pieces, expected);
  }

  private static byte[] corrupt(DecodeError kind, int seq) {
    byte[] payload = {1, 2, 3, 4};
    return switch (kind) {
      case BAD_CRC -> {
        byte[] raw = FrameEncoder.encodeRaw(Frame.of(seq, 0, TestFrames.samples(5, seq)));
        raw[20] ^= 0x55; // a flipped payload byte: the CRC no longer matches
        yield FrameEncoder.wire(raw);
      }
      case UNKNOWN_TYPE -> FrameEncoder.wire(FrameEncoder.rawFrame(1, 0x7F, seq, 0, payload));
      case UNSUPPORTED_VERSION ->
          FrameEncoder.wire(FrameEncoder.rawFrame(2, 0x02, seq, 0, payload));
      case TRUNCATED -> FrameEncoder.wire(new byte[] {1, 2, 3, 4, 5}); // shorter than header + CRC
      case BAD_COBS -> new byte[] {0x05, 0x11, 0x22, 0x00}; // code 5 needs 4 more bytes, has 2
      case OVERSIZE -> {
        byte[] noise = new byte[1_500]; // no delimiter within 1029 bytes
        Arrays.fill(noise, (byte) 0x7F);
        yield delimited(noise);
      }
      case BAD_FIELD -> throw new IllegalArgumentException("not generated: " + kind);
    };
  }

  private static byte[] delimited(byte[] bytes) {
    return Arrays.copyOf(bytes, bytes.length + 1);
  }
}
