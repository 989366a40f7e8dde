package io.plantaris.dashboard;

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
}
