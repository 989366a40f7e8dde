package io.plantaris.ingest;

import io.plantaris.analysis.AnalysisConfig;
import io.plantaris.analysis.Prescription;
import java.util.Map;

/**
 * How the ingestion pipeline runs.
 *
 * @param queueCapacityChunks chunks (one MQTT message or one serial read) buffered per insole; when
 *     full the newest chunk is dropped and counted (overload policy: drop newest, never block an
 *     I/O thread)
 * @param workerThreads threads that run deframe-decode-analyse-emit; each person is processed by
 *     one thread at a time, in arrival order
 * @param mergeHoldbackMillis with two insoles, how long samples of one foot wait for the other
 *     foot's samples of the same moment before being analysed without them
 * @param layoutWaitMillis with two insoles expected, how long the first one's samples wait for the
 *     second one's descriptor before analysis starts with one
 * @param persons device id to person id, for pairing insoles by configuration; devices not listed
 *     pair by their id (see {@link PersonDirectory})
 */
public record IngestConfig(
    int queueCapacityChunks,
    int workerThreads,
    long mergeHoldbackMillis,
    long layoutWaitMillis,
    Map<String, String> persons,
    Prescription prescription,
    AnalysisConfig analysis) {

  public static final int DEFAULT_QUEUE_CAPACITY_CHUNKS = 2048;
  public static final long DEFAULT_MERGE_HOLDBACK_MILLIS = 300;
  public static final long DEFAULT_LAYOUT_WAIT_MILLIS = 2000;

  public IngestConfig {
    if (queueCapacityChunks < 1) {
      throw new IllegalArgumentException("queueCapacityChunks must be >= 1");
    }
    if (workerThreads < 1) {
      throw new IllegalArgumentException("workerThreads must be >= 1");
    }
    persons = Map.copyOf(persons);
  }

  /** Defaults: one worker per core, Rathleff's 3-2-3 prescription, default analysis thresholds. */
  public static IngestConfig defaults() {
    return new IngestConfig(
        DEFAULT_QUEUE_CAPACITY_CHUNKS,
        Runtime.getRuntime().availableProcessors(),
        DEFAULT_MERGE_HOLDBACK_MILLIS,
        DEFAULT_LAYOUT_WAIT_MILLIS,
        Map.of(),
        Prescription.rathleff(),
        AnalysisConfig.defaults());
  }

  public IngestConfig withPrescription(Prescription p) {
    return new IngestConfig(
        queueCapacityChunks,
        workerThreads,
        mergeHoldbackMillis,
        layoutWaitMillis,
        persons,
        p,
        analysis);
  }

  public IngestConfig withPersons(Map<String, String> devicesToPersons) {
    return new IngestConfig(
        queueCapacityChunks,
        workerThreads,
        mergeHoldbackMillis,
        layoutWaitMillis,
        devicesToPersons,
        prescription,
        analysis);
  }
}
