package io.plantaris.protocol;

/** What a cell's calibrated value means: force, or pressure over the cell's area. */
public enum PressureUnit {
  NEWTON,
  KILOPASCAL;

  /** The unit for a descriptor's {@code unit} byte, or null when it is out of range. */
  static PressureUnit fromWireCode(int code) {
    return code == 0 ? NEWTON : code == 1 ? KILOPASCAL : null;
  }

  int wireCode() {
    return ordinal();
  }
}
