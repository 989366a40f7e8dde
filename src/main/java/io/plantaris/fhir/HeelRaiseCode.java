package io.plantaris.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * The concepts of Plantaris's local code system: heel-raise measures and prescription parts for
 * which no LOINC or SNOMED CT code was found (LOINC 72514-3 covers the pain rating only).
 */
public enum HeelRaiseCode {
  SESSION("heel-raise-session", "Heel-raise exercise session", "The sets of one session."),
  SET("heel-raise-set", "Heel-raise set", "One set of heel raises."),
  SET_INDEX("set-index", "Set number", "1-based number of the set within its analysis."),
  SETS("sets", "Sets", "Number of sets (done, or prescribed per session)."),
  REPS("reps", "Repetitions", "Heel raises counted (done, or prescribed per set)."),
  VALID_REPS(
      "valid-reps", "Valid repetitions", "Heel raises at full range, prescribed tempo, no fault."),
  UNCERTAIN_REPS(
      "uncertain-reps",
      "Uncertain repetitions",
      "Valid reps with a check the insole could not decide (too close to a limit, not seen)."),
  TIME_UNDER_TENSION(
      "time-under-tension", "Time under tension", "Summed rise, hold and lowering time."),
  TEMPO_ADHERENCE(
      "tempo-adherence", "Tempo adherence", "Share of phases within the prescribed tempo."),
  TEMPO_ERROR(
      "mean-tempo-error",
      "Mean tempo error",
      "Mean absolute deviation of a phase from its target."),
  ADDED_LOAD("added-load", "Added load", "Load carried on top of body weight (backpack)."),
  HEEL_LOADED_AT_TOP(
      "heel-loaded-at-top", "Reps with heel loaded at top", "Load returned under the heel."),
  HEEL_SLAM("heel-slam", "Reps with heel slam", "The heel struck down at the end of lowering."),
  BOUNCE("bounce", "Reps bounced off the heel", "The rep started with a bounce off the heel."),
  RM_SIGNAL("rm-signal", "Repetition-maximum signal", "What the set says about the load vs RM."),
  RM_ENDED_EARLY("rm-ended-early", "Ended early", "Fewer valid reps than the target."),
  RM_DEGRADED("rm-degraded", "Degraded", "Target reached but the last reps lost height or tempo."),
  RM_RESERVE("rm-completed-with-reserve", "Completed with reserve", "The load can go up."),
  PROGRAMME_PHASE("programme-phase", "Programme phase", "1-based phase of the programme."),
  CONCENTRIC_TIME("concentric-time", "Rise time", "Prescribed concentric (up) phase."),
  HOLD_TIME("hold-time", "Hold time", "Prescribed isometric hold at the top."),
  ECCENTRIC_TIME("eccentric-time", "Lowering time", "Prescribed eccentric (down) phase."),
  SESSION_INTERVAL("session-interval", "Days between sessions", "Prescribed session interval."),
  STANCE("stance", "Stance", "Single-leg or two-legged heel raise."),
  SINGLE_LEG("single-leg-heel-raise", "Single-leg heel raise", "Rathleff 2015 exercise."),
  TWO_LEGGED("two-legged-heel-raise", "Two-legged heel raise", "Fallback: up on two legs."),
  INSOLE_SIDE("insole-side", "Insole side", "The foot the insole is worn on."),
  PAIN_TIMING("pain-timing", "Pain timing", "When the pain rating was taken."),
  PAIN_BEFORE("pain-before", "Before the session", "Baseline before exercising."),
  PAIN_DURING("pain-during", "During the session", "During the exercise."),
  PAIN_NEXT_MORNING(
      "pain-next-morning", "Next morning", "First steps the next morning (24-hour response).");

  /** Canonical URL of the code system. */
  public static final String SYSTEM = "https://plantaris.io/fhir/CodeSystem/heel-raise";

  private final String code;
  private final String display;
  private final String definition;

  HeelRaiseCode(String code, String display, String definition) {
    this.code = code;
    this.display = display;
    this.definition = definition;
  }

  public String code() {
    return code;
  }

  public String display() {
    return display;
  }

  public String definition() {
    return definition;
  }

  public Coding coding() {
    return new Coding(SYSTEM, code, display);
  }

  public CodeableConcept concept() {
    return new CodeableConcept(coding()).setText(display);
  }
}
