package io.plantaris.store;

import io.plantaris.programme.PainReport;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Groups sessions, sets and pain reports by week; the same arithmetic for every store. */
final class WeeklyTrends {
  private WeeklyTrends() {}

  /** Accumulates one week. */
  private static final class Week {
    int sessions;
    int sets;
    int reps;
    int valid;
    long tut;
    double painSum;
    int painCount;
    int morning = -1;
  }

  static List<WeeklyTrend> of(
      String patient, List<StoredSession> sessions, List<StoredSet> sets, List<PainReport> pain) {
    TreeMap<LocalDate, Week> weeks = new TreeMap<>();
    for (StoredSession s : sessions) {
      weeks.computeIfAbsent(monday(s.startMicros()), d -> new Week()).sessions++;
    }
    for (StoredSet s : sets) {
      Week w = weeks.computeIfAbsent(monday(s.startMicros()), d -> new Week());
      w.sets++;
      w.reps += s.repCount();
      w.valid += s.validReps();
      w.tut += s.timeUnderTensionMillis();
    }
    for (PainReport p : pain) {
      Week w = weeks.computeIfAbsent(monday(Points.micros(p.at())), d -> new Week());
      switch (p.kind()) {
        case DURING -> {
          w.painSum += p.score();
          w.painCount++;
        }
        case NEXT_MORNING -> w.morning = Math.max(w.morning, p.score());
        case BEFORE -> {
          // the day's baseline is read per session, not trended weekly
        }
      }
    }
    List<WeeklyTrend> out = new ArrayList<>();
    weeks.forEach(
        (d, w) ->
            out.add(
                new WeeklyTrend(
                    patient,
                    d,
                    w.sessions,
                    w.sets,
                    w.reps,
                    w.valid,
                    w.tut,
                    w.painCount == 0 ? Double.NaN : w.painSum / w.painCount,
                    w.morning)));
    return out;
  }

  private static LocalDate monday(long micros) {
    return RowsHistoryReader.instant(micros)
        .atZone(ZoneOffset.UTC)
        .toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
