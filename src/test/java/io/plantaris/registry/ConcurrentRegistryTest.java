package io.plantaris.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentRegistryTest {
  @TempDir Path dir;

  @Test
  void concurrentWritersThroughSeveralInstancesLoseNothing() throws Exception {
    Path file = dir.resolve("registry.json");
    JsonFileRegistry setup = new JsonFileRegistry(file);
    setup.addClinician(new Clinician("c1", "Dr Berg"));
    setup.addPatient(new Patient("p1", "Ann", List.of("c1")));
    int threads = 6;
    int perThread = 20;
    Instant t0 = Instant.parse("2024-03-04T07:00:00Z");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      // each thread has its own registry instance, as separate CLI runs would
      JsonFileRegistry mine = new JsonFileRegistry(file);
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                  mine.addPainReport(
                      new PainReport(
                          "p1",
                          PainKind.DURING,
                          (thread + i) % 11,
                          t0.plusSeconds(thread * 1000L + i),
                          "t" + thread));
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    List<PainReport> reports = new JsonFileRegistry(file).painReports("p1");
    assertThat(reports).hasSize(threads * perThread);
    for (int t = 0; t < threads; t++) {
      String note = "t" + t;
      assertThat(reports).filteredOn(r -> r.note().equals(note)).hasSize(perThread);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("registry.json", "registry.json.lock");
    }
  }
}
