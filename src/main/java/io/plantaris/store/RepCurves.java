package io.plantaris.store;

import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepSide;
import io.plantaris.ingest.LiveSample;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.SampleListener;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.SetFinished;
import io.plantaris.insole.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Keeps the recent live samples of every insole and, for each judged rep, stores its curves (heel
 * share, pitch, heel rise) from {@link #MARGIN_MICROS} before its upStart to as long after its
 * downEnd, averaged to {@link #STEP_MILLIS} steps, as one {@code pl_rep_curve} point. A rep is
 * judged a moment after its downEnd, so its cut waits until the insole's samples reach the end of
 * the window (or its set finishes).
 */
public final class RepCurves implements SampleListener, SessionListener {
  /** Samples kept per insole: 20 s at the live rate of 25 Hz, a slow rep and its margins. */
  public static final int RING_SAMPLES = 512;

  /** Stored before the rise and after the landing, so the curve shows the foot at rest. */
  public static final long MARGIN_MICROS = 500_000;

  /** Time step of the stored curves: 10 Hz shows a 3-second phase in 30 points. */
  public static final int STEP_MILLIS = 100;

  private final Map<String, Device> devices = new ConcurrentHashMap<>();
  private final Consumer<String> sink;

  /** One insole's samples and the reps waiting for their window to be complete. */
  private static final class Device {
    final CurveRing ring = new CurveRing(RING_SAMPLES);
    final List<Pending> pending = new ArrayList<>();
    volatile Side side = Side.UNKNOWN;
  }

  private record Pending(String patient, String device, RepSide side, RepEvent rep) {
    long endMicros() {
      return rep.downEndMicros() + MARGIN_MICROS;
    }
  }

  /**
   * @param sink takes each curve point as a line of line protocol (the store's spool)
   */
  public RepCurves(Consumer<String> sink) {
    this.sink = sink;
  }

  @Override
  public void onSample(LiveSample s) {
    Device d = devices.get(s.deviceId());
    if (d == null) {
      d = devices.computeIfAbsent(s.deviceId(), k -> new Device());
    }
    d.side = s.side();
    synchronized (d) {
      d.ring.add(s.timeMicros(), s.heelShare(), s.pitchDegrees(), s.heelRiseMm());
      if (!d.pending.isEmpty()) {
        flush(d, false);
      }
    }
  }

  @Override
  public void onRep(RepVerdict v) {
    Device d = source(v);
    if (d == null) {
      return; // no live samples of its insoles: nothing to draw
    }
    RepEvent e = v.rep();
    synchronized (d) {
      d.pending.add(new Pending(v.personId(), SessionRecorder.device(v.deviceIds()), e.side(), e));
      flush(d, false);
    }
  }

  /** A finished set has no more reps: reps still waiting are cut with the samples there are. */
  @Override
  public void onSet(SetFinished set) {
    for (String id : set.deviceIds()) {
      Device d = devices.get(id);
      if (d != null) {
        synchronized (d) {
          flush(d, true);
        }
      }
    }
  }

  /** The insole whose samples show the rep: the one on the rep's side, else the first with any. */
  private Device source(RepVerdict v) {
    Device any = null;
    for (String id : v.deviceIds()) {
      Device d = devices.get(id);
      if (d == null) {
        continue;
      }
      if (v.rep().side().name().equals(d.side.name())) {
        return d;
      }
      if (any == null) {
        any = d;
      }
    }
    return any;
  }

  private void flush(Device d, boolean all) {
    long latest = d.ring.latestMicros();
    for (int i = 0; i < d.pending.size(); i++) {
      Pending p = d.pending.get(i);
      if (all || latest >= p.endMicros()) {
        d.pending.remove(i--);
        RepCurve c = cut(d.ring, p);
        if (c != null) {
          sink.accept(Points.curve(c));
        }
      }
    }
  }

  private static RepCurve cut(CurveRing ring, Pending p) {
    long up = p.rep.upStartMicros();
    CurveRing.Window w = ring.cut(up - MARGIN_MICROS, p.endMicros(), up, STEP_MILLIS);
    if (w == null) {
      return null;
    }
    return new RepCurve(
        p.patient,
        p.device,
        p.side,
        up,
        w.startOffsetMillis(),
        STEP_MILLIS,
        w.heel(),
        w.pitch(),
        w.rise());
  }
}
