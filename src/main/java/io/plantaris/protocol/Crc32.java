package io.plantaris.protocol;

import java.util.zip.CRC32;

/**
 * The frame checksum, CRC-32/ISO-HDLC (Ethernet, zlib, PNG), which is exactly what the JDK's
 * intrinsic {@link CRC32} computes.
 */
public final class Crc32 {
  private Crc32() {}

  /** CRC of {@code len} bytes of {@code b} from {@code off}, as an unsigned 32-bit value. */
  public static long of(byte[] b, int off, int len) {
    CRC32 crc = new CRC32();
    crc.update(b, off, len);
    return crc.getValue();
  }
}
