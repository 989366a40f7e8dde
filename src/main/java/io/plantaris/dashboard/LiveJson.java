package io.plantaris.dashboard;

import io.plantaris.analysis.Prescription;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepFlag;
import io.plantaris.analysis.SetSummary;
import io.plantaris.ingest.LiveSample;
import io.plantaris.insole.CellSpec;
import io.plantaris.insole.SensorLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The live page's events as JSON-ready maps: short keys for samples, plain words for reps. */
final class LiveJson {
  private LiveJson() {}

  static Map<String, Object> layout(SensorLayout l) {
    List<Map<String, Object>> cells = new ArrayList<>();
    for (CellSpec c : l.cells()) {
      cells.add(Map.of("x", c.xMm(), "y", c.yMm(), "region", c.region().name()));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("device", l.deviceId());
    m.put("side", l.side().name());
    m.put("lengthMm", l.insoleLengthMm());
    m.put("cells", cells);
    return m;
  }

  /**
   * One snapshot: device, wall millis, movement, newtons per cell rounded to 0.1 N, and when its
   * bytes reached the service (wall millis, for the page's latency probe).
   */
  static Map<String, Object> sample(LiveSample s) {
    float[] n = s.cellNewtons();
    for (int i = 0; i < n.length; i++) {
      n[i] = n[i] == n[i] ? Math.round(n[i] * 10) / 10f : -1;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("d", s.deviceId());
    m.put("t", s.timeMicros() / 1000);
    m.put("m", s.movement().name());
    if (s.riseStartMicros() != Long.MIN_VALUE) {
      m.put("r", s.riseStartMicros() / 1000);
    }
    if (s.blind() != null) {
      m.put("b", s.blind().name());
    }
    m.put("n", n);
    m.put("a", s.arrivedMillis());
    return m;
  }

  static Map<String, Object> rep(RepEvent r, int valid, int total) {
    List<String> reasons = new ArrayList<>();
    List<String> flags = new ArrayList<>();
    for (RepFlag f : r.flags()) {
      reasons.add(f.plainWords());
      flags.add(f.name());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("set", r.setIndex());
    m.put("rep", r.repIndex());
    m.put("valid", r.valid());
    m.put("reasons", reasons);
    m.put("flags", flags);
    m.put("validReps", valid);
    m.put("totalReps", total);
    m.put("upMillis", r.upMillis());
    m.put("holdMillis", r.holdMillis());
    m.put("downMillis", r.downMillis());
    m.put("uncertain", r.uncertain());
    m.put("doubts", doubts(r));
    return m;
  }

  /**
   * What the analysis could not decide about a rep: flag and reason by name (the pages word them
   * per language) and in the service's English words.
   */
  static List<Map<String, Object>> doubts(RepEvent r) {
    List<Map<String, Object>> out = new ArrayList<>();
    r.doubts()
        .forEach(
            (f, d) -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("flag", f.name());
              m.put("doubt", d.name());
              m.put("words", f.checkWords() + " (" + d.plainWords() + ")");
              out.add(m);
            });
    return out;
  }

  static Map<String, Object> set(SetSummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("set", s.setIndex());
    m.put("reps", s.repCount());
    m.put("validReps", s.validReps());
    m.put("tensionSeconds", s.timeUnderTensionMillis() / 1000.0);
    // null when the insoles could not time the phases (pressure alone on a flat floor)
    m.put("tempoAdherence", Double.isNaN(s.tempoAdherence()) ? null : s.tempoAdherence());
    m.put(
        "meanTempoErrorMillis",
        Double.isNaN(s.meanAbsTempoErrorMillis()) ? null : s.meanAbsTempoErrorMillis());
    m.put("durationSeconds", (s.endMicros() - s.startMicros()) / 1e6);
    return m;
  }

  /** An insole's link: ONLINE, OFFLINE or RECONNECTING, for the page's connection state. */
  static Map<String, Object> device(String deviceId, String state) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("device", deviceId);
    m.put("state", state);
    return m;
  }

  static Map<String, Object> plan(Prescription p, String label) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("upMillis", p.upMillis());
    m.put("holdMillis", p.holdMillis());
    m.put("downMillis", p.downMillis());
    m.put("targetReps", p.targetReps());
    m.put("sets", p.sets());
    m.put("addedLoadKg", p.addedLoadKg());
    m.put("singleLeg", p.singleLeg());
    m.put("label", label);
    return m;
  }
}
