package io.plantaris.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.programme.Decision;
import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.PrescriptionVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Many writers at once, as many clinicians and patients would: no pain report or decision is lost
 * or stored twice, each comes back whole, and racing editors of one prescription get one version
 * each, never two with the same number.
 */
public abstract class ConcurrentWritesContract {
  static final Instant T0 = Instant.parse("2024-03-04T07:00:00Z");

  /** A new, empty store; {@link #another} opens a second handle on the same one. */
  protected abstract ProgrammeRegistry fresh();

  protected abstract ProgrammeRegistry another();

  protected int threads() {
    return 8;
  }

  protected int perThread() {
    return 25;
  }

  @Test
  void concurrentWritersLoseNothingAndHalfWriteNothing() throws Exception {
    ProgrammeRegistry setup = ProgrammeRegistryContract.populated(fresh());
    int threads = threads();
    int per = perThread();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      ProgrammeRegistry mine = t % 2 == 0 ? setup : another(); // two handles, as two processes
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < per; i++) {
                  String patient = i % 2 == 0 ? "p1" : "p2";
                  Instant at = T0.plusSeconds(thread * 1000L + i);
                  mine.addPainReport(
                      new PainReport(
                          patient, PainKind.DURING, (thread + i) % 11, at, "t" + thread));
                  mine.addDecision(
                      ProgrammeRegistryContract.proposal("d-" + thread + "-" + i, patient, at));
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();

    ProgrammeRegistry r = another();
    List<PainReport> pain = new ArrayList<>(r.painReports("p1"));
    pain.addAll(r.painReports("p2"));
    List<Decision> decisions = new ArrayList<>(r.decisions("p1"));
    decisions.addAll(r.decisions("p2"));
    assertThat(pain).hasSize(threads * per);
    assertThat(decisions).hasSize(threads * per);
    assertThat(decisions).extracting(Decision::id).doesNotHaveDuplicates();
    for (int t = 0; t < threads; t++) {
      String note = "t" + t;
      assertThat(pain).filteredOn(p -> p.note().equals(note)).hasSize(per);
      for (int i = 0; i < per; i++) {
        Instant at = T0.plusSeconds(t * 1000L + i);
        String patient = i % 2 == 0 ? "p1" : "p2";
        // whole records: every field as written
        assertThat(pain).contains(new PainReport(patient, PainKind.DURING, (t + i) % 11, at, note));
        assertThat(decisions)
            .contains(ProgrammeRegistryContract.proposal("d-" + t + "-" + i, patient, at));
      }
    }
  }

  @Test
  void racingPrescriptionEditorsGetOneVersionEach() throws Exception {
    ProgrammeRegistry setup = ProgrammeRegistryContract.populated(fresh());
    PrescriptionVersion v1 = PrescriptionVersion.rathleff("p1", T0, "c1");
    setup.addPrescription(v1);
    int threads = threads();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger refused = new AtomicInteger();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      ProgrammeRegistry mine = t % 2 == 0 ? setup : another();
      double kg = t + 1;
      done.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  // every editor read version 1 and proposes version 2
                  mine.addPrescription(
                      v1.next(T0.plusSeconds(60), 0, v1.tempo(), kg, true, "c1", ""));
                } catch (IllegalArgumentException e) {
                  assertThat(e).hasMessageContaining("out of sequence");
                  refused.incrementAndGet();
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    List<PrescriptionVersion> versions = another().prescriptions("p1").versions();
    assertThat(versions).extracting(PrescriptionVersion::version).containsExactly(1, 2);
    assertThat(refused.get()).isEqualTo(threads - 1);
  }
}
