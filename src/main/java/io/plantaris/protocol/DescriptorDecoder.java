package io.plantaris.protocol;

import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.Side;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Decodes a DESCRIPTOR payload (PROTOCOL.md 3.1). */
final class DescriptorDecoder {
  static final int CELL_BYTES = 17;

  private DescriptorDecoder() {}

  static Descriptor decode(byte[] b, int off, int len) throws DecodeException {
    if (len < 1) {
      throw truncated(len, 1);
    }
    // id_len and cell_count size the payload, so their ranges are checked before the length.
    int idLen = Le.u8(b, off);
    if (idLen < 1 || idLen > Descriptor.MAX_ID_BYTES) {
      throw new DecodeException(DecodeError.BAD_FIELD, "id_len " + idLen + " not in 1..32");
    }
    int p = off + 1 + idLen;
    if (len < 1 + idLen + 15) {
      throw truncated(len, 1 + idLen + 15);
    }
    int cellCount = Le.u8(b, p + 14);
    if (cellCount > Descriptor.MAX_CELLS) {
      throw new DecodeException(DecodeError.BAD_FIELD, "cell_count " + cellCount + " > 64");
    }
    int needed = 1 + idLen + 15 + cellCount * CELL_BYTES + 4;
    if (len < needed) {
      throw truncated(len, needed);
    }
    String deviceId = utf8(b, off + 1, idLen);
    // firmware version (3 x u8), boot_id (u32)
    int major = Le.u8(b, p);
    int minor = Le.u8(b, p + 1);
    int patch = Le.u8(b, p + 2);
    long bootId = Le.u32(b, p + 3);
    // side, sample rate, insole length, ADC resolution, unit
    int sideCode = Le.u8(b, p + 7);
    int rateHz = Le.u16(b, p + 8);
    int lengthMm = Le.u16(b, p + 10);
    int adcBits = Le.u8(b, p + 12);
    PressureUnit unit = PressureUnit.fromWireCode(Le.u8(b, p + 13));
    if (sideCode > 2) {
      throw new DecodeException(DecodeError.BAD_FIELD, "side " + sideCode + " not in 0..2");
    }
    if (unit == null) {
      throw new DecodeException(DecodeError.BAD_FIELD, "unit " + Le.u8(b, p + 13) + " not 0 or 1");
    }
    List<DescriptorCell> cells = new ArrayList<>(cellCount);
    int c = p + 15;
    for (int i = 0; i < cellCount; i++, c += CELL_BYTES) {
      final int at = c;
      int region = Le.u8(b, at + 4);
      if (region > PlantarRegion.LESSER_TOES.wireCode()) {
        throw new DecodeException(DecodeError.BAD_FIELD, "cell " + i + " region " + region);
      }
      cells.add(
          build(
              () ->
                  new DescriptorCell(
                      Le.i16(b, at),
                      Le.i16(b, at + 2),
                      PlantarRegion.fromWireCode(region),
                      Le.u16(b, at + 5),
                      Le.f32(b, at + 7),
                      Le.f32(b, at + 11),
                      Le.u16(b, at + 15))));
    }
    // IMU: presence flags, accelerometer and gyroscope full scale
    // bits 2..7 are ignored: a later revision may announce more sensors, and the descriptor's
    // layout does not depend on them (unlike SAMPLES flags, which size every sample)
    int imuFlags = Le.u8(b, c);
    int accelRangeG = Le.u8(b, c + 1);
    int gyroRangeDps = Le.u16(b, c + 2);
    return build(
        () ->
            new Descriptor(
                deviceId,
                major,
                minor,
                patch,
                bootId,
                Side.fromWireCode(sideCode),
                rateHz,
                lengthMm,
                adcBits,
                unit,
                cells,
                (imuFlags & 1) != 0,
                (imuFlags & 2) != 0,
                accelRangeG,
                gyroRangeDps));
  }

  /** Lets the record's constructor own the range rules and turns its verdict into BAD_FIELD. */
  static <T> T build(ValueBuilder<T> builder) throws DecodeException {
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new DecodeException(DecodeError.BAD_FIELD, e.getMessage());
    }
  }

  interface ValueBuilder<T> {
    T build();
  }

  static DecodeException truncated(int len, int needed) {
    return new DecodeException(
        DecodeError.TRUNCATED, "payload has " + len + " bytes, needs " + needed);
  }

  private static String utf8(byte[] b, int off, int len) throws DecodeException {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b, off, len)).toString();
    } catch (CharacterCodingException e) {
      throw new DecodeException(DecodeError.BAD_FIELD, "device_id is not UTF-8");
    }
  }
}
