package io.plantaris.protocol;

import io.plantaris.insole.InsoleSample;
import java.util.ArrayDeque;

/**
 * One device's frames to calibrated samples: tracks sequence and clock, calibrates from the first
 * usable descriptor (holding earlier batches until it arrives) and emits each new sample with its
 * unwrapped device time, strictly increasing. Allocation-free per sample.
 */
public final class TrackAssembler implements FrameListener {
  /** Batches held while waiting for the first descriptor: 10 s at 5 samples per frame, 100 Hz. */
  public static final int MAX_PENDING_BATCHES = 200;

  private record Pending(SampleBatch batch, long timeMicros) {}

  private final SampleSink sink;
  private final SequenceTracker tracker;
  private final ReorderWindow window;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  private Calibration calibration;
  private InsoleSample sample;
  private long lastSampleMicros = Long.MIN_VALUE;
  private long samplesOut;
  private long samplesSkipped;

  public TrackAssembler(SampleSink sink) {
    this(sink, new SequenceTracker());
  }

  public TrackAssembler(SampleSink sink, SequenceTracker tracker) {
    this(sink, tracker, ReorderWindow.DEFAULT_FRAMES);
  }

  /** An assembler holding up to {@code reorderFrames} frames to put late ones back in order. */
  public TrackAssembler(SampleSink sink, SequenceTracker tracker, int reorderFrames) {
    this.sink = sink;
    this.tracker = tracker;
    this.window = new ReorderWindow(tracker, reorderFrames, this::onDataFrame);
  }

  @Override
  public void onFrame(Frame frame) {
    if (frame.message() instanceof Descriptor d) {
      // outside the data sequence: it may come on its own topic, in any order with the data
      if (tracker.accept(frame).accepted()) {
        onDescriptor(d);
        window.drain();
      }
      return;
    }
    window.offer(frame.sequence(), frame.deviceTimeMicros(), frame);
  }

  @Override
  public void onError(DecodeException error) {
    FrameHeader h = error.header();
    if (h == null) {
      return;
    }
    if (h.type() == MessageType.DESCRIPTOR.wireCode()) {
      tracker.accept(h.sequence(), h.deviceTimeMicros(), 0);
      window.drain();
    } else {
      window.offer(h.sequence(), h.deviceTimeMicros(), null);
    }
  }

  /** End of the stream: frames still held for reordering are used, their holes counted lost. */
  public void finish() {
    window.flush();
  }

  private void onDataFrame(int seq, long rawTimeMicros, Frame frame) {
    if (!tracker.accept(seq, rawTimeMicros).accepted() || frame == null) {
      return;
    }
    switch (frame.type()) {
      case SAMPLES -> onBatch((SampleBatch) frame.message(), tracker.lastFrameMicros());
      case DESCRIPTOR, STATUS, MARKER, DESCRIPTOR_REQUEST -> {
        // no samples; the sequence number is what counts
      }
    }
  }

  public SequenceTracker tracker() {
    return tracker;
  }

  /** Samples handed to the sink. */
  public long samplesOut() {
    return samplesOut;
  }

  /**
   * Samples dropped: no descriptor ever came, the cell count disagreed with the descriptor, or the
   * time did not move forward.
   */
  public long samplesSkipped() {
    return samplesSkipped + pending.stream().mapToLong(p -> p.batch().count()).sum();
  }

  private void onDescriptor(Descriptor d) {
    Calibration next;
    try {
      next = Calibration.of(d);
    } catch (IllegalArgumentException e) {
      return; // a device with neither cells nor gyroscope gives no samples to analyse
    }
    if (calibration != null) {
      if (calibration.cellCount() == d.cellCount()) {
        calibration = next; // recalibrated device, same cells: new gains apply from here
      }
      return; // the first layout stays: one track has one layout
    }
    calibration = next;
    sample = new InsoleSample(calibration.cellCount());
    sink.onLayout(calibration.layout());
    while (!pending.isEmpty()) {
      Pending p = pending.poll();
      emit(p.batch(), p.timeMicros());
    }
  }

  private void onBatch(SampleBatch batch, long frameMicros) {
    long last = frameMicros + (long) (batch.count() - 1) * batch.intervalMicros();
    tracker.clock().extendTo(last);
    if (calibration != null) {
      emit(batch, frameMicros);
      return;
    }
    if (pending.size() == MAX_PENDING_BATCHES) {
      samplesSkipped += pending.poll().batch().count();
    }
    pending.add(new Pending(batch, frameMicros));
  }

  private void emit(SampleBatch batch, long frameMicros) {
    if (batch.cellCount() != calibration.cellCount()) {
      samplesSkipped += batch.count();
      return;
    }
    for (int k = 0; k < batch.count(); k++) {
      long t = frameMicros + (long) k * batch.intervalMicros();
      if (t <= lastSampleMicros) {
        samplesSkipped++;
        continue;
      }
      calibration.fill(batch, k, t, sample);
      lastSampleMicros = t;
      samplesOut++;
      sink.onSample(sample);
    }
  }
}
