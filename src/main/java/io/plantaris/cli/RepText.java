package io.plantaris.cli;

import io.plantaris.analysis.BlindStance;
import io.plantaris.analysis.Prescription;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepFlag;
import io.plantaris.analysis.SetSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain-text lines and JSON-ready maps for reps and sets. */
final class RepText {
  private RepText() {}

  static String line(RepEvent r) {
    String verdict =
        r.uncertain()
            ? "COUNTED, NOT CHECKED: " + r.doubtWords()
            : r.valid()
                ? "VALID"
                : "NOT COUNTED: "
                    + r.flags().stream().map(RepFlag::plainWords).collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        "set %d rep %2d %-5s at %8.1f s  up %5d ms  hold %5d ms  down %5d ms  %s",
        r.setIndex(),
        r.repIndex(),
        r.side(),
        r.upStartMicros() / 1e6,
        r.upMillis(),
        r.holdMillis(),
        r.downMillis(),
        verdict);
  }

  static String summary(SetSummary s, Prescription rx) {
    return String.format(
        Locale.ROOT,
        "set %d: %d reps (%d valid) of %d prescribed, %.1f s under tension, tempo adherence"
            + " %s, load signal %s",
        s.setIndex(),
        s.repCount(),
        s.validReps(),
        rx.targetReps(),
        s.timeUnderTensionMillis() / 1000.0,
        percent(s.tempoAdherence()),
        s.rmSignal());
  }

  /** A share as a whole percent; "not observable" when the insoles could not measure it. */
  static String percent(double share) {
    return Double.isNaN(share)
        ? "not observable"
        : String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  static Map<String, Object> json(RepEvent r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("set", r.setIndex());
    m.put("index", r.repIndex());
    m.put("side", r.side().name());
    m.put("upStartMillis", r.upStartMicros() / 1000);
    m.put("holdStartMillis", r.holdStartMicros() / 1000);
    m.put("downStartMillis", r.downStartMicros() / 1000);
    m.put("downEndMillis", r.downEndMicros() / 1000);
    m.put("upMillis", r.upMillis());
    m.put("holdMillis", r.holdMillis());
    m.put("downMillis", r.downMillis());
    m.put("peakPitchDegrees", finite(r.peakPitchDegrees()));
    m.put("peakHeightMm", finite(r.peakHeightMm()));
    m.put("valid", r.valid());
    m.put("verdict", r.uncertain() ? "UNCERTAIN" : r.valid() ? "VALID" : "NOT_COUNTED");
    m.put("reasons", r.flags().stream().map(Enum::name).toList());
    Map<String, String> doubts = new LinkedHashMap<>();
    r.doubts().forEach((f, d) -> doubts.put(f.name(), d.name()));
    m.put("doubts", doubts);
    return m;
  }

  static Map<String, Object> json(SetSummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("index", s.setIndex());
    m.put("startMillis", s.startMicros() / 1000);
    m.put("endMillis", s.endMicros() / 1000);
    m.put("repCount", s.repCount());
    m.put("validReps", s.validReps());
    m.put("timeUnderTensionMillis", s.timeUnderTensionMillis());
    m.put("tempoAdherence", finite(s.tempoAdherence()));
    m.put("meanAbsTempoErrorMillis", finite(s.meanAbsTempoErrorMillis()));
    m.put("peakPitchDegrees", finite(s.peakPitchDegrees()));
    m.put("peakHeightMm", finite(s.peakHeightMm()));
    m.put("repDurationSlopeMillisPerRep", s.repDurationSlopeMillisPerRep());
    m.put("rangeSlopePerRep", s.rangeSlopePerRep());
    m.put("rmSignal", s.rmSignal().name());
    return m;
  }

  /** JSON has no NaN: unknown values are null. */
  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  private static List<Double> finite(List<Double> values) {
    return values.stream().map(v -> finite(v.doubleValue())).toList();
  }

  /**
   * A time an insole could not see a heel raise, in plain words: "the left insole could not see
   * heel raises from 6.6 s to 130.2 s: ...".
   */
  static String line(BlindStance b) {
    String why =
        switch (b.reason()) {
          case STEP_EDGE ->
              "the heel over a step edge, one zone carries the whole load; do them on the floor";
          case ZONE_SILENT -> "a zone stopped reporting; check the insole";
          case EDGE_UNSEEN ->
              "the heel over a step edge, the cells see too little of a rep to count it; do"
                  + " them on the floor";
        };
    return String.format(
        Locale.ROOT,
        "the %s insole could not see heel raises from %.1f s to %.1f s: %s",
        b.side().name().toLowerCase(Locale.ROOT),
        b.fromMicros() / 1e6,
        b.toMicros() / 1e6,
        why);
  }

  static Map<String, Object> json(BlindStance b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("side", b.side().name());
    m.put("fromMillis", b.fromMicros() / 1000);
    m.put("toMillis", b.toMicros() / 1000);
    m.put("reason", b.reason().name());
    return m;
  }
}
