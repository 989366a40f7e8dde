package io.plantaris.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantaris.programme.Action;
import io.plantaris.programme.Change;
import io.plantaris.programme.Decision;
import io.plantaris.programme.DecisionStatus;
import io.plantaris.programme.Review;
import io.plantaris.programme.Trigger;
import java.util.List;
import java.util.Map;

/** A decision's stored fields and back: reasons as one JSON array text, a review as its columns. */
final class DecisionRows {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DecisionRows() {}

  /**
   * The reasons as a JSON array: a reason may hold any character, and one text field keeps the
   * point flat.
   */
  static String reasonsText(List<String> reasons) {
    try {
      return JSON.writeValueAsString(reasons);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> reasons(String text) {
    try {
      return JSON.readValue(text, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored reasons are not a JSON array: " + text, e);
    }
  }

  static Decision decision(Map<String, Object> r) {
    DecisionStatus status = DecisionStatus.valueOf(str(r, "status"));
    Review review = null;
    if (status != DecisionStatus.PROPOSED) {
      Change replacement =
          r.get("replacement_action") == null
              ? null
              : new Change(
                  Action.valueOf(str(r, "replacement_action")),
                  num(r, "replacement_load_change_kg").doubleValue());
      review =
          new Review(
              str(r, "clinician"),
              RowsHistoryReader.instant(num(r, "reviewed_at_us").longValue()),
              replacement,
              str(r, "note"));
    }
    return new Decision(
        str(r, "decision_id"),
        str(r, "patient"),
        str(r, "session_id"),
        Trigger.valueOf(str(r, "trigger_kind")),
        RowsHistoryReader.instant(num(r, "time").longValue()),
        num(r, "prescription_version").intValue(),
        str(r, "rule_id"),
        str(r, "inputs"),
        new Change(Action.valueOf(str(r, "action")), num(r, "load_change_kg").doubleValue()),
        reasons(str(r, "reasons")),
        status,
        review);
  }

  private static String str(Map<String, Object> r, String k) {
    Object v = r.get(k);
    return v == null ? null : v.toString();
  }

  private static Number num(Map<String, Object> r, String k) {
    if (!(r.get(k) instanceof Number n)) {
      throw new IllegalStateException("stored decision lacks " + k + ": " + r);
    }
    return n;
  }
}
