package io.plantaris.protocol;

import static io.plantaris.protocol.SequenceTracker.Verdict.DUPLICATE;
import static io.plantaris.protocol.SequenceTracker.Verdict.FIRST;
import static io.plantaris.protocol.SequenceTracker.Verdict.GAP;
import static io.plantaris.protocol.SequenceTracker.Verdict.IN_ORDER;
import static io.plantaris.protocol.SequenceTracker.Verdict.REBOOT;
import static io.plantaris.protocol.SequenceTracker.Verdict.REORDERED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SequenceTrackerTest {
  private static final long FRAME_US = 50_000; // 5 samples at 100 Hz

  @Test
  void sequenceWrapsFrom65535To0WithoutLoss() {
    SequenceTracker t = new SequenceTracker();
    assertThat(t.accept(65534, 0)).isEqualTo(FIRST);
    assertThat(t.accept(65535, FRAME_US)).isEqualTo(IN_ORDER);
    assertThat(t.accept(0, 2 * FRAME_US)).isEqualTo(IN_ORDER);
    assertThat(t.accept(1, 3 * FRAME_US)).isEqualTo(IN_ORDER);
    assertThat(t.stats()).isEqualTo(new LinkStats(4, 0, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void gapsCountLostFramesAcrossTheWrap() {
    SequenceTracker t = new SequenceTracker();
    t.accept(65530, 0);
    assertThat(t.accept(65533, 3 * FRAME_US)).isEqualTo(GAP); // 65531, 65532 lost
    assertThat(t.accept(2, 7 * FRAME_US)).isEqualTo(GAP); // 65534, 65535, 0, 1 lost
    assertThat(t.accept(3, 8 * FRAME_US)).isEqualTo(IN_ORDER);
    // 20 behind the expected seq is a late frame, not a jump of 65516 forward
    assertThat(t.accept(65520, 9 * FRAME_US)).isEqualTo(REORDERED);
    assertThat(t.stats()).isEqualTo(new LinkStats(4, 2, 6, 0, 1, 0, 0, 0));
  }

  @Test
  void duplicatesAndLateFramesAreDroppedAndTold() {
    SequenceTracker t = new SequenceTracker();
    t.accept(1, 1 * FRAME_US);
    t.accept(2, 2 * FRAME_US);
    assertThat(t.accept(4, 4 * FRAME_US)).isEqualTo(GAP);
    assertThat(t.accept(3, 3 * FRAME_US)).isEqualTo(REORDERED); // late, never seen
    assertThat(t.accept(3, 3 * FRAME_US)).isEqualTo(DUPLICATE); // now seen
    assertThat(t.accept(2, 2 * FRAME_US)).isEqualTo(DUPLICATE);
    assertThat(t.accept(5, 5 * FRAME_US)).isEqualTo(IN_ORDER);
    assertThat(t.stats()).isEqualTo(new LinkStats(4, 1, 1, 2, 1, 0, 0, 0));
  }

  @Test
  void redeliveredOldFrameIsADuplicateNotAReboot() {
    SequenceTracker t = new SequenceTracker();
    for (int seq = 0; seq < 200; seq++) {
      t.accept(seq, seq * FRAME_US); // 10 s of frames
    }
    // QoS 1 redelivers a frame from 8 s ago: seq and time both go back, but it was seen
    assertThat(t.accept(40, 40 * FRAME_US)).isEqualTo(DUPLICATE);
    assertThat(t.stats().reboots()).isZero();
  }

  @Test
  void rebootBySeqAndTimeGoingBackMoreThanOneSecond() {
    SequenceTracker t = new SequenceTracker();
    for (int seq = 0; seq < 100; seq++) {
      t.accept(seq, 2_000_000 + seq * FRAME_US);
    }
    long before = t.lastFrameMicros();
    assertThat(t.accept(0, 3_000)).isEqualTo(REBOOT);
    assertThat(t.lastFrameMicros()).isGreaterThan(before);
    assertThat(t.accept(1, 3_000 + FRAME_US)).isEqualTo(IN_ORDER);
    assertThat(t.lastFrameMicros() - before).isEqualTo(1 + 3_000 + FRAME_US);
    assertThat(t.stats().reboots()).isEqualTo(1);
    assertThat(t.stats().duplicates()).isZero();
  }

  @Test
  void lateFrameLessThanOneSecondOldIsReorderedNotAReboot() {
    SequenceTracker t = new SequenceTracker();
    t.accept(0, 5_000_000);
    t.accept(2, 5_000_000 + 2 * FRAME_US);
    assertThat(t.accept(1, 5_000_000 + FRAME_US)).isEqualTo(REORDERED);
    assertThat(t.stats().reboots()).isZero();
  }

  @Test
  void rebootByNewBootIdInADescriptor() {
    SequenceTracker t = new SequenceTracker();
    assertThat(t.accept(0, 100, 0xAAAAL)).isEqualTo(FIRST);
    t.accept(1, 100 + FRAME_US);
    t.accept(2, 100 + 2 * FRAME_US);
    // rebooted within a fraction of a second: time hardly goes back, the boot id tells
    assertThat(t.accept(0, 50, 0xBBBBL)).isEqualTo(REBOOT);
    assertThat(t.accept(1, 50 + FRAME_US)).isEqualTo(IN_ORDER);
    // the same boot's periodic descriptor is no reboot
    assertThat(t.accept(2, 50 + 2 * FRAME_US, 0xBBBBL)).isEqualTo(IN_ORDER);
    assertThat(t.stats().reboots()).isEqualTo(1);
  }

  @Test
  void descriptorAfterATimeJumpRebootIsNotASecondReboot() {
    SequenceTracker t = new SequenceTracker();
    t.accept(0, 10_000_000, 0xAAAAL);
    t.accept(1, 10_050_000);
    assertThat(t.accept(5, 200_000)).isEqualTo(REBOOT); // descriptor of the new boot was lost
    assertThat(t.accept(6, 250_000, 0xBBBBL)).isEqualTo(IN_ORDER);
    assertThat(t.stats().reboots()).isEqualTo(1);
  }

  @Test
  void unknownTypeFramesKeepTheSequenceWhole() {
    // vector broken_unknown_type_7e_then_good: seq 72 of type 0x7e, then seq 73
    TrackAssembler assembler = new TrackAssembler(new TrackCollector());
    FrameReader reader = new FrameReader(assembler);
    reader.feed(FrameEncoder.encodeWire(Frame.of(71, 0, new Marker(MarkerKind.SET_START, 1))));
    reader.feed(FrameEncoder.wire(FrameEncoder.rawFrame(1, 0x7e, 72, 1000, new byte[4])));
    reader.feed(FrameEncoder.encodeWire(Frame.of(73, 2000, new Marker(MarkerKind.SET_END, 1))));
    assertThat(reader.counters().errors(DecodeError.UNKNOWN_TYPE)).isEqualTo(1);
    assertThat(assembler.tracker().stats().gaps()).isZero();
    assertThat(assembler.tracker().stats().accepted()).isEqualTo(3);
  }

  @Test
  void clockJumpingAnHourWhileTheNumbersRunOnIsRebasedNotAGap() {
    SequenceTracker t = new SequenceTracker();
    for (int seq = 0; seq < 100; seq++) {
      t.accept(seq, 5_000_000 + seq * FRAME_US);
    }
    long before = t.lastFrameMicros();
    long hour = 3_600_000_000L;
    assertThat(t.accept(100, 5_000_000 + 100 * FRAME_US + hour)).isEqualTo(IN_ORDER);
    assertThat(t.lastFrameMicros() - before).isEqualTo(FRAME_US);
    assertThat(t.accept(101, 5_000_000 + 101 * FRAME_US + hour)).isEqualTo(IN_ORDER);
    assertThat(t.lastFrameMicros() - before).isEqualTo(2 * FRAME_US);
    // and back by an hour (a clock set back), numbers still running on: no reboot either
    assertThat(t.accept(102, 5_000_000 + 102 * FRAME_US)).isEqualTo(IN_ORDER);
    assertThat(t.lastFrameMicros() - before).isEqualTo(3 * FRAME_US);
    assertThat(t.stats().clockJumps()).isEqualTo(2);
    assertThat(t.stats().reboots()).isZero();
    assertThat(t.stats().lostFrames()).isZero();
  }

  @Test
  void aJumpAcrossLostFramesKeepsTheirTimeAndCountsThem() {
    SequenceTracker t = new SequenceTracker();
    for (int seq = 0; seq < 10; seq++) {
      t.accept(seq, 5_000_000 + seq * FRAME_US);
    }
    long before = t.lastFrameMicros();
    assertThat(t.accept(13, 900_000_000)).isEqualTo(GAP); // 3 lost, and the clock jumped
    assertThat(t.lastFrameMicros() - before).isEqualTo(4 * FRAME_US);
    assertThat(t.stats().lostFrames()).isEqualTo(3);
  }

  @Test
  void aLongSilenceWithinTheStatusIntervalIsNoJump() {
    SequenceTracker t = new SequenceTracker();
    t.accept(0, 1_000_000);
    assertThat(t.accept(1, 11_000_000)).isEqualTo(IN_ORDER); // 10 s: a STATUS-only device
    assertThat(t.lastFrameMicros()).isEqualTo(11_000_000);
    assertThat(t.stats().clockJumps()).isZero();
  }
}
