package io.plantaris.protocol;

import io.plantaris.insole.Track;

/**
 * Reads one device's whole wire byte stream (a {@code .plw} file is exactly that) into a {@link
 * Track}, with what decoding and sequence tracking counted on the way.
 */
public final class WireTrackReader {
  /**
   * The outcome of reading a stream.
   *
   * @param track the samples, or null when the stream held no usable descriptor
   * @param samplesSkipped samples that could not be placed in the track
   */
  public record Result(Track track, DecodeCounters decode, LinkStats link, long samplesSkipped) {}

  private WireTrackReader() {}

  public static Result read(byte[] wire) {
    TrackCollector collector = new TrackCollector();
    TrackAssembler assembler = new TrackAssembler(collector);
    FrameReader reader = new FrameReader(assembler);
    reader.feed(wire);
    reader.endOfStream();
    assembler.finish();
    return new Result(
        collector.track(),
        reader.counters(),
        assembler.tracker().stats(),
        assembler.samplesSkipped());
  }
}
