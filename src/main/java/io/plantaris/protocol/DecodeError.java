package io.plantaris.protocol;

/** Why a frame on the wire could not be turned into a {@link Frame} (PROTOCOL.md sections 1-4). */
public enum DecodeError {
  /** A COBS code byte points past the end of the frame (or a zero byte inside it). */
  BAD_COBS,
  /** Fewer bytes than a header + CRC, or than the payload layout needs. */
  TRUNCATED,
  /** The CRC-32 over header and payload does not match the transmitted one. */
  BAD_CRC,
  /** The header's version is not 1. */
  UNSUPPORTED_VERSION,
  /** The header's type is not one this version knows. */
  UNKNOWN_TYPE,
  /** A field lies outside its documented range. */
  BAD_FIELD,
  /** More than 1029 encoded bytes (or 1024 decoded bytes) without a delimiter. */
  OVERSIZE
}
