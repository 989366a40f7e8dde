package io.plantaris.store;

import com.influxdb.client.domain.WritePrecision;
import com.influxdb.client.write.Point;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepFlag;
import io.plantaris.programme.Decision;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.Review;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * Turns what the service records into InfluxDB line protocol (microsecond precision), one line per
 * point. The schema and why each point's identity is unique and stable: docs/store-schema.md.
 */
public final class Points {
  public static final String REP = "pl_rep";
  public static final String REP_CURVE = "pl_rep_curve";
  public static final String SET = "pl_set";
  public static final String SESSION = "pl_session";
  public static final String PAIN = "pl_pain";
  public static final String DECISION = "pl_decision";

  /** The only exercise so far; a tag so that other exercises can share the measurements. */
  public static final String HEEL_RAISE = "heel_raise";

  private Points() {}

  public static String rep(StoredRep r) {
    RepEvent e = r.rep();
    Point p =
        Point.measurement(REP)
            .addTag("patient", LineText.tag(r.patientId()))
            .addTag("device", LineText.tag(r.device()))
            .addTag("side", e.side().name())
            .addTag("exercise", HEEL_RAISE)
            .addField("session_start_us", r.sessionStartMicros())
            .addField("set_index", e.setIndex())
            .addField("rep_index", e.repIndex())
            .addField("hold_start_us", e.holdStartMicros())
            .addField("down_start_us", e.downStartMicros())
            .addField("down_end_us", e.downEndMicros())
            .addField("up_ms", e.upMillis())
            .addField("hold_ms", e.holdMillis())
            .addField("down_ms", e.downMillis())
            .addField("valid", e.valid())
            .addField(
                "flags", e.flags().stream().map(RepFlag::name).collect(Collectors.joining(",")))
            .addField("doubts", doubtsText(e));
    finite(p, "peak_pitch_deg", e.peakPitchDegrees());
    finite(p, "peak_height_mm", e.peakHeightMm());
    finite(p, "forefoot_fraction", e.peakForefootFraction());
    finite(p, "range_fraction", e.rangeFraction());
    return p.time(e.upStartMicros(), WritePrecision.US).toLineProtocol();
  }

  /**
   * One rep's curves, with the identity of its {@code pl_rep} point (patient, device, side,
   * upStart), so that a rewrite replaces it. A series the insole cannot measure is left out.
   */
  public static String curve(RepCurve c) {
    Point p =
        Point.measurement(REP_CURVE)
            .addTag("patient", LineText.tag(c.patientId()))
            .addTag("device", LineText.tag(c.device()))
            .addTag("side", c.side().name())
            .addTag("exercise", HEEL_RAISE)
            .addField("start_offset_ms", c.startOffsetMillis())
            .addField("step_ms", c.stepMillis())
            .addField("n", c.size());
    series(p, "heel_share", c.heelShare());
    series(p, "pitch_deg", c.pitchDegrees());
    series(p, "height_mm", c.heelRiseMm());
    return p.time(c.upStartMicros(), WritePrecision.US).toLineProtocol();
  }

  private static void series(Point p, String field, float[] values) {
    if (CurveText.anyFinite(values)) {
      p.addField(field, CurveText.encode(values));
    }
  }

  public static String set(StoredSet s) {
    Point p =
        Point.measurement(SET)
            .addTag("patient", LineText.tag(s.patientId()))
            .addTag("device", LineText.tag(s.device()))
            .addTag("exercise", HEEL_RAISE)
            .addField("session_start_us", s.sessionStartMicros())
            .addField("set_index", s.setIndex())
            .addField("end_us", s.endMicros())
            .addField("reps", s.repCount())
            .addField("valid_reps", s.validReps())
            .addField("tut_ms", s.timeUnderTensionMillis())
            .addField("rm_signal", s.rmSignal().name());
    finite(p, "tempo_adherence", s.tempoAdherence());
    finite(p, "tempo_error_ms", s.meanAbsTempoErrorMillis());
    return p.time(s.startMicros(), WritePrecision.US).toLineProtocol();
  }

  public static String session(StoredSession s) {
    return Point.measurement(SESSION)
        .addTag("patient", LineText.tag(s.patientId()))
        .addTag("exercise", HEEL_RAISE)
        .addField("end_us", s.endMicros())
        .addField("sets", s.sets())
        .addField("reps", s.reps())
        .addField("valid_reps", s.validReps())
        .addField("tut_ms", s.timeUnderTensionMillis())
        .time(s.startMicros(), WritePrecision.US)
        .toLineProtocol();
  }

  public static String pain(PainReport r) {
    Point p =
        Point.measurement(PAIN)
            .addTag("patient", LineText.tag(r.patientId()))
            .addTag("kind", r.kind().name())
            .addField("score", r.score());
    if (!r.note().isEmpty()) {
      p.addField("note", LineText.field(r.note()));
    }
    return p.time(micros(r.at()), WritePrecision.US).toLineProtocol();
  }

  /**
   * One record of a decision at its decision time: the proposal, or a review of it as a second
   * point told apart by the {@code status} tag.
   */
  public static String decision(Decision d) {
    Point p =
        Point.measurement(DECISION)
            .addTag("patient", LineText.tag(d.patientId()))
            .addTag("status", d.status().name())
            .addField("decision_id", LineText.field(d.id()))
            .addField("session_id", LineText.field(d.sessionId()))
            .addField("trigger_kind", d.trigger().name())
            .addField("prescription_version", d.prescriptionVersion())
            .addField("rule_id", LineText.field(d.ruleId()))
            .addField("action", d.proposed().action().name())
            .addField("load_change_kg", d.proposed().loadChangeKg())
            .addField("reasons", DecisionRows.reasonsText(d.reasons()))
            .addField("inputs", LineText.field(d.inputsSummary()));
    Review r = d.review();
    if (r != null) {
      p.addField("clinician", LineText.field(r.clinicianId()))
          .addField("reviewed_at_us", micros(r.at()))
          .addField("note", LineText.field(r.note()));
      if (r.replacement() != null) {
        p.addField("replacement_action", r.replacement().action().name())
            .addField("replacement_load_change_kg", r.replacement().loadChangeKg());
      }
    }
    return p.time(micros(d.decidedAt()), WritePrecision.US).toLineProtocol();
  }

  static long micros(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
  }

  // Line protocol has no NaN: a value the layout cannot measure is left out and reads back as NaN.
  private static void finite(Point p, String field, double v) {
    if (Double.isFinite(v)) {
      p.addField(field, v);
    }
  }

  /** A rep's doubts as stored: {@code FLAG:DOUBT} pairs joined by commas; empty without any. */
  static String doubtsText(RepEvent e) {
    StringBuilder b = new StringBuilder();
    e.doubts()
        .forEach(
            (f, d) ->
                b.append(b.length() > 0 ? "," : "").append(f.name()).append(':').append(d.name()));
    return b.toString();
  }
}
