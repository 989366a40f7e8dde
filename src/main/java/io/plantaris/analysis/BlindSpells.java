package io.plantaris.analysis;

import io.plantaris.insole.SensorLayout;
import java.util.Arrays;

/**
 * The times each insole stood where it could not see a heel raise, as its {@link BlindWatch} saw
 * them, reported to the listener as {@link BlindStance}s: when a time ends, and, for one still
 * under way, the part so far when the open set is closed (a session ended on the step edge must
 * know its insole could not see, though the foot is still there).
 */
final class BlindSpells {
  private final SensorLayout[] layouts;
  private final AnalysisListener listener;

  /** Per track, since when its watch says it cannot see; MIN_VALUE while it can. */
  private final long[] since;

  /** Per track, the time up to which the spell under way was reported; MIN_VALUE: none of it. */
  private final long[] reportedTo;

  private final BlindStance.Reason[] why;

  BlindSpells(SensorLayout[] layouts, AnalysisListener listener) {
    this.layouts = layouts;
    this.listener = listener;
    int n = layouts.length;
    since = new long[n];
    reportedTo = new long[n];
    why = new BlindStance.Reason[n];
    Arrays.fill(since, Long.MIN_VALUE);
    Arrays.fill(reportedTo, Long.MIN_VALUE);
  }

  /** After a sample of track {@code i} at {@code t}: its watch's view now (null: no watch). */
  void update(int i, BlindWatch watch, long t) {
    if (watch != null && watch.since() != since[i]) {
      // a spell for a new reason (a zone gone silent over an edge) ends the old one where it began
      end(i, watch.since() == Long.MIN_VALUE ? t : Math.min(t, watch.since()));
      since[i] = watch.since();
      why[i] = watch.reason();
    }
  }

  /** Reports the spell of track {@code i} under way, if any, as ending at {@code t}. */
  void end(int i, long t) {
    report(i, t);
    since[i] = Long.MIN_VALUE;
    reportedTo[i] = Long.MIN_VALUE;
  }

  /** Reports every spell under way up to {@code t}; they go on, and are reported on from there. */
  void reportSoFar(long t) {
    for (int i = 0; i < since.length; i++) {
      report(i, t);
    }
  }

  private void report(int i, long t) {
    if (since[i] == Long.MIN_VALUE) {
      return;
    }
    long from = Math.max(since[i], reportedTo[i]);
    if (reportedTo[i] != Long.MIN_VALUE && t <= from) {
      return; // nothing new since the last report
    }
    listener.onBlindStance(new BlindStance(i, layouts[i].side(), from, Math.max(from, t), why[i]));
    reportedTo[i] = Math.max(from, t);
  }

  /** Why track {@code i} cannot see a heel raise now; null while it can. */
  BlindStance.Reason reason(int i) {
    return since[i] == Long.MIN_VALUE ? null : why[i];
  }

  int tracks() {
    return since.length;
  }
}
