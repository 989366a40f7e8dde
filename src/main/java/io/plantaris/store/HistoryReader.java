package io.plantaris.store;

import io.plantaris.programme.Decision;
import io.plantaris.programme.PainReport;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a patient's history back from the time-series store, whichever it is: the clinician's view
 * and the progression engine call this. Ranges are half-open, {@code [from, to)}, on each point's
 * time (a rep's upStart, a set's or session's first upStart, a report's time); results are in time
 * order. The reads of many patients at once (a clinician's overview) give, per patient in the order
 * asked, what the one-patient read gives; a store that can answers them in one query.
 */
public interface HistoryReader {
  List<StoredRep> reps(String patientId, Instant from, Instant to) throws IOException;

  List<StoredSet> sets(String patientId, Instant from, Instant to) throws IOException;

  List<StoredSession> sessions(String patientId, Instant from, Instant to) throws IOException;

  List<PainReport> painReports(String patientId, Instant from, Instant to) throws IOException;

  /** Every record of the decisions made in the range: proposals, then reviews of each. */
  List<Decision> decisions(String patientId, Instant from, Instant to) throws IOException;

  /**
   * The stored curves of the reps whose upStart lies in the range (match them to {@link #reps} by
   * device, side and upStart). Readers that cannot read curves throw {@link
   * UnsupportedOperationException}.
   */
  default List<RepCurve> repCurves(String patientId, Instant from, Instant to) throws IOException {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot read rep curves");
  }

  /** Per week (Monday, UTC) from the sessions, sets and pain reports in the range. */
  default List<WeeklyTrend> weeklyTrends(String patientId, Instant from, Instant to)
      throws IOException {
    return WeeklyTrends.of(
        patientId,
        sessions(patientId, from, to),
        sets(patientId, from, to),
        painReports(patientId, from, to));
  }

  /** One patient's read, of a kind. */
  interface PerPatient<T> {
    List<T> read(String patientId, Instant from, Instant to) throws IOException;
  }

  /** {@code read} of each patient in turn: the fallback of every read of many patients. */
  static <T> Map<String, List<T>> each(
      Collection<String> patientIds, Instant from, Instant to, PerPatient<T> read)
      throws IOException {
    Map<String, List<T>> out = new LinkedHashMap<>();
    for (String id : patientIds) {
      out.put(id, read.read(id, from, to));
    }
    return out;
  }

  /** {@link #reps(String, Instant, Instant)} of each patient. */
  default Map<String, List<StoredRep>> reps(Collection<String> patientIds, Instant from, Instant to)
      throws IOException {
    return each(patientIds, from, to, this::reps);
  }

  /** {@link #sessions(String, Instant, Instant)} of each patient. */
  default Map<String, List<StoredSession>> sessions(
      Collection<String> patientIds, Instant from, Instant to) throws IOException {
    return each(patientIds, from, to, this::sessions);
  }

  /** {@link #painReports(String, Instant, Instant)} of each patient. */
  default Map<String, List<PainReport>> painReports(
      Collection<String> patientIds, Instant from, Instant to) throws IOException {
    return each(patientIds, from, to, this::painReports);
  }
}
