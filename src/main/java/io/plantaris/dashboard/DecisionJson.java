package io.plantaris.dashboard;

import io.plantaris.programme.Change;
import io.plantaris.programme.Decision;
import io.plantaris.programme.Review;
import java.util.LinkedHashMap;
import java.util.Map;

/** A decision as the clinician page reads it; the field names are the API's contract. */
final class DecisionJson {
  private DecisionJson() {}

  static Map<String, Object> of(Decision d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("sessionId", d.sessionId());
    m.put("trigger", d.trigger().name());
    m.put("decidedAt", d.decidedAt().toString());
    m.put("ruleId", d.ruleId());
    m.put("proposed", change(d.proposed()));
    m.put("reasons", d.reasons());
    m.put("status", d.status().name());
    m.put("review", review(d.review()));
    m.put("effective", change(d.effective()));
    return m;
  }

  private static Map<String, Object> review(Review r) {
    if (r == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("clinician", r.clinicianId());
    m.put("at", r.at().toString());
    m.put("replacement", r.replacement() == null ? null : change(r.replacement()));
    m.put("note", r.note());
    return m;
  }

  private static Map<String, Object> change(Change c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("action", c.action().name());
    m.put("loadChangeKg", c.loadChangeKg());
    m.put("words", c.words()); // "add 2 kg": what the clinician pages show
    return m;
  }
}
