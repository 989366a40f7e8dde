package io.plantaris.eval;

import java.util.Locale;

/** The plain-text form of an {@link EvalReport}, one labelled section a line. */
final class EvalReportText {
  private EvalReportText() {}

  static String format(EvalReport r) {
    StringBuilder sb = new StringBuilder();
    line(
        sb,
        "count: sets %d, exact %.1f%%, within +-1 %.1f%%",
        r.sets(),
        100 * r.exactFraction(),
        100 * r.withinOneFraction());
    if (r.blindSets() > 0) {
      line(
          sb,
          "count: not countable, the insole said it cannot see: %d sets of %d reps",
          r.blindSets(),
          r.blindReps());
    }
    line(
        sb,
        "reps: truth %d, missed %d, spurious %d",
        r.truthReps(),
        r.missedReps(),
        r.spuriousReps());
    line(
        sb,
        "verdict: valid/invalid agrees with truth %.1f%% of %d decided reps; uncertain %d",
        100 * r.verdictAgreement(),
        r.decidedReps(),
        r.uncertainReps());
    line(
        sb,
        "boundaries: all abs error median %.0f ms, p90 %.0f ms",
        r.medianPhaseErrorMillis(),
        r.p90PhaseErrorMillis());
    for (BoundaryScore b : r.boundaries()) {
      line(
          sb,
          "  %-15s n %d, median %.0f ms, p90 %.0f ms, bias %+.0f ms%s%s",
          b.boundary(),
          b.scored(),
          b.medianAbsMillis(),
          b.p90AbsMillis(),
          b.biasMillis(),
          b.notObservable() == 0 ? "" : ", not observable: " + b.notObservable(),
          b.untimed() == 0 ? "" : ", untimed (too little movement): " + b.untimed());
    }
    if (r.otherActivityMillis() > 0) {
      line(
          sb,
          "not a heel raise: %d false reps in %.1f min (%.2f per min)",
          r.otherActivityReps(),
          r.otherActivityMillis() / 60_000.0,
          r.otherActivityRepsPerMinute());
      new java.util.TreeMap<>(r.otherActivityByKind())
          .forEach(
              (kind, a) ->
                  line(
                      sb,
                      "  %-14s %3d false reps in %5.1f min",
                      kind.toLowerCase(java.util.Locale.ROOT),
                      a.falseReps(),
                      a.millis() / 60_000.0));
    } else {
      line(sb, "not a heel raise: none in these recordings");
    }
    r.flags().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(
            e -> {
              EvalReport.FlagScore s = e.getValue();
              line(
                  sb,
                  "flag %-21s precision %.3f recall %.3f (tp %d fp %d fn %d)%s",
                  e.getKey(),
                  s.precision(),
                  s.recall(),
                  s.truePositives(),
                  s.falsePositives(),
                  s.falseNegatives(),
                  (s.notObservable() == 0
                          ? ""
                          : ", not observable with this layout: " + s.notObservable())
                      + (s.uncertain() == 0 ? "" : ", uncertain: " + s.uncertain()));
            });
    return sb.toString();
  }

  private static void line(StringBuilder sb, String format, Object... args) {
    sb.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
