package io.plantaris.dashboard;

import io.plantaris.programme.PainReport;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * One pain rating for the clinician's pages, from either place it is kept: the time-series store or
 * the registry (the live page's pain button).
 *
 * @param kind "before", "during", "after" or "next-morning"
 */
record Pain(Instant at, String kind, int score) {

  /** Equal for the same report from either place: the store keeps times to the microsecond. */
  static Pain of(PainReport p) {
    return new Pain(p.at().truncatedTo(ChronoUnit.MICROS), words(p.kind().name()), p.score());
  }

  /** Pain felt during or right after the exercise (the 0-10 scale's 0-3 safe, above 5 too much). */
  boolean duringExercise() {
    return kind.equals("during");
  }

  private static String words(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
