package io.plantaris.dashboard;

import io.plantaris.store.StoredRep;
import io.plantaris.store.StoredSession;
import io.plantaris.store.StoredSet;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A patient's weekly series (Monday to Sunday, UTC) for the trend charts: one array per measure,
 * one entry per week, null where the week has nothing to measure (no reps, no pain reported).
 */
final class Trends {
  private Trends() {}

  /** Accumulates one week. */
  static final class Week {
    int sessions;
    int reps;
    int validReps;
    int heelReps;
    long tutMillis;
    double tempoWeighted;
    int tempoReps;
    double volumeLoadKg;
    double painSum;
    int painCount;
    int morningMax = -1;
    Double addedLoadKg;
  }

  /** The Monday 00:00 UTC that starts the week {@code weeks - 1} weeks before {@code now}'s. */
  static Instant firstWeek(Instant now, int weeks) {
    return monday(now).minusWeeks(weeks - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  static LocalDate monday(Instant t) {
    return t.atZone(ZoneOffset.UTC)
        .toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /**
   * @param addedLoadKg the added load in force at an instant (from the prescription history)
   */
  static Map<String, Object> of(
      Instant now,
      int weeks,
      List<StoredSession> sessions,
      List<StoredSet> sets,
      List<StoredRep> reps,
      List<Pain> pain,
      java.util.function.Function<Instant, Double> addedLoadKg) {
    LocalDate first = monday(firstWeek(now, weeks));
    Week[] w = new Week[weeks];
    for (int i = 0; i < weeks; i++) {
      w[i] = new Week();
      Instant end = first.plusWeeks(i + 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
      w[i].addedLoadKg = addedLoadKg.apply(end.isAfter(now) ? now : end.minusMillis(1));
    }
    for (StoredSession s : sessions) {
      week(w, first, Attention.at(s.startMicros())).sessions++;
    }
    for (StoredSet s : sets) {
      Week k = week(w, first, Attention.at(s.startMicros()));
      Double load = addedLoadKg.apply(Attention.at(s.startMicros()));
      k.volumeLoadKg += s.repCount() * (load == null ? 0 : load);
      if (!Double.isNaN(s.tempoAdherence())) { // a set whose phases were not timed says nothing
        k.tempoWeighted += s.tempoAdherence() * s.repCount();
        k.tempoReps += s.repCount();
      }
    }
    for (StoredRep r : reps) {
      Week k = week(w, first, Attention.at(r.rep().upStartMicros()));
      k.reps++;
      k.validReps += r.rep().valid() ? 1 : 0;
      k.heelReps += Attention.heelLoaded(r) ? 1 : 0;
      k.tutMillis += r.rep().tensionMillis();
    }
    for (Pain p : pain) {
      Week k = week(w, first, p.at());
      if (p.duringExercise()) {
        k.painSum += p.score();
        k.painCount++;
      } else if (p.kind().equals("next-morning")) {
        k.morningMax = Math.max(k.morningMax, p.score());
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < weeks; i++) {
      labels.add(first.plusWeeks(i).toString());
    }
    m.put("weeks", labels);
    m.put("sessions", series(w, k -> k.sessions, false));
    m.put("reps", series(w, k -> k.reps, false));
    m.put("validReps", series(w, k -> k.validReps, false));
    m.put("volumeLoadKg", series(w, k -> k.volumeLoadKg, false));
    m.put("timeUnderTensionMin", series(w, k -> round(k.tutMillis / 60_000.0), false));
    m.put(
        "tempoAdherencePercent",
        series(
            w,
            k -> k.tempoReps == 0 ? Double.NaN : round(100 * k.tempoWeighted / k.tempoReps),
            true));
    m.put(
        "heelLoadingPercent",
        series(w, k -> k.reps == 0 ? Double.NaN : round(100.0 * k.heelReps / k.reps), true));
    m.put(
        "painDuring",
        series(w, k -> k.painCount == 0 ? Double.NaN : round(k.painSum / k.painCount), true));
    m.put("painNextMorning", series(w, k -> k.morningMax < 0 ? Double.NaN : k.morningMax, true));
    m.put("addedLoadKg", series(w, k -> k.addedLoadKg == null ? Double.NaN : k.addedLoadKg, true));
    return m;
  }

  private static Week week(Week[] w, LocalDate first, Instant t) {
    long i = ChronoUnit.WEEKS.between(first, monday(t));
    return i >= 0 && i < w.length ? w[(int) i] : new Week(); // outside the range: dropped
  }

  /** One value per week; NaN becomes null (JSON has no NaN) when {@code gaps} is set. */
  private static List<Double> series(Week[] w, ToDoubleFunction<Week> f, boolean gaps) {
    List<Double> out = new ArrayList<>();
    for (Week k : w) {
      double v = f.applyAsDouble(k);
      out.add(Double.isNaN(v) && gaps ? null : v);
    }
    return out;
  }

  static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
