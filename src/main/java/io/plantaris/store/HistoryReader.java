package io.plantaris.store;

import io.plantaris.programme.Decision;
import io.plantaris.programme.PainReport;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Reads a patient's history back from the time-series store, whichever it is: the clinician's view
 * and the progression engine call this. Ranges are half-open, {@code [from, to)}, on each point's
 * time (a rep's upStart, a set's or session's first upStart, a report's time); results are in time
 * order.
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
}
