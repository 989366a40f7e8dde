package io.plantaris.analysis;

import io.plantaris.analysis.SyntheticSession.Mode;
import io.plantaris.analysis.SyntheticSession.Rep;
import io.plantaris.analysis.SyntheticSession.Truth;
import io.plantaris.insole.Side;

/** Manual probe: prints phase boundary errors per mode (not a test). */
final class TimingProbe {
  private TimingProbe() {}

  public static void main(String[] args) {
    for (Mode m : Mode.values()) {
      SyntheticSession s = new SyntheticSession(m).add(Rep.tempo(3000, 2000, 3000, 800), 4);
      Collect c = Collect.run(s.build(Side.RIGHT));
      StringBuilder sb = new StringBuilder(m + " reps=" + c.reps.size());
      for (int i = 0; i < Math.min(c.reps.size(), s.truth.size()); i++) {
        RepEvent r = c.reps.get(i);
        Truth t = s.truth.get(i);
        sb.append(
            String.format(
                " [%d %d %d %d]",
                r.upStartMicros() / 1000 - 5000 - t.upStart(),
                r.holdStartMicros() / 1000 - 5000 - t.holdStart(),
                r.downStartMicros() / 1000 - 5000 - t.downStart(),
                r.downEndMicros() / 1000 - 5000 - t.downEnd()));
      }
      System.out.println(sb);
    }
  }
}
