package io.plantaris.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.plantaris.protocol.DecodeError;
import java.time.Duration;

/**
 * Publishes the pipeline's counters as Micrometer meters (Prometheus names in brackets): frames in
 * ({@code plantaris_frames_total}), decode errors by reason, sequence gaps and lost, duplicated and
 * reordered frames, chunks dropped by the overload policy, queue depth per insole, and the
 * sample-to-verdict latency ({@code plantaris_verdict_latency_seconds}).
 */
public final class IngestMetrics implements SessionListener {
  private final MeterRegistry registry;
  private final Timer latency;
  private final Counter validReps;
  private final Counter flaggedReps;
  private final Counter sets;

  private IngestMetrics(MeterRegistry registry) {
    this.registry = registry;
    latency =
        Timer.builder("plantaris.verdict.latency")
            .description("from the arrival of the bytes that complete a rep to its verdict")
            .publishPercentiles(0.5, 0.99)
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofSeconds(10))
            .register(registry);
    validReps = Counter.builder("plantaris.reps").tag("valid", "true").register(registry);
    flaggedReps = Counter.builder("plantaris.reps").tag("valid", "false").register(registry);
    sets = Counter.builder("plantaris.sets").register(registry);
  }

  /** Binds the meters of {@code service} (and of every insole it will see) to {@code registry}. */
  public static IngestMetrics bind(IngestService service, MeterRegistry registry) {
    IngestMetrics m = new IngestMetrics(registry);
    service.addListener(m);
    service.onNewChannel(m::register);
    return m;
  }

  public Timer latency() {
    return latency;
  }

  @Override
  public void onRep(RepVerdict verdict) {
    latency.record(Duration.ofNanos(verdict.latencyMicros() * 1000));
    (verdict.rep().valid() ? validReps : flaggedReps).increment();
  }

  @Override
  public void onSet(SetFinished set) {
    sets.increment();
  }

  private void register(DeviceChannel c) {
    Tags tags = Tags.of("stream", c.streamKey);
    FunctionCounter.builder("plantaris.frames", c, x -> x.reader.counters().framesOk())
        .tags(tags)
        .register(registry);
    for (DecodeError reason : DecodeError.values()) {
      FunctionCounter.builder("plantaris.decode.errors", c, x -> x.reader.counters().errors(reason))
          .tags(tags.and("reason", reason.name()))
          .register(registry);
    }
    FunctionCounter.builder("plantaris.sequence.gaps", c, x -> x.assembler.tracker().stats().gaps())
        .tags(tags)
        .register(registry);
    FunctionCounter.builder(
            "plantaris.frames.lost", c, x -> x.assembler.tracker().stats().lostFrames())
        .tags(tags)
        .register(registry);
    FunctionCounter.builder(
            "plantaris.frames.duplicate", c, x -> x.assembler.tracker().stats().duplicates())
        .tags(tags)
        .register(registry);
    FunctionCounter.builder(
            "plantaris.frames.reordered", c, x -> x.assembler.tracker().stats().reordered())
        .tags(tags)
        .register(registry);
    FunctionCounter.builder(
            "plantaris.clock.jumps", c, x -> x.assembler.tracker().stats().clockJumps())
        .description("device clock jumps, rebased so that no set is split")
        .tags(tags)
        .register(registry);
    FunctionCounter.builder("plantaris.chunks.dropped", c, x -> x.droppedChunks.get())
        .description("chunks dropped because the insole's queue was full")
        .tags(tags)
        .register(registry);
    FunctionCounter.builder("plantaris.samples", c, x -> x.assembler.samplesOut())
        .tags(tags)
        .register(registry);
    Gauge.builder("plantaris.queue.depth", c, x -> x.queue.size()).tags(tags).register(registry);
  }
}
