package io.plantaris.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.insole.InsoleSample;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The per-sample path must not allocate: the analysis runs at millions of samples per second. */
class CalibrationAllocationTest {

  @Test
  void fillingAReusedSampleAllocatesNothing() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Calibration cal = Calibration.of(TestFrames.descriptor(1));
    SampleBatch batch = TestFrames.samples(22, 5);
    InsoleSample sample = new InsoleSample(16);
    double sum = 0;
    for (int warm = 0; warm < 20_000; warm++) {
      cal.fill(batch, warm % 22, warm, sample);
    }
    long tid = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(tid);
    for (int i = 0; i < 1_000_000; i++) {
      cal.fill(batch, i % 22, i, sample);
      sum += sample.cellNewtons[3];
    }
    long allocated = threads.getThreadAllocatedBytes(tid) - before;

    // a million samples; allowing a few KB for the measurement itself, far below 1 byte/sample
    assertThat(allocated).isLessThan(64 * 1024);
    assertThat(sum).isNotZero();
  }
}
