package io.plantaris.store;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

/**
 * A curve's values as compact text for a string field: comma-separated, three significant digits,
 * an empty entry for a value not measured. Line protocol has no arrays, and a hundred numbers as
 * text are a few hundred bytes per rep.
 */
final class CurveText {
  private static final MathContext THREE_DIGITS = new MathContext(3);

  private CurveText() {}

  static String encode(float[] values) {
    StringBuilder b = new StringBuilder(values.length * 6);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      float v = values[i];
      if (Float.isFinite(v)) {
        b.append(
            v == 0
                ? "0"
                : new BigDecimal(v).round(THREE_DIGITS).stripTrailingZeros().toPlainString());
      }
    }
    return b.toString();
  }

  /** Whether any value is measured: a series that is all NaN is not stored at all. */
  static boolean anyFinite(float[] values) {
    for (float v : values) {
      if (Float.isFinite(v)) {
        return true;
      }
    }
    return false;
  }

  /** The values of {@code text}, or {@code size} NaNs when the field was not stored. */
  static float[] decode(String text, int size) {
    float[] out = new float[size];
    Arrays.fill(out, Float.NaN);
    if (text == null || text.isEmpty() && size <= 1) {
      return out;
    }
    String[] parts = text.split(",", -1);
    if (parts.length != size) {
      throw new IllegalStateException(
          "stored curve has " + parts.length + " values, its point says " + size);
    }
    for (int i = 0; i < size; i++) {
      if (!parts[i].isEmpty()) {
        out[i] = Float.parseFloat(parts[i]);
      }
    }
    return out;
  }
}
