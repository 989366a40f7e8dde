package io.plantaris.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Load figures as people read them: "6 kg", "2.5 kg", "body weight". */
final class Kg {
  private Kg() {}

  static String amount(double kg) {
    return number(kg) + " kg";
  }

  /** 6 -> "6", 2.5 -> "2.5", 6.25 -> "6.25". */
  static String number(double value) {
    return new BigDecimal(value)
        .setScale(2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** "at 6 kg" or "at body weight". */
  static String load(double addedKg) {
    return addedKg == 0 ? "at body weight" : "at " + amount(addedKg);
  }

  /** Rounds up to a multiple of the step (a load change never rounds to nothing). */
  static double roundUp(double kg, double stepKg) {
    return Math.ceil(kg / stepKg - 1e-9) * stepKg;
  }
}
