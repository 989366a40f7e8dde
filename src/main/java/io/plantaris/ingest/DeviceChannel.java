package io.plantaris.ingest;

import io.plantaris.insole.InsoleSample;
import io.plantaris.insole.SensorLayout;
import io.plantaris.protocol.FrameReader;
import io.plantaris.protocol.SampleSink;
import io.plantaris.protocol.TrackAssembler;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One insole's byte stream inside the service: its bounded queue, its decoder state, and the
 * samples it has decoded but the person's analysis has not consumed yet. Everything except {@link
 * #offer} and the counters runs on the owning person's worker.
 */
final class DeviceChannel implements SampleSink {
  /** Samples held for the time merge: 5 s at 100 Hz. */
  static final int RING_CAPACITY = 512;

  final String streamKey;

  /**
   * A device streaming now, whose stamps follow the receive time (PROTOCOL.md "Wall time"); a
   * replay keeps its recording's own clock.
   */
  final boolean liveClock;

  final PersonSession person;
  final ArrayBlockingQueue<Chunk> queue;
  final FrameReader reader;
  final TrackAssembler assembler;
  final AtomicLong chunksIn = new AtomicLong();
  final AtomicLong bytesIn = new AtomicLong();
  final AtomicLong droppedChunks = new AtomicLong();
  final AtomicLong droppedBytes = new AtomicLong();
  volatile LinkState linkState = LinkState.ONLINE;
  volatile long lastBytesMillis;
  volatile SensorLayout layout;

  /** Per cell of the layout: whether it lies under the heel (for the live heel share). */
  volatile boolean[] heelCells = new boolean[0];

  SampleRing ring;
  int trackIndex = -1;

  /** Analysis time of the last live sample handed out, for the throttle. */
  long lastLiveMicros = Long.MIN_VALUE / 2;

  /** The live guide's early rise onset, read at the full rate (pipeline thread only). */
  final RiseOnset riseOnset = new RiseOnset();

  private long offsetMicros;
  private boolean anchored;
  private long currentReceivedMillis;

  DeviceChannel(String streamKey, PersonSession person, int queueCapacity) {
    this.streamKey = streamKey;
    this.liveClock = !streamKey.startsWith(ReplaySource.KEY_PREFIX);
    this.person = person;
    this.queue = new ArrayBlockingQueue<>(queueCapacity);
    this.assembler = new TrackAssembler(this);
    this.reader = new FrameReader(assembler);
  }

  /**
   * Called on I/O threads: enqueue, waiting up to {@code waitMillis} for room; false when the queue
   * stayed full (the caller counts the drop: overload policy drop newest).
   */
  boolean offer(Chunk chunk, long waitMillis) {
    lastBytesMillis = chunk.receivedMillis();
    boolean queued;
    try {
      queued =
          waitMillis <= 0
              ? queue.offer(chunk)
              : queue.offer(chunk, waitMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      queued = false;
    }
    if (queued) {
      chunksIn.incrementAndGet();
      bytesIn.addAndGet(chunk.data().length);
    }
    return queued;
  }

  /** A chunk that found no room in the queue. */
  void countDropped(Chunk chunk) {
    droppedChunks.incrementAndGet();
    droppedBytes.addAndGet(chunk.data().length);
  }

  /** Deframes and decodes one chunk; decoded samples land in {@link #ring}. */
  void process(Chunk chunk) {
    currentReceivedMillis = chunk.receivedMillis();
    reader.feed(chunk.data());
  }

  @Override
  public void onLayout(SensorLayout l) {
    ring = new SampleRing(RING_CAPACITY, l.cellCount());
    heelCells = HeelShare.heelCells(l);
    layout = l;
    person.onLayout(this);
  }

  @Override
  public void onSample(InsoleSample sample) {
    if (!anchored) {
      // Device time is mapped to wall time at the first sample (relative to the person's session
      // epoch, keeping the analysis' numbers small); both insoles of a person then share one time
      // axis, good to within network jitter.
      offsetMicros = person.anchor(deviceId(), sample.timeMicros, currentReceivedMillis);
      anchored = true;
    }
    if (sample.timeMicros + offsetMicros <= person.analysedUpToMicros) {
      return; // sent again after a crash: analysed before it
    }
    // Holes (lost frames) are the analysis' business: it sees them in the sample times, exactly
    // as the offline analysis of the same bytes does (DataGapPolicy).
    if (ring.isFull()) {
      person.releaseOldest(this);
    }
    ring.push(sample, sample.timeMicros + offsetMicros, currentReceivedMillis);
  }

  /** Device id from the descriptor once known, else the stream key. */
  String deviceId() {
    SensorLayout l = layout;
    return l == null ? streamKey : l.deviceId();
  }
}
