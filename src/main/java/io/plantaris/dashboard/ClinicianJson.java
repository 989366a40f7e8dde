package io.plantaris.dashboard;

import io.plantaris.programme.Change;
import io.plantaris.programme.Decision;
import io.plantaris.programme.Review;
import io.plantaris.store.StoredSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The clinician pages' values as JSON-ready maps (times as ISO-8601 strings, no NaN). */
final class ClinicianJson {
  private ClinicianJson() {}

  /** A session's id in URLs: its start in microseconds (the session's identity in the store). */
  static String sessionId(StoredSession s) {
    return Long.toString(s.startMicros());
  }

  static Map<String, Object> session(StoredSession s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", sessionId(s));
    m.put("start", Attention.at(s.startMicros()).toString());
    m.put("end", Attention.at(s.endMicros()).toString());
    m.put("sets", s.sets());
    m.put("reps", s.reps());
    m.put("validReps", s.validReps());
    m.put("timeUnderTensionMillis", s.timeUnderTensionMillis());
    return m;
  }

  static List<Map<String, Object>> pain(List<Pain> pain) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Pain p : pain) {
      out.add(Map.of("at", p.at().toString(), "kind", p.kind(), "score", p.score()));
    }
    return out;
  }

  /** The shape of {@code GET /api/patients/{id}/decisions}' entries. */
  static Map<String, Object> decision(Decision d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("sessionId", d.sessionId());
    m.put("trigger", d.trigger().name());
    m.put("decidedAt", d.decidedAt().toString());
    m.put("ruleId", d.ruleId());
    m.put("proposed", change(d.proposed()));
    m.put("reasons", d.reasons());
    m.put("status", d.status().name());
    Review r = d.review();
    if (r == null) {
      m.put("review", null);
    } else {
      Map<String, Object> rm = new LinkedHashMap<>();
      rm.put("clinicianId", r.clinicianId());
      rm.put("at", r.at().toString());
      rm.put("replacement", r.replacement() == null ? null : change(r.replacement()));
      rm.put("note", r.note());
      m.put("review", rm);
    }
    m.put("effective", change(d.effective()));
    return m;
  }

  private static Map<String, Object> change(Change c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("action", c.action().name());
    m.put("loadChangeKg", c.loadChangeKg());
    m.put("words", c.words());
    return m;
  }
}
