package io.plantaris.programme;

import java.time.Instant;
import java.util.Optional;

/**
 * A proposed or clinician-chosen step and its load change.
 *
 * @param loadChangeKg positive for INCREASE_LOAD, negative for REDUCE_LOAD, zero or positive for
 *     NEXT_PHASE, zero otherwise
 */
public record Change(Action action, double loadChangeKg) {

  public Change {
    Check.notNull("action", action);
    boolean ok =
        switch (action) {
          case INCREASE_LOAD -> loadChangeKg > 0;
          case REDUCE_LOAD -> loadChangeKg < 0;
          case NEXT_PHASE -> loadChangeKg >= 0;
          case KEEP, BACK_TO_TWO_LEGGED, TO_SINGLE_LEG, REST -> loadChangeKg == 0;
        };
    if (!ok || !Double.isFinite(loadChangeKg)) {
      throw new IllegalArgumentException(
          "load change " + loadChangeKg + " kg does not fit action " + action);
    }
  }

  public static Change of(Action action) {
    return new Change(action, 0);
  }

  /**
   * The prescription after this step, in force from {@code at}; empty when the step leaves the
   * prescription as it is (KEEP, REST) or cannot apply (no next phase).
   */
  public Optional<PrescriptionVersion> applyTo(
      PrescriptionVersion rx, Instant at, String by, String note) {
    double load = Math.max(0, rx.addedLoadKg() + loadChangeKg);
    return switch (action) {
      case KEEP, REST -> Optional.empty();
      case INCREASE_LOAD, REDUCE_LOAD ->
          Optional.of(rx.next(at, rx.phaseIndex(), rx.tempo(), load, rx.singleLeg(), by, note));
      case NEXT_PHASE ->
          rx.phaseIndex() + 1 < rx.phases().size()
              ? Optional.of(
                  rx.next(at, rx.phaseIndex() + 1, rx.tempo(), load, rx.singleLeg(), by, note))
              : Optional.empty();
      case BACK_TO_TWO_LEGGED ->
          Optional.of(rx.next(at, rx.phaseIndex(), rx.tempo(), load, false, by, note));
      case TO_SINGLE_LEG ->
          Optional.of(rx.next(at, rx.phaseIndex(), rx.tempo(), load, true, by, note));
    };
  }

  /** "add 2 kg", "reduce by 2 kg", "keep", "next phase", ... */
  public String words() {
    return switch (action) {
      case KEEP -> "keep";
      case INCREASE_LOAD -> "add " + Kg.amount(loadChangeKg);
      case REDUCE_LOAD -> "reduce by " + Kg.amount(-loadChangeKg);
      case NEXT_PHASE ->
          loadChangeKg > 0 ? "next phase, add " + Kg.amount(loadChangeKg) : "next phase";
      case BACK_TO_TWO_LEGGED -> "back to two-legged";
      case TO_SINGLE_LEG -> "single-leg again";
      case REST -> "rest";
    };
  }
}
