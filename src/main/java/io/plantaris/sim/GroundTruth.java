package io.plantaris.sim;

import io.plantaris.analysis.RepFlag;
import io.plantaris.insole.Side;
import java.util.List;

/**
 * What really happened in a simulated session, in the JSON schema the evaluator reads. All times
 * are milliseconds on the recording's device time axis.
 *
 * @param heelOnFloor the heel rests on the floor at the bottom of each rep (flat floor), not
 *     hanging over a step edge; decides which flags pressure cells can observe. Null only in files
 *     written before the field existed, which the evaluator refuses.
 */
public record GroundTruth(
    long seed,
    String scenario,
    String layout,
    int sampleRateHz,
    double bodyMassKg,
    double addedLoadKg,
    Boolean heelOnFloor,
    PrescriptionTruth prescription,
    List<TrackTruth> tracks,
    List<SetTruth> sets,
    List<EventTruth> events) {

  public GroundTruth {
    tracks = List.copyOf(tracks);
    sets = List.copyOf(sets);
    events = List.copyOf(events);
  }

  /** The prescription the person was following. */
  public record PrescriptionTruth(
      long upMillis, long holdMillis, long downMillis, boolean singleLeg, int targetReps) {}

  /** One instrumented insole of the recording. */
  public record TrackTruth(String deviceId, Side side) {}

  /** One set: from the first rep's rise to the last rep's heel back down. */
  public record SetTruth(
      int index, long startMillis, long endMillis, int repCount, List<RepTruth> reps) {
    public SetTruth {
      reps = List.copyOf(reps);
    }
  }

  /**
   * One rep; it is valid iff {@code flags} is empty.
   *
   * @param peakPitchDegrees foot pitch travelled from the bottom of the rep to its top
   * @param peakHeightMm vertical heel travel from the bottom to the top
   */
  public record RepTruth(
      int index,
      RepSide side,
      long upStartMillis,
      long holdStartMillis,
      long downStartMillis,
      long downEndMillis,
      double peakPitchDegrees,
      double peakHeightMm,
      List<RepFlag> flags) {
    public RepTruth {
      flags = List.copyOf(flags);
    }
  }

  /** Kinds of session events that are not rep faults. */
  public enum EventKind {
    WALKING,
    CELL_DROPOUT,
    PACKET_LOSS,
    /** Walking with a U-turn and a stop at the end. */
    WALK_U_TURN,
    JUMP,
    HOP,
    DROP_LANDING,
    STAIR_STEP,
    SQUAT,
    LUNGE,
    /** A small step of the free foot to regain balance (single-leg stance). */
    BALANCE_STEP;

    /** Movement that is no heel raise: any rep counted during it is a false rep. */
    public boolean notAHeelRaise() {
      return this != CELL_DROPOUT && this != PACKET_LOSS && this != BALANCE_STEP;
    }
  }

  /**
   * A session event; {@code cell} and {@code side} only for CELL_DROPOUT, {@code endMillis} null
   * when it lasts to the end of the recording.
   */
  public record EventTruth(
      EventKind kind, Integer cell, Side side, long startMillis, Long endMillis) {}

  /** All reps of all sets, in order. */
  public List<RepTruth> allReps() {
    return sets.stream().flatMap(s -> s.reps().stream()).toList();
  }
}
