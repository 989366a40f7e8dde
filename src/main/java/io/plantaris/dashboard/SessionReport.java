package io.plantaris.dashboard;

import io.plantaris.analysis.Prescription;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepFlag;
import io.plantaris.store.RepCurve;
import io.plantaris.store.StoredRep;
import io.plantaris.store.StoredSession;
import io.plantaris.store.StoredSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One session as the clinician reads it: every rep's phase times against the prescription's
 * targets, its flags in plain words (and by name, for the pages' languages), the sets, the day's
 * pain and the progression decision.
 */
final class SessionReport {
  private SessionReport() {}

  /** How a phase compares with its target: "short" below tolerance, "long" above it, else "ok". */
  static String judge(long millis, long targetMillis, double tolerance) {
    if (millis < targetMillis * (1 - tolerance)) {
      return "short";
    }
    return millis > targetMillis * (1 + tolerance) ? "long" : "ok";
  }

  static Map<String, Object> of(
      StoredSession session,
      List<StoredSet> sets,
      List<StoredRep> reps,
      List<RepCurve> curves,
      List<Pain> pain,
      Prescription rx,
      String rxLabel,
      Map<String, Object> decision) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("patient", session.patientId());
    m.put("sessionId", ClinicianJson.sessionId(session));
    m.put("start", Attention.at(session.startMicros()).toString());
    m.put("end", Attention.at(session.endMicros()).toString());
    m.put("validReps", session.validReps());
    m.put("reps", session.reps());
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("label", rxLabel);
    target.put("upMillis", rx.upMillis());
    target.put("holdMillis", rx.holdMillis());
    target.put("downMillis", rx.downMillis());
    target.put("tolerance", rx.tempoTolerance());
    target.put("targetReps", rx.targetReps());
    target.put("addedLoadKg", rx.addedLoadKg());
    m.put("prescription", target);
    List<Map<String, Object>> setRows = new ArrayList<>();
    for (StoredSet s : sets) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("set", s.setIndex());
      r.put("device", s.device());
      r.put("reps", s.repCount());
      r.put("validReps", s.validReps());
      r.put("timeUnderTensionMillis", s.timeUnderTensionMillis());
      // null when the insoles could not time the phases
      r.put("tempoAdherencePercent", finite(Trends.round(100 * s.tempoAdherence())));
      r.put(
          "meanAbsTempoErrorMillis",
          Double.isNaN(s.meanAbsTempoErrorMillis())
              ? null
              : Math.round(s.meanAbsTempoErrorMillis()));
      r.put("rmSignal", s.rmSignal().name());
      setRows.add(r);
    }
    m.put("sets", setRows);
    Map<String, RepCurve> curveByRep = new HashMap<>();
    for (RepCurve c : curves) {
      curveByRep.put(c.device() + "/" + c.side() + "/" + c.upStartMicros(), c);
    }
    List<Map<String, Object>> repRows = new ArrayList<>();
    Map<String, Integer> flagCounts = new TreeMap<>();
    Map<String, Integer> flagCodeCounts = new TreeMap<>(); // the pages word them per language
    for (StoredRep stored : reps) {
      RepEvent e = stored.rep();
      List<String> reasons = new ArrayList<>();
      List<String> flags = new ArrayList<>();
      for (RepFlag f : e.flags()) {
        reasons.add(f.plainWords());
        flags.add(f.name());
        flagCounts.merge(f.plainWords(), 1, Integer::sum);
        flagCodeCounts.merge(f.name(), 1, Integer::sum);
      }
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("set", e.setIndex());
      r.put("rep", e.repIndex());
      r.put("side", e.side().name());
      r.put("upMillis", e.upMillis());
      r.put("holdMillis", e.holdMillis());
      r.put("downMillis", e.downMillis());
      r.put("up", judge(e.upMillis(), rx.upMillis(), rx.tempoTolerance()));
      r.put("hold", judge(e.holdMillis(), rx.holdMillis(), rx.tempoTolerance()));
      r.put("down", judge(e.downMillis(), rx.downMillis(), rx.tempoTolerance()));
      r.put("heightMm", finite(e.peakHeightMm()));
      r.put("rangePercent", finite(Trends.round(100 * e.rangeFraction())));
      r.put("valid", e.valid());
      r.put("reasons", reasons);
      r.put("flags", flags);
      r.put("uncertain", e.uncertain());
      r.put("doubts", LiveJson.doubts(e));
      r.put(
          "curve",
          RepCurveJson.of(
              curveByRep.get(stored.device() + "/" + e.side() + "/" + e.upStartMicros())));
      repRows.add(r);
    }
    m.put("repRows", repRows);
    m.put("flagCounts", flagCounts);
    m.put("flagCodeCounts", flagCodeCounts);
    m.put("pain", ClinicianJson.pain(pain));
    m.put("decision", decision);
    return m;
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? Trends.round(v) : null;
  }
}
