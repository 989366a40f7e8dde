package io.plantaris.analysis;

import io.plantaris.eval.EvalCase;
import io.plantaris.eval.SimulatedCases;
import io.plantaris.insole.Track;

/** Manual probe: prints one track's segmentation state every 100 ms in a time window. */
final class TrackerProbe {
  private TrackerProbe() {}

  public static void main(String[] args) {
    EvalCase c = SimulatedCases.generate(Long.parseLong(args[0]));
    int trackIndex = Integer.parseInt(args[1]);
    long from = Long.parseLong(args[2]);
    long to = Long.parseLong(args[3]);
    Track track = c.recording().tracks().get(trackIndex);
    FootTracker t =
        new FootTracker(
            0, track.layout(), AnalysisConfig.defaults(), r -> System.out.println("REP " + r));
    io.plantaris.insole.InsoleSample s =
        new io.plantaris.insole.InsoleSample(track.layout().cellCount());
    for (int i = 0; i < track.size(); i++) {
      track.fill(i, s);
      t.accept(s);
      long ms = s.timeMicros / 1000;
      if (ms >= from && ms <= to && ms % 100 == 0) {
        System.out.println(ms + " " + t.diagnostics() + " load=" + Math.round(t.loadN()));
      }
    }
  }
}
