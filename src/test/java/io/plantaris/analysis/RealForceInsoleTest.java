package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plantaris.insole.Recording;
import io.plantaris.insole.Side;
import io.plantaris.insole.Track;
import io.plantaris.sim.GroundTruth;
import io.plantaris.sim.LayoutKind;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.VirtualInsole;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A 3-zone force insole as real ones behave, which the simulator does not model: the centre of
 * pressure sways while the person stands (1-15 mm/s, as on the real Moticon exports in
 * ../shared/datasets), the zones read 6 N in all in the air, and the recording starts with the foot
 * in the air being put down, heel first.
 */
class RealForceInsoleTest {
  /** What heel, midfoot and forefoot zone read in the air: 6 N, spread evenly or heel first. */
  private static final float[][] AIR_NEWTONS = {{2, 2, 2}, {3.5f, 1.5f, 1}};

  private static final long PLACE_MICROS = 2_000_000;

  private static SimulationResult simulated(long seed, int reps) {
    return VirtualInsole.simulate(
        Scenario.CLEAN_SET
            .builder(seed)
            .layout(LayoutKind.FORCE3)
            .workingSide(Side.RIGHT)
            .targetReps(reps)
            .build());
  }

  /**
   * The simulated track with standing sway (load moved between the heel and the forefoot zone, up
   * to 2.5 % of the load: about +-4 mm of centre of pressure at 0.2-1.1 Hz), the zones' air
   * readings {@code air} added, and 2 s before it: 1.2 s in the air, then the foot put down heel
   * first over 0.8 s.
   */
  static Track realistic(Track sim, long seed, float[] air) {
    SplittableRandom r = new SplittableRandom(seed);
    int before = (int) Math.round(PLACE_MICROS * sim.layout().sampleRateHz() / 1e6);
    int n = sim.size() + before;
    long dt = sim.timeMicros()[1] - sim.timeMicros()[0];
    long[] t = new long[n];
    float[][] cells = new float[n][];
    float[] stand = sim.cellNewtons()[0];
    for (int k = 0; k < n; k++) {
      t[k] = k < before ? sim.timeMicros()[0] - (before - k) * dt : sim.timeMicros()[k - before];
      float[] c;
      if (k < before) {
        // heel first, then midfoot and forefoot, each zone over 0.4 s
        double s = (k * dt - 1_200_000) / 400_000.0;
        c =
            new float[] {
              (float) (stand[0] * clamp01(s)),
              (float) (stand[1] * clamp01(s - 0.5)),
              (float) (stand[2] * clamp01(s - 1))
            };
      } else {
        c = sim.cellNewtons()[k - before].clone();
        double sec = t[k] / 1e6;
        double sway =
            0.6 * Math.sin(2 * Math.PI * 0.23 * sec)
                + 0.3 * Math.sin(2 * Math.PI * 0.7 * sec + 1)
                + 0.1 * Math.sin(2 * Math.PI * 1.1 * sec + 2);
        double total = c[0] + c[1] + c[2];
        double shift = Math.max(-c[2], Math.min(c[0], 0.025 * total * sway));
        c[0] -= (float) shift;
        c[2] += (float) shift;
      }
      for (int i = 0; i < 3; i++) {
        c[i] += air[i] + (float) (0.3 * r.nextGaussian());
      }
      cells[k] = c;
    }
    return new Track(sim.layout(), t, cells, null, null);
  }

  private static double clamp01(double x) {
    return Math.max(0, Math.min(1, x));
  }

  /** Largest speed of the centre of pressure along the foot before {@code untilMillis}, mm/s. */
  static double standingSwayMmPerS(Track tr, long untilMillis) {
    double[] y = {45, 110, 200};
    double prev = Double.NaN;
    double max = 0;
    for (int k = 0; tr.timeMicros()[k] < untilMillis * 1000; k += 10) {
      float[] c = tr.cellNewtons()[k];
      double cop = (c[0] * y[0] + c[1] * y[1] + c[2] * y[2]) / (c[0] + c[1] + c[2]);
      if (k > 0 && tr.timeMicros()[k] > tr.timeMicros()[0] + PLACE_MICROS + 500_000) {
        max = Math.max(max, Math.abs(cop - prev) / 0.1);
      }
      prev = cop;
    }
    return max;
  }

  @Test
  void repsAreCountedOnAForceInsoleThatSwaysAndReadsSixNewtonsInTheAir() {
    for (float[] air : AIR_NEWTONS) {
      for (long seed : new long[] {11, 12, 13}) {
        SimulationResult r = simulated(seed, 6);
        Track real = realistic(r.recording().tracks().get(0), seed, air);
        long firstRise = r.truth().sets().get(0).startMillis(); // the movement, before its mark
        assertThat(standingSwayMmPerS(real, firstRise))
            .as("seed %d: real standing sway", seed)
            .isBetween(3.0, 15.0);

        Collect c = Collect.run(new Recording(List.of(real)));

        String which = "seed " + seed + ", air " + Arrays.toString(air);
        List<GroundTruth.RepTruth> truth = r.truth().allReps();
        assertThat(c.reps).as("%s: reps", which).hasSameSizeAs(truth);
        for (int i = 0; i < truth.size(); i++) {
          assertThat(c.reps.get(i).upStartMicros() / 1000)
              .as("%s, rep %d starts", which, i)
              .isCloseTo(truth.get(i).upStartMillis(), within(700L));
          assertThat(c.reps.get(i).flags()).as("%s, rep %d: a clean rep", which, i).isEmpty();
        }
      }
    }
  }

  /**
   * A recording that begins in the middle of a rep (up on the toes, or on the way down) counts the
   * reps after it: the part-rep at the start neither hides them nor leaves the bottom level wrong
   * for long.
   */
  @Test
  void aRecordingThatBeginsMidRepCountsEveryRepAfterIt() {
    SimulationResult r = simulated(11, 6);
    Track real = realistic(r.recording().tracks().get(0), 11, AIR_NEWTONS[1]);
    List<GroundTruth.RepTruth> truth = r.truth().allReps();
    // into the rise, the hold and the lowering of the first rep
    long[] cuts = {
      (truth.get(0).upStartMillis() + truth.get(0).holdStartMillis()) / 2,
      (truth.get(0).holdStartMillis() + truth.get(0).downStartMillis()) / 2,
      (truth.get(0).downStartMillis() + truth.get(0).downEndMillis()) / 2
    };
    for (long cut : cuts) {
      int k0 = 0;
      while (real.timeMicros()[k0] < cut * 1000) {
        k0++;
      }
      Track tail =
          new Track(
              real.layout(),
              Arrays.copyOfRange(real.timeMicros(), k0, real.size()),
              Arrays.copyOfRange(real.cellNewtons(), k0, real.size()),
              null,
              null);

      Collect c = Collect.run(new Recording(List.of(tail)));

      assertThat(c.reps).as("cut at %d ms", cut).hasSize(truth.size() - 1);
      for (int i = 1; i < truth.size(); i++) {
        // the first whole rep rises from a bottom the foot has barely stood on: no level to read
        // its marks against, so it keeps the movement's start, about a second before its mark
        long tolerance = i == 1 ? 1300L : 700L;
        assertThat(c.reps.get(i - 1).upStartMicros() / 1000)
            .as("cut at %d ms, rep %d starts", cut, i)
            .isCloseTo(truth.get(i).upStartMillis(), within(tolerance));
      }
      // the first whole rep is measured against a bottom the foot barely stood on; from the
      // second on, the clean reps are judged clean (they were flagged with a base left on the toes)
      for (int i = 2; i < truth.size(); i++) {
        assertThat(c.reps.get(i - 1).flags()).as("cut at %d ms, rep %d", cut, i).isEmpty();
      }
    }
  }
}
