package io.plantaris.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Arbitrary and mutated byte streams never break the reader, and it always resynchronises. */
class WireFuzzTest {
  private static final Frame GOOD = Frame.of(7, 123_456, TestFrames.samples(5, 3));
  private static final byte[] GOOD_WIRE = FrameEncoder.encodeWire(GOOD);

  @Property(tries = 500)
  void randomBytesNeverThrowAndFinishQuickly(@ForAll @Size(max = 5000) byte[] garbage) {
    long start = System.nanoTime();
    TestFrames.Collected out = new TestFrames.Collected();
    FrameReader reader = new FrameReader(out);
    reader.feed(garbage);
    reader.endOfStream();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    // every delimited chunk is either a frame or a counted error
    assertThat(reader.counters().framesOk() + reader.counters().errorsTotal())
        .isLessThanOrEqualTo(garbage.length + 1L);
  }

  @Property(tries = 500)
  void validFrameAfterGarbageAndADelimiterDecodes(@ForAll @Size(max = 3000) byte[] garbage) {
    TestFrames.Collected out = new TestFrames.Collected();
    FrameReader reader = new FrameReader(out);
    reader.feed(TestFrames.concat(garbage, new byte[] {0}, GOOD_WIRE));
    assertThat(out.frames).isNotEmpty();
    assertThat(out.frames.get(out.frames.size() - 1)).isEqualTo(GOOD);
  }

  @Property(tries = 1000)
  void mutatedFramesAreCountedNeverThrown(@ForAll("mutations") int[] mutation) {
    byte[] stream = TestFrames.concat(GOOD_WIRE, GOOD_WIRE, GOOD_WIRE);
    int at = mutation[0] % stream.length;
    stream[at] = (byte) mutation[1];
    TestFrames.Collected out = new TestFrames.Collected();
    FrameReader reader = new FrameReader(out);
    reader.feed(stream);
    reader.endOfStream();
    // one flipped byte spoils at most two frames (a delimiter turned into data merges two)
    assertThat(out.frames).hasSizeGreaterThanOrEqualTo(1).allMatch(GOOD::equals);
    assertThat(reader.counters().framesOk() + reader.counters().errorsTotal()).isBetween(2L, 4L);
  }

  @Provide
  Arbitrary<int[]> mutations() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 255))
        .as((a, b) -> new int[] {a, b});
  }

  @Property(tries = 300)
  void anyChunkingGivesTheSameFrames(
      @ForAll @IntRange(min = 1, max = 700) int chunk, @ForAll @IntRange(max = 20) int skip) {
    byte[] stream = TestFrames.stream(6, 22);
    TestFrames.Collected out = new TestFrames.Collected();
    FrameReader reader = new FrameReader(out);
    // start mid-stream: the first partial frame is garbage, the rest must come through
    for (int i = skip; i < stream.length; i += chunk) {
      reader.feed(stream, i, Math.min(chunk, stream.length - i));
    }
    assertThat(out.frames).hasSizeGreaterThanOrEqualTo(6);
    assertThat(out.frames.get(out.frames.size() - 1).sequence()).isEqualTo(6);
  }
}
