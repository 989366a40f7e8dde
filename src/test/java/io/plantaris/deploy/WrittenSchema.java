package io.plantaris.deploy;

import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepFlag;
import io.plantaris.analysis.RepSide;
import io.plantaris.analysis.RmSignal;
import io.plantaris.programme.Action;
import io.plantaris.programme.Change;
import io.plantaris.programme.Decision;
import io.plantaris.programme.DecisionStatus;
import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.Trigger;
import io.plantaris.store.Points;
import io.plantaris.store.StoredRep;
import io.plantaris.store.StoredSession;
import io.plantaris.store.StoredSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The measurements, tags and fields the store really writes: one point of each kind built by {@link
 * Points} (every optional value present) and its line protocol taken apart, so dashboards are
 * checked against the code, not a copy of the schema.
 */
final class WrittenSchema {
  /** Tag and field names of one measurement. */
  record Keys(Set<String> tags, Set<String> fields) {}

  private WrittenSchema() {}

  static Map<String, Keys> all() {
    long t = 1_700_000_000_000_000L;
    RepEvent rep =
        new RepEvent(
            1,
            1,
            RepSide.LEFT,
            t,
            t + 3_000_000,
            t + 5_000_000,
            t + 8_000_000,
            40,
            95,
            0.8,
            0.95,
            EnumSet.of(RepFlag.HEEL_LOADED_AT_TOP, RepFlag.BOUNCE));
    List<String> lines =
        List.of(
            Points.rep(new StoredRep("p1", "PL-1-L", t, rep)),
            Points.set(
                new StoredSet(
                    "p1", "PL-1-L", t, 1, t, t + 1, 12, 10, 96_000, 0.9, 120, RmSignal.DEGRADED)),
            Points.session(new StoredSession("p1", t, t + 1, 3, 36, 30, 288_000)),
            Points.pain(new PainReport("p1", PainKind.DURING, 3, Instant.EPOCH, "")),
            Points.decision(
                new Decision(
                    "d-p1-1",
                    "p1",
                    "p1-1",
                    Trigger.AFTER_SESSION,
                    Instant.EPOCH,
                    1,
                    "ADD_LOAD",
                    "easy",
                    new Change(Action.INCREASE_LOAD, 2.5),
                    List.of("easy"),
                    DecisionStatus.PROPOSED,
                    null)));
    Map<String, Keys> out = new TreeMap<>();
    for (String line : lines) {
      List<String> head = split(untilSpace(line), ',');
      Set<String> tags = new LinkedHashSet<>();
      head.subList(1, head.size()).forEach(kv -> tags.add(kv.substring(0, kv.indexOf('='))));
      Set<String> fields = new LinkedHashSet<>();
      String rest = line.substring(untilSpace(line).length() + 1);
      split(untilSpace(rest), ',').forEach(kv -> fields.add(kv.substring(0, kv.indexOf('='))));
      out.put(head.get(0), new Keys(tags, fields));
    }
    return out;
  }

  /** The text up to the first space outside double quotes and not escaped. */
  private static String untilSpace(String s) {
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ' ' && !quoted) {
        return s.substring(0, i);
      }
    }
    return s;
  }

  private static List<String> split(String s, char sep) {
    List<String> parts = new ArrayList<>();
    boolean quoted = false;
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == sep && !quoted) {
        parts.add(s.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(s.substring(from));
    return parts;
  }
}
