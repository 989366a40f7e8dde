package io.plantaris.store;

import io.plantaris.analysis.Doubt;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepFlag;
import io.plantaris.analysis.RepSide;
import io.plantaris.analysis.RmSignal;
import io.plantaris.programme.Decision;
import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps stored rows back to records; the adapters only differ in how they fetch rows. A row that
 * cannot be read (forged or damaged) is skipped and counted in {@link BadRows}, never fails the
 * read.
 */
abstract class RowsHistoryReader implements HistoryReader {
  private final BadRows badRows;
  private final RowQuery query;

  RowsHistoryReader(BadRows badRows, RowQuery query) {
    this.badRows = badRows;
    this.query = query;
  }

  private <T> List<T> read(
      String m, String patient, Instant from, Instant to, Function<Map<String, Object>, T> f)
      throws IOException {
    List<T> out = new ArrayList<>();
    for (Map<String, Object> row :
        query.select(m, patient, Points.micros(from), Points.micros(to))) {
      try {
        out.add(f.apply(row));
      } catch (RuntimeException e) { // a missing or mistyped column, a name no enum has
        badRows.skipped(m, row, e);
      }
    }
    return out;
  }

  @Override
  public List<StoredRep> reps(String patientId, Instant from, Instant to) throws IOException {
    return read(Points.REP, patientId, from, to, RowsHistoryReader::rep);
  }

  @Override
  public List<StoredSet> sets(String patientId, Instant from, Instant to) throws IOException {
    return read(
        Points.SET,
        patientId,
        from,
        to,
        r ->
            new StoredSet(
                str(r, "patient"),
                str(r, "device"),
                lng(r, "session_start_us"),
                (int) lng(r, "set_index"),
                lng(r, "time"),
                lng(r, "end_us"),
                (int) lng(r, "reps"),
                (int) lng(r, "valid_reps"),
                lng(r, "tut_ms"),
                dbl(r, "tempo_adherence"),
                dbl(r, "tempo_error_ms"),
                RmSignal.valueOf(str(r, "rm_signal"))));
  }

  @Override
  public List<StoredSession> sessions(String patientId, Instant from, Instant to)
      throws IOException {
    return read(Points.SESSION, patientId, from, to, RowsHistoryReader::session);
  }

  @Override
  public List<PainReport> painReports(String patientId, Instant from, Instant to)
      throws IOException {
    return read(Points.PAIN, patientId, from, to, RowsHistoryReader::pain);
  }

  @Override
  public Map<String, List<StoredRep>> reps(Collection<String> patientIds, Instant from, Instant to)
      throws IOException {
    return readMany(Points.REP, patientIds, from, to, RowsHistoryReader::rep);
  }

  @Override
  public Map<String, List<StoredSession>> sessions(
      Collection<String> patientIds, Instant from, Instant to) throws IOException {
    return readMany(Points.SESSION, patientIds, from, to, RowsHistoryReader::session);
  }

  @Override
  public Map<String, List<PainReport>> painReports(
      Collection<String> patientIds, Instant from, Instant to) throws IOException {
    return readMany(Points.PAIN, patientIds, from, to, RowsHistoryReader::pain);
  }

  /** Each patient's rows, in the order of the ids; a row of a patient not asked for is bad. */
  private <T> Map<String, List<T>> readMany(
      String m,
      Collection<String> patients,
      Instant from,
      Instant to,
      Function<Map<String, Object>, T> f)
      throws IOException {
    Map<String, List<T>> out = new LinkedHashMap<>();
    for (String p : patients) {
      out.put(p, new ArrayList<>());
    }
    List<String> distinct = List.copyOf(new LinkedHashSet<>(patients));
    for (Map<String, Object> row :
        query.selectMany(m, distinct, Points.micros(from), Points.micros(to))) {
      try {
        List<T> mine = out.get(str(row, "patient"));
        if (mine == null) {
          throw new IllegalStateException("a row of a patient not asked for");
        }
        mine.add(f.apply(row));
      } catch (RuntimeException e) {
        badRows.skipped(m, row, e);
      }
    }
    return out;
  }

  private static StoredSession session(Map<String, Object> r) {
    return new StoredSession(
        str(r, "patient"),
        lng(r, "time"),
        lng(r, "end_us"),
        (int) lng(r, "sets"),
        (int) lng(r, "reps"),
        (int) lng(r, "valid_reps"),
        lng(r, "tut_ms"));
  }

  private static PainReport pain(Map<String, Object> r) {
    return new PainReport(
        str(r, "patient"),
        PainKind.valueOf(str(r, "kind")),
        (int) lng(r, "score"),
        instant(lng(r, "time")),
        str(r, "note"));
  }

  /** Proposals before the reviews of them: a review is stored at its decision's time. */
  @Override
  public List<Decision> decisions(String patientId, Instant from, Instant to) throws IOException {
    List<Decision> all =
        new ArrayList<>(read(Points.DECISION, patientId, from, to, DecisionRows::decision));
    all.sort(Comparator.comparing(Decision::decidedAt).thenComparing(Decision::status));
    return all;
  }

  @Override
  public List<RepCurve> repCurves(String patientId, Instant from, Instant to) throws IOException {
    return read(Points.REP_CURVE, patientId, from, to, RowsHistoryReader::curve);
  }

  private static RepCurve curve(Map<String, Object> r) {
    int n = (int) lng(r, "n");
    return new RepCurve(
        str(r, "patient"),
        str(r, "device"),
        RepSide.valueOf(str(r, "side")),
        lng(r, "time"),
        (int) lng(r, "start_offset_ms"),
        (int) lng(r, "step_ms"),
        CurveText.decode(str(r, "heel_share"), n),
        CurveText.decode(str(r, "pitch_deg"), n),
        CurveText.decode(str(r, "height_mm"), n));
  }

  private static StoredRep rep(Map<String, Object> r) {
    Set<RepFlag> flags = EnumSet.noneOf(RepFlag.class);
    String f = str(r, "flags");
    if (f != null && !f.isEmpty()) {
      for (String name : f.split(",")) {
        flags.add(RepFlag.valueOf(name));
      }
    }
    RepEvent e =
        new RepEvent(
            (int) lng(r, "set_index"),
            (int) lng(r, "rep_index"),
            RepSide.valueOf(str(r, "side")),
            lng(r, "time"),
            lng(r, "hold_start_us"),
            lng(r, "down_start_us"),
            lng(r, "down_end_us"),
            dbl(r, "peak_pitch_deg"),
            dbl(r, "peak_height_mm"),
            dbl(r, "forefoot_fraction"),
            dbl(r, "range_fraction"),
            flags,
            doubts(str(r, "doubts")));
    return new StoredRep(str(r, "patient"), str(r, "device"), lng(r, "session_start_us"), e);
  }

  /** The stored {@code FLAG:DOUBT} pairs; rows written before doubts were stored have none. */
  static Map<RepFlag, Doubt> doubts(String text) {
    Map<RepFlag, Doubt> doubts = new EnumMap<>(RepFlag.class);
    if (text != null && !text.isEmpty()) {
      for (String pair : text.split(",")) {
        int colon = pair.indexOf(':');
        doubts.put(
            RepFlag.valueOf(pair.substring(0, colon)), Doubt.valueOf(pair.substring(colon + 1)));
      }
    }
    return doubts;
  }

  static Instant instant(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
  }

  private static String str(Map<String, Object> r, String k) {
    Object v = r.get(k);
    return v == null ? null : v.toString();
  }

  private static long lng(Map<String, Object> r, String k) {
    Object v = r.get(k);
    if (!(v instanceof Number n)) {
      throw new IllegalStateException("stored point lacks " + k + ": " + r);
    }
    return n.longValue();
  }

  private static double dbl(Map<String, Object> r, String k) {
    return r.get(k) instanceof Number n ? n.doubleValue() : Double.NaN;
  }
}
