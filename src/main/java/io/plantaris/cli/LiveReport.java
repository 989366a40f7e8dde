package io.plantaris.cli;

import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepFlag;
import io.plantaris.analysis.SetSummary;
import io.plantaris.ingest.DeviceEvent;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.SetFinished;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** Prints the live service's reps, sets and insole events as they happen, in plain words. */
final class LiveReport implements SessionListener {
  private final PrintStream out;
  private final AtomicInteger reps = new AtomicInteger();
  private final AtomicInteger sets = new AtomicInteger();

  LiveReport(PrintStream out) {
    this.out = out;
  }

  int reps() {
    return reps.get();
  }

  int sets() {
    return sets.get();
  }

  @Override
  public synchronized void onRep(RepVerdict v) {
    reps.incrementAndGet();
    RepEvent r = v.rep();
    String verdict =
        r.uncertain()
            ? "counts, not checked: " + r.doubtWords()
            : r.valid()
                ? "counts"
                : "does not count: "
                    + r.flags().stream().map(RepFlag::plainWords).collect(Collectors.joining(", "));
    out.printf(
        Locale.ROOT,
        "%s  set %d rep %2d  %-5s  up %.1f s  hold %.1f s  down %.1f s  %s%n",
        v.personId(),
        r.setIndex(),
        r.repIndex(),
        r.side().name().toLowerCase(Locale.ROOT),
        r.upMillis() / 1000.0,
        r.holdMillis() / 1000.0,
        r.downMillis() / 1000.0,
        verdict);
  }

  @Override
  public synchronized void onSet(SetFinished s) {
    sets.incrementAndGet();
    SetSummary m = s.summary();
    out.printf(
        Locale.ROOT,
        "%s  set %d done: %d of %d reps count, %.0f s under tension, tempo adherence %s, %s%n",
        s.personId(),
        m.setIndex(),
        m.validReps(),
        m.repCount(),
        m.timeUnderTensionMillis() / 1000.0,
        RepText.percent(m.tempoAdherence()),
        m.rmSignal().name().toLowerCase(Locale.ROOT).replace('_', ' '));
  }

  @Override
  public synchronized void onDevice(DeviceEvent e) {
    out.printf(
        Locale.ROOT,
        "%s  insole %s: %s%n",
        e.personId(),
        e.kind().name().toLowerCase(Locale.ROOT),
        e.detail());
  }
}
