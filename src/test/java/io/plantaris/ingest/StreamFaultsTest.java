package io.plantaris.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.RepEvent;
import io.plantaris.protocol.DecodeError;
import io.plantaris.protocol.Descriptor;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.FrameDecoder;
import io.plantaris.protocol.FrameEncoder;
import io.plantaris.sim.TimedBytes;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Faults inside a device's byte stream, through the whole live pipeline: corrupt, truncated and
 * duplicated frames are counted by reason and leave the reps alone; a reboot (sequence and clock
 * restart) does not send time backwards.
 */
class StreamFaultsTest {
  private static final Path RECORDING = Path.of("samples", "faults-set.plw");

  @Test
  void corruptTruncatedAndDuplicatedFramesAreCountedAndRepsAreUnaffected() throws Exception {
    List<TimedBytes> frames = WireFrames.split(Files.readAllBytes(RECORDING));
    List<String> clean = signatures(run(join(frames, f -> {})).reps);

    Random rnd = new Random(11);
    ByteArrayOutputStream dirty = new ByteArrayOutputStream();
    int corrupt = 0;
    int truncated = 0;
    int duplicated = 0;
    for (int i = 0; i < frames.size(); i++) {
      byte[] f = frames.get(i).bytes();
      dirty.writeBytes(f);
      if (i % 97 == 50) { // a burst of line noise between two frames
        byte[] noise = new byte[20 + rnd.nextInt(40)];
        rnd.nextBytes(noise);
        noise[noise.length - 1] = 0;
        for (int k = 0; k < noise.length - 1; k++) {
          noise[k] = noise[k] == 0 ? 1 : noise[k];
        }
        dirty.writeBytes(noise);
        corrupt++;
      }
      if (i % 89 == 40) { // the same frame again, as a retransmission would
        dirty.writeBytes(f);
        duplicated++;
      }
      if (i % 101 == 60) { // a frame cut short by a glitch, then its delimiter
        dirty.write(f, 0, 7);
        dirty.write(0);
        truncated++;
      }
    }
    Run r = run(dirty.toByteArray());

    assertThat(signatures(r.reps)).isEqualTo(clean);
    DeviceStats d = r.stats.get(0);
    assertThat(d.link().duplicates()).isEqualTo(duplicated);
    assertThat(d.link().lostFrames()).isZero();
    long errors = d.decodeErrors().values().stream().mapToLong(Long::longValue).sum();
    assertThat(errors).isEqualTo(corrupt + truncated);
    // a frame cut short decodes as too short or as broken stuffing, depending on where it was cut
    assertThat(
            d.decodeErrors().getOrDefault(DecodeError.TRUNCATED, 0L)
                + d.decodeErrors().getOrDefault(DecodeError.BAD_COBS, 0L))
        .as("errors by reason: %s", d.decodeErrors())
        .isGreaterThanOrEqualTo(truncated);
  }

  @Test
  void aRebootRestartsSequenceAndClockWithoutTimeTravel() throws Exception {
    List<TimedBytes> frames = WireFrames.split(Files.readAllBytes(RECORDING));
    int half = frames.size() / 2;
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    for (int i = 0; i < half; i++) {
      wire.writeBytes(frames.get(i).bytes());
    }
    // The device reboots: new boot id, sequence from 0, clock from ~0; it announces itself first.
    Frame first =
        FrameDecoder.decodeEncoded(frames.get(0).bytes(), 0, frames.get(0).bytes().length - 1);
    Descriptor d = (Descriptor) first.message();
    long t0 =
        FrameDecoder.decodeEncoded(frames.get(half).bytes(), 0, frames.get(half).bytes().length - 1)
            .deviceTimeMicros();
    int seq = 0;
    wire.writeBytes(
        FrameEncoder.encodeWire(Frame.of(seq++, 1000, d.withBootId(d.bootId() ^ 0x5A5A))));
    for (int i = half; i < frames.size(); i++) {
      byte[] f = frames.get(i).bytes();
      Frame fr = FrameDecoder.decodeEncoded(f, 0, f.length - 1);
      long t = 1_000_000 + fr.deviceTimeMicros() - t0; // status frames may precede t0 a little
      var m =
          fr.message() instanceof Descriptor again
              ? again.withBootId(d.bootId() ^ 0x5A5A)
              : fr.message();
      wire.writeBytes(FrameEncoder.encodeWire(Frame.of(seq++ & 0xFFFF, 2000 + t, m)));
    }
    Run r = run(wire.toByteArray());

    assertThat(r.stats.get(0).link().reboots()).isEqualTo(1);
    assertThat(r.reps).hasSizeGreaterThan(6);
    // Device time after the reboot continues from before it: reps keep their order and the whole
    // session spans what was recorded (about 104 s), not 71 minutes of a wrapped clock or 1970.
    for (int i = 1; i < r.reps.size(); i++) {
      assertThat(r.reps.get(i).upStartMicros())
          .as("rep %d starts after rep %d started", i + 1, i)
          .isGreaterThan(r.reps.get(i - 1).upStartMicros());
    }
    long spanMicros = r.reps.get(r.reps.size() - 1).downEndMicros() - r.reps.get(0).upStartMicros();
    assertThat(spanMicros).isBetween(60_000_000L, 120_000_000L);
  }

  @Test
  void twoPeopleWithTwoInsolesEachAndOneWithOneDoNotMix() throws Exception {
    byte[] left = Files.readAllBytes(Path.of("samples", "two-insoles.left.plw"));
    byte[] right = Files.readAllBytes(Path.of("samples", "two-insoles.right.plw"));
    byte[] single = Files.readAllBytes(RECORDING);
    List<String> pairAlone = signatures(run(left, right).reps);
    List<String> singleAlone = signatures(run(single).reps);

    List<RepVerdict> all = new CopyOnWriteArrayList<>();
    try (IngestService s =
        new IngestService(
            IngestConfig.defaults()
                .withPersons(Map.of("replay:SIM-L-0001", "ann", "replay:SIM-R-0001", "ann")))) {
      s.addListener(
          new SessionListener() {
            @Override
            public void onRep(RepVerdict v) {
              all.add(v);
            }
          });
      // the same recordings again under other device ids: a second person, and a third
      ReplaySource replay =
          ReplaySource.ofWire(
              List.of(left, right, single),
              List.of("replay:SIM-L-0001", "replay:SIM-R-0001", "replay:bob"),
              0);
      s.addSource(replay);
      replay.awaitDone();
    }
    List<RepEvent> ann =
        all.stream().filter(v -> v.personId().equals("ann")).map(RepVerdict::rep).toList();
    List<RepEvent> other =
        all.stream().filter(v -> !v.personId().equals("ann")).map(RepVerdict::rep).toList();
    assertThat(signatures(ann)).isEqualTo(pairAlone);
    assertThat(signatures(other)).isEqualTo(singleAlone);
  }

  private record Run(List<RepEvent> reps, List<DeviceStats> stats) {}

  private static Run run(byte[]... wires) throws Exception {
    List<RepEvent> reps = new CopyOnWriteArrayList<>();
    List<DeviceStats> stats = new ArrayList<>();
    try (IngestService s = new IngestService(IngestConfig.defaults())) {
      s.addListener(
          new SessionListener() {
            @Override
            public void onRep(RepVerdict v) {
              reps.add(v.rep());
            }
          });
      ReplaySource replay = ReplaySource.ofWire(List.of(wires), 0);
      s.addSource(replay);
      replay.awaitDone();
      s.close();
      stats.addAll(s.devices());
    }
    return new Run(reps, stats);
  }

  private static byte[] join(List<TimedBytes> frames, java.util.function.Consumer<byte[]> unused) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    frames.forEach(f -> out.writeBytes(f.bytes()));
    return out.toByteArray();
  }

  private static List<String> signatures(List<RepEvent> reps) {
    return reps.stream()
        .map(
            r ->
                r.side()
                    + " up "
                    + r.upMillis()
                    + " hold "
                    + r.holdMillis()
                    + " down "
                    + r.downMillis()
                    + " "
                    + r.flags())
        .toList();
  }
}
