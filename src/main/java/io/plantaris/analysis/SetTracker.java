package io.plantaris.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/** Groups reps into sets separated by rests and summarises each set when it closes. */
final class SetTracker {
  private Prescription rx;
  private final AnalysisConfig cfg;
  private final AnalysisListener listener;
  private final List<RepEvent> reps = new ArrayList<>();
  private int setIndex;
  private long lastEndMicros = Long.MIN_VALUE;

  SetTracker(Prescription rx, AnalysisConfig cfg, AnalysisListener listener) {
    this.rx = rx;
    this.cfg = cfg;
    this.listener = listener;
  }

  /** The prescription the set starting now is judged and summarised against. */
  void prescription(Prescription next) {
    rx = next;
  }

  /** The next set is numbered {@code setsDone + 1}; ignored while a set is open. */
  void continueAfter(int setsDone) {
    if (reps.isEmpty()) {
      setIndex = Math.max(setIndex, setsDone);
    }
  }

  /** Set and rep number the next rep starting at {@code upStartMicros} gets. */
  int[] indexFor(long upStartMicros) {
    if (!reps.isEmpty() && upStartMicros - lastEndMicros > cfg.restMillis() * 1000) {
      close();
    }
    if (reps.isEmpty()) {
      return new int[] {setIndex + 1, 1};
    }
    return new int[] {setIndex, reps.size() + 1};
  }

  /** A set has reps and has not closed yet. */
  boolean open() {
    return !reps.isEmpty();
  }

  /** The reps of the set still open, oldest first; empty between sets. */
  List<RepEvent> openReps() {
    return List.copyOf(reps);
  }

  /**
   * Reopens a set cut off by a service crash with the reps it had (not reported again), so that its
   * numbering goes on and it is summarised when it closes; ignored while a set is open.
   */
  void resume(List<RepEvent> open) {
    if (!reps.isEmpty() || open.isEmpty()) {
      return;
    }
    setIndex = open.get(0).setIndex();
    reps.addAll(open);
    lastEndMicros = open.get(open.size() - 1).downEndMicros();
  }

  long lastEndMicros() {
    return reps.isEmpty() ? Long.MIN_VALUE : lastEndMicros;
  }

  void add(RepEvent rep) {
    if (reps.isEmpty()) {
      setIndex = rep.setIndex();
    }
    reps.add(rep);
    lastEndMicros = rep.downEndMicros();
    listener.onRep(rep);
  }

  /** Closes the set once the rest since its last rep is long enough. */
  void tick(long nowMicros) {
    if (!reps.isEmpty() && nowMicros - lastEndMicros > cfg.restMillis() * 1000) {
      close();
    }
  }

  void close() {
    if (reps.isEmpty()) {
      return;
    }
    listener.onSet(summarise());
    reps.clear();
  }

  private SetSummary summarise() {
    int valid = 0;
    long tension = 0;
    int phasesOk = 0;
    int phasesTimed = 0;
    double absError = 0;
    List<Double> pitch = new ArrayList<>();
    List<Double> height = new ArrayList<>();
    SimpleRegression duration = new SimpleRegression();
    SimpleRegression range = new SimpleRegression();
    double tol = rx.tempoTolerance();
    for (RepEvent r : reps) {
      valid += r.valid() ? 1 : 0;
      tension += r.tensionMillis();
      if (timed(r)) {
        // a rep whose phases the insole cannot time says nothing about the tempo
        phasesTimed += 3;
        phasesOk += within(r.upMillis(), rx.upMillis(), tol) ? 1 : 0;
        phasesOk += within(r.holdMillis(), rx.holdMillis(), tol) ? 1 : 0;
        phasesOk += within(r.downMillis(), rx.downMillis(), tol) ? 1 : 0;
        absError +=
            Math.abs(r.upMillis() - rx.upMillis())
                + Math.abs(r.holdMillis() - rx.holdMillis())
                + Math.abs(r.downMillis() - rx.downMillis());
      }
      pitch.add(r.peakPitchDegrees());
      height.add(r.peakHeightMm());
      duration.addData(r.repIndex(), r.tensionMillis());
      range.addData(r.repIndex(), r.rangeFraction());
    }
    int n = reps.size();
    return new SetSummary(
        setIndex,
        reps.get(0).upStartMicros(),
        reps.get(n - 1).downEndMicros(),
        n,
        valid,
        tension,
        phasesTimed == 0 ? Double.NaN : phasesOk / (double) phasesTimed,
        phasesTimed == 0 ? Double.NaN : absError / phasesTimed,
        pitch,
        height,
        n > 1 ? duration.getSlope() : 0,
        n > 1 ? range.getSlope() : 0,
        rmSignal());
  }

  /** Whether the rep's phases were measured, not a model's split ({@link Doubt#NOT_OBSERVABLE}). */
  private static boolean timed(RepEvent r) {
    Doubt d = r.doubts().get(RepFlag.HOLD_TOO_SHORT);
    return d != Doubt.NOT_OBSERVABLE && d != Doubt.SMALL_MOVEMENT;
  }

  private static boolean within(long actual, long target, double tol) {
    return Math.abs(actual - target) <= tol * target;
  }

  private RmSignal rmSignal() {
    int n = reps.size();
    // An RM is counted in reps with proper form: flawed reps do not show reserve.
    if (reps.stream().filter(RepEvent::valid).count() < rx.targetReps()) {
      return RmSignal.ENDED_EARLY;
    }
    int k = Math.max(1, n / 3);
    double firstRange = 0;
    double lastRange = 0;
    double firstTension = 0;
    double lastTension = 0;
    int lastInvalid = 0;
    for (int i = 0; i < k; i++) {
      RepEvent first = reps.get(i);
      RepEvent last = reps.get(n - 1 - i);
      firstRange += first.rangeFraction();
      lastRange += last.rangeFraction();
      firstTension += first.tensionMillis();
      lastTension += last.tensionMillis();
      lastInvalid += last.valid() ? 0 : 1;
    }
    double d = cfg.degradedFraction();
    boolean lostHeight = lastRange < (1 - d) * firstRange;
    boolean lostTempo = lastTension < (1 - d) * firstTension;
    boolean lostForm = lastInvalid * 2 > k;
    return lostHeight || lostTempo || lostForm
        ? RmSignal.DEGRADED
        : RmSignal.COMPLETED_WITH_RESERVE;
  }
}
