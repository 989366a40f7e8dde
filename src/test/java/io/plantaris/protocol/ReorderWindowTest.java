package io.plantaris.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The receiver's reorder window and data-only loss accounting, on whole streams read the way the
 * offline analysis reads a file: late frames within the window are put back in order (no sample
 * lost, none out of order), duplicates are still dropped, real loss is still counted, and
 * descriptors, sent or not, never count as lost.
 */
class ReorderWindowTest {
  private static final int FRAMES = 400;
  private static final int PER_FRAME = 5;

  @Test
  void everyFiftiethFrameDeliveredAfterTheNextIsPutBackInOrder() {
    List<byte[]> frames = frames();
    for (int i = 50; i + 1 < frames.size(); i += 50) {
      swap(frames, i, i + 1);
    }
    WireTrackReader.Result r = WireTrackReader.read(join(frames));

    assertThat(r.track().size()).isEqualTo(FRAMES * PER_FRAME);
    assertThat(r.link().lostFrames()).isZero();
    assertThat(r.link().reordered()).isZero();
    assertThat(r.track()).isEqualTo(WireTrackReader.read(join(frames())).track());
  }

  @Test
  void aFrameLateByTheWholeWindowIsStillUsedOneLaterIsDroppedAsLate() {
    List<byte[]> frames = frames();
    int w = ReorderWindow.DEFAULT_FRAMES;
    frames.add(100 + w, frames.remove(100)); // 100 comes after 101..100+w: within the window
    frames.add(300 + w + 1, frames.remove(300)); // 300 after 301..301+w: one too late
    WireTrackReader.Result r = WireTrackReader.read(join(frames));

    assertThat(r.link().lostFrames()).isEqualTo(1);
    assertThat(r.link().reordered()).isEqualTo(1);
    assertThat(r.track().size()).isEqualTo((FRAMES - 1) * PER_FRAME);
  }

  @Test
  void duplicatesAreDroppedWhetherHeldOrAlreadyUsed() {
    List<byte[]> frames = frames();
    swap(frames, 60, 61);
    frames.add(61, frames.get(60)); // the held frame twice, before the late one
    frames.add(200, frames.get(150)); // a frame used long ago, again
    WireTrackReader.Result r = WireTrackReader.read(join(frames));

    assertThat(r.link().duplicates()).isEqualTo(2);
    assertThat(r.link().lostFrames()).isZero();
    assertThat(r.track().size()).isEqualTo(FRAMES * PER_FRAME);
  }

  @Test
  void realLossIsCountedOnceTheWindowGivesUpAndNothingAfterItIsLost() {
    List<byte[]> frames = frames();
    frames.remove(120);
    frames.remove(120);
    WireTrackReader.Result r = WireTrackReader.read(join(frames));

    assertThat(r.link().lostFrames()).isEqualTo(2);
    assertThat(r.link().gaps()).isEqualTo(1);
    assertThat(r.track().size()).isEqualTo((FRAMES - 2) * PER_FRAME);
  }

  @Test
  void lossAtTheEndOfTheStreamStillReleasesTheFramesAfterIt() {
    List<byte[]> frames = frames();
    frames.remove(frames.size() - 3);
    WireTrackReader.Result r = WireTrackReader.read(join(frames));

    assertThat(r.track().size()).isEqualTo((FRAMES - 1) * PER_FRAME);
    assertThat(r.link().lostFrames()).isEqualTo(1);
  }

  @Test
  void periodicDescriptorsNotSentOverMqttAreNotLostFrames() {
    // PROTOCOL.md 2: a descriptor carries the number of the data frame after it
    List<byte[]> withDescriptors = frames(true, false);
    List<byte[]> without = new ArrayList<>(withDescriptors);
    without.subList(1, without.size()).removeIf(ReorderWindowTest::isDescriptor); // periodic ones
    for (List<byte[]> stream : List.of(withDescriptors, without)) {
      WireTrackReader.Result r = WireTrackReader.read(join(stream));
      assertThat(r.link().lostFrames()).isZero();
      assertThat(r.track().size()).isEqualTo(FRAMES * PER_FRAME);
    }
  }

  @Test
  void olderFirmwareWhoseDescriptorsUseUpANumberLosesNothingEitherWhenTheyArrive() {
    List<byte[]> frames = frames(true, true);
    WireTrackReader.Result inOrder = WireTrackReader.read(join(frames));
    // over MQTT the descriptor topic is not ordered with the data: each one a few frames late
    for (int i = frames.size() - 1; i > 0; i--) {
      if (isDescriptor(frames.get(i)) && i + 3 < frames.size()) {
        frames.add(i + 3, frames.remove(i));
      }
    }
    WireTrackReader.Result late = WireTrackReader.read(join(frames));

    for (WireTrackReader.Result r : List.of(inOrder, late)) {
      assertThat(r.link().lostFrames()).isZero();
      assertThat(r.link().reordered()).isZero();
      assertThat(r.track().size()).isEqualTo(FRAMES * PER_FRAME);
    }
  }

  private static List<byte[]> frames() {
    return frames(false, false);
  }

  /**
   * A descriptor, then {@code FRAMES} batches; with {@code periodic} a descriptor every 100
   * batches, using up a number of its own when {@code numbered} (firmware before the rule).
   */
  private static List<byte[]> frames(boolean periodic, boolean numbered) {
    List<byte[]> out = new ArrayList<>();
    int seq = 0;
    out.add(FrameEncoder.encodeWire(Frame.of(seq, 0, TestFrames.descriptor(0xCAFEL))));
    seq += numbered ? 1 : 0;
    for (int i = 0; i < FRAMES; i++) {
      long t = 5_000L + (long) i * PER_FRAME * 10_000;
      if (periodic && i > 0 && i % 100 == 0) {
        out.add(FrameEncoder.encodeWire(Frame.of(seq, t, TestFrames.descriptor(0xCAFEL))));
        seq += numbered ? 1 : 0;
      }
      out.add(FrameEncoder.encodeWire(Frame.of(seq++, t, TestFrames.samples(PER_FRAME, i))));
    }
    return out;
  }

  /** COBS keeps the first two header bytes (version, type: never 0) at offsets 1 and 2. */
  private static boolean isDescriptor(byte[] wireFrame) {
    return wireFrame[2] == MessageType.DESCRIPTOR.wireCode();
  }

  private static void swap(List<byte[]> frames, int i, int j) {
    byte[] a = frames.get(i);
    frames.set(i, frames.get(j));
    frames.set(j, a);
  }

  private static byte[] join(List<byte[]> frames) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    frames.forEach(b::writeBytes);
    return b.toByteArray();
  }
}
