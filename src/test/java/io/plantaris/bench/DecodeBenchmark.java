package io.plantaris.bench;

import io.plantaris.insole.InsoleSample;
import io.plantaris.insole.SensorLayout;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.FrameEncoder;
import io.plantaris.protocol.FrameReader;
import io.plantaris.protocol.SampleBatch;
import io.plantaris.protocol.SampleSink;
import io.plantaris.protocol.TestFrames;
import io.plantaris.protocol.TrackAssembler;
import java.io.ByteArrayOutputStream;
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

/**
 * Deframe + decode + calibrate throughput of a 16-cell, 6-axis IMU insole, in samples per second.
 * Each invocation runs a fresh pipeline (reader, sequence tracker, assembler) over a descriptor and
 * {@value #SAMPLES} samples, so the pipeline's setup is inside the measurement.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecodeBenchmark {
  static final int SAMPLES = 2200;

  /** Samples per SAMPLES frame: 1 (lowest latency), 5 (recommended), 22 (largest batch). */
  @Param({"1", "5", "22"})
  int samplesPerFrame;

  private byte[] wire;

  /** Checks the checksum's consumer sees every sample; a dropped sample would fake speed. */
  private static final class Sum implements SampleSink {
    double sum;
    int samples;

    @Override
    public void onLayout(SensorLayout layout) {}

    @Override
    public void onSample(InsoleSample s) {
      sum += s.cellNewtons[0] + s.cellNewtons[15] + s.accelZG + s.gyroYDps + s.timeMicros;
      samples++;
    }
  }

  @Setup
  public void setUp() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(FrameEncoder.encodeWire(Frame.of(0, 0, TestFrames.descriptor(0xBEEFL))));
    int frames = SAMPLES / samplesPerFrame;
    for (int i = 0; i < frames; i++) {
      SampleBatch batch = TestFrames.samples(samplesPerFrame, i);
      long time = 5_000L + (long) i * samplesPerFrame * 10_000;
      out.writeBytes(FrameEncoder.encodeWire(Frame.of(i + 1, time, batch)));
    }
    wire = out.toByteArray();
    Sum check = new Sum();
    run(check);
    if (check.samples != SAMPLES) {
      throw new IllegalStateException(check.samples + " samples, expected " + SAMPLES);
    }
  }

  @Benchmark
  @OperationsPerInvocation(SAMPLES)
  public double decodeCalibrate() {
    Sum sum = new Sum();
    run(sum);
    return sum.sum;
  }

  private void run(Sum sink) {
    FrameReader reader = new FrameReader(new TrackAssembler(sink));
    reader.feed(wire, 0, wire.length);
  }
}
