package io.plantaris.dashboard;

import io.plantaris.store.RepCurve;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rep's stored curves for the session report: times in ms from the rep's upStart, heel share as
 * the fraction (0..1) of the insole's load, pitch in degrees, heel rise in mm; null for a value not
 * measured (JSON has no NaN), and no series at all for what the insole cannot measure.
 */
final class RepCurveJson {
  private RepCurveJson() {}

  /** The curve as JSON, or null when the rep has none stored. */
  static Map<String, Object> of(RepCurve c) {
    if (c == null) {
      return null;
    }
    List<Long> t = new ArrayList<>(c.size());
    for (int i = 0; i < c.size(); i++) {
      t.add(c.tMillis(i));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tMillis", t);
    m.put("heelShare", values(c.heelShare()));
    m.put("pitchDeg", values(c.pitchDegrees()));
    m.put("heightMm", values(c.heelRiseMm()));
    return m;
  }

  /** Null when nothing in the series was measured. */
  private static List<Double> values(float[] v) {
    List<Double> out = new ArrayList<>(v.length);
    boolean any = false;
    for (float x : v) {
      boolean finite = Float.isFinite(x);
      any |= finite;
      out.add(finite ? Math.round(x * 1000.0) / 1000.0 : null); // the store keeps 3 digits
    }
    return any ? out : null;
  }
}
