package io.plantaris.importer;

import java.util.Locale;

/**
 * Maps a source sensor's three axes into the insole frame (x toes, y wearer's left, z up): each
 * insole axis takes one source axis, optionally negated.
 *
 * <p>Written as text like {@code "x,-y,z"}: the n-th term names the source axis that becomes insole
 * axis n. Only permutations with signs are allowed, so a map never mixes or scales axes.
 *
 * @param sourceAxis for insole axis x, y, z: the index (0..2) of the source axis it reads
 * @param sign for insole axis x, y, z: +1 or -1
 */
public record AxisMap(int[] sourceAxis, int[] sign) {
  /** The source frame already is the insole frame. */
  public static final AxisMap IDENTITY = parse("x,y,z");

  public AxisMap {
    if (sourceAxis.length != 3 || sign.length != 3) {
      throw new IllegalArgumentException("an axis map needs exactly three axes");
    }
    sourceAxis = sourceAxis.clone();
    sign = sign.clone();
    boolean[] used = new boolean[3];
    for (int i = 0; i < 3; i++) {
      if (sourceAxis[i] < 0 || sourceAxis[i] > 2 || used[sourceAxis[i]]) {
        throw new IllegalArgumentException("axis map must use each of x, y, z exactly once");
      }
      used[sourceAxis[i]] = true;
      if (sign[i] != 1 && sign[i] != -1) {
        throw new IllegalArgumentException("axis sign must be +1 or -1, was " + sign[i]);
      }
    }
  }

  /** Parses {@code "x,-y,z"} style text (case-insensitive, optional {@code +}, spaces ignored). */
  public static AxisMap parse(String text) {
    String[] terms = text.replace(" ", "").toLowerCase(Locale.ROOT).split(",");
    if (terms.length != 3) {
      throw new IllegalArgumentException(
          "axis map '" + text + "' must have three comma-separated terms like x,-y,z");
    }
    int[] axes = new int[3];
    int[] signs = new int[3];
    for (int i = 0; i < 3; i++) {
      String t = terms[i];
      signs[i] = t.startsWith("-") ? -1 : 1;
      t = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
      axes[i] =
          switch (t) {
            case "x" -> 0;
            case "y" -> 1;
            case "z" -> 2;
            default ->
                throw new IllegalArgumentException(
                    "axis map '" + text + "': unknown axis '" + terms[i] + "'");
          };
    }
    return new AxisMap(axes, signs);
  }

  /**
   * Writes {@code source} (x, y, z in the source frame) into {@code target} in the insole frame.
   */
  public void apply(double[] source, float[] target) {
    for (int i = 0; i < 3; i++) {
      target[i] = (float) (sign[i] * source[sourceAxis[i]]);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AxisMap m
        && java.util.Arrays.equals(sourceAxis, m.sourceAxis)
        && java.util.Arrays.equals(sign, m.sign);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(sourceAxis) * 31 + java.util.Arrays.hashCode(sign);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      b.append(i > 0 ? "," : "").append(sign[i] < 0 ? "-" : "").append("xyz".charAt(sourceAxis[i]));
    }
    return b.toString();
  }
}
