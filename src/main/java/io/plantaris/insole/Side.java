package io.plantaris.insole;

/** Which foot an insole is worn on; the wire code is the byte used in the firmware protocol. */
public enum Side {
  UNKNOWN(0),
  LEFT(1),
  RIGHT(2);

  private final int wireCode;

  Side(int wireCode) {
    this.wireCode = wireCode;
  }

  public int wireCode() {
    return wireCode;
  }

  /** Maps a wire code to a side; codes this version does not know read as {@link #UNKNOWN}. */
  public static Side fromWireCode(int code) {
    for (Side s : values()) {
      if (s.wireCode == code) {
        return s;
      }
    }
    return UNKNOWN;
  }
}
