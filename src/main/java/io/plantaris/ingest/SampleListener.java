package io.plantaris.ingest;

/**
 * Receives throttled live snapshots of each insole (at most {@link
 * IngestService#LIVE_SAMPLE_RATE_HZ} per insole), for live pages. Called on pipeline worker threads
 * right after the sample was analysed: must be quick and thread-safe (hand off anything slow, never
 * block).
 */
public interface SampleListener {
  void onSample(LiveSample sample);
}
