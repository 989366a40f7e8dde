package io.plantaris.bench;

import io.plantaris.analysis.AnalysisConfig;
import io.plantaris.analysis.AnalysisListener;
import io.plantaris.analysis.PersonAnalyzer;
import io.plantaris.analysis.Prescription;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.SetSummary;
import io.plantaris.insole.InsoleSample;
import io.plantaris.insole.Track;
import io.plantaris.sim.LayoutKind;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.VirtualInsole;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Samples per second through the analysis core for one 16-cell + IMU insole at 100 Hz doing a set
 * of 3-2-3 heel raises (the virtual insole's clean set, 12 reps).
 *
 * <p>Run: {@code mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * -Dmdep.includeScope=test && java -cp target/test-classes:target/classes:$(cat cp.txt)
 * org.openjdk.jmh.Main AnalysisBenchmark -f 1 -wi 3 -i 5 -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalysisBenchmark {
  /** Samples in the pre-generated stream (a set of 12 reps plus standing, about 110 s). */
  static final int SAMPLES = 11_000;

  /** Time phases at the 10 % marks (keeps 30 s of pitch per insole) or by the rise rate. */
  @Param({"false", "true"})
  public boolean phaseMarks;

  private InsoleSample[] samples;
  private long spanMicros;
  private long offsetMicros;
  private PersonAnalyzer analyzer;

  @Setup
  public void setUp(Blackhole bh) {
    Track track =
        VirtualInsole.simulate(
                Scenario.CLEAN_SET.builder(1).layout(LayoutKind.MOTICON16_IMU).build())
            .recording()
            .tracks()
            .get(0);
    samples = new InsoleSample[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      samples[i] = new InsoleSample(track.layout().cellCount());
      track.fill(i % track.size(), samples[i]);
      samples[i].timeMicros = i * 10_000L;
    }
    spanMicros = SAMPLES * 10_000L;
    analyzer =
        new PersonAnalyzer(
            List.of(track.layout()),
            Prescription.rathleff(),
            AnalysisConfig.defaults().withPhaseMarks(phaseMarks),
            null,
            new AnalysisListener() {
              @Override
              public void onRep(RepEvent rep) {
                bh.consume(rep);
              }

              @Override
              public void onSet(SetSummary set) {
                bh.consume(set);
              }
            });
  }

  @Benchmark
  @OperationsPerInvocation(SAMPLES)
  public void feed() {
    // The stream is replayed again and again; time keeps running forward as on a live device.
    long offset = offsetMicros;
    for (InsoleSample s : samples) {
      s.timeMicros += offset;
      analyzer.accept(0, s);
      s.timeMicros -= offset;
    }
    offsetMicros += spanMicros;
  }
}
