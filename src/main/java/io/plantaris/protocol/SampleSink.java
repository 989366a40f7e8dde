package io.plantaris.protocol;

import io.plantaris.insole.InsoleSample;
import io.plantaris.insole.SensorLayout;

/** Receives calibrated samples from a {@link TrackAssembler}. */
public interface SampleSink {
  /** The device's layout, once, before its first sample. */
  void onLayout(SensorLayout layout);

  /** One sample; {@code sample} is reused after the call returns, so copy what must be kept. */
  void onSample(InsoleSample sample);
}
