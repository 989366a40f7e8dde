package io.plantaris.protocol;

/** What a MARKER frame marks, with its wire code. */
public enum MarkerKind {
  BUTTON_PRESS(1),
  SET_START(2),
  SET_END(3),
  SESSION_START(4),
  SESSION_END(5);

  private final int wireCode;

  MarkerKind(int wireCode) {
    this.wireCode = wireCode;
  }

  public int wireCode() {
    return wireCode;
  }

  /** The kind with this code, or null when it is out of range. */
  static MarkerKind fromWireCode(int code) {
    return code >= 1 && code <= 5 ? values()[code - 1] : null;
  }
}
