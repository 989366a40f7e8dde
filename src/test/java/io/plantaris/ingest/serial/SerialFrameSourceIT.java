package io.plantaris.ingest.serial;

import static io.plantaris.ingest.serial.SerialItSupport.BAUD;
import static io.plantaris.ingest.serial.SerialItSupport.descriptorWire;
import static io.plantaris.ingest.serial.SerialItSupport.samplesWire;
import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.ingest.LinkState;
import io.plantaris.protocol.Descriptor;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.MessageType;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A serial source on one end of a socat pty pair, a virtual insole on the other. */
class SerialFrameSourceIT {
  private static final Logger log = LoggerFactory.getLogger(SerialFrameSourceIT.class);
  private static final long WAIT_MILLIS = 20_000;

  @TempDir Path tmp;
  private final SerialItSupport resources = new SerialItSupport();
  private final RecordingSink sink = new RecordingSink();
  private SocatPair cable;

  @BeforeEach
  void plugIn() throws Exception {
    cable = resources.track(new SocatPair(tmp, "insole"));
    cable.plugIn();
  }

  @AfterEach
  void cleanUp() {
    resources.close();
  }

  @Test
  void framesWrittenInOddChunksArriveCompleteAndInOrder() throws Exception {
    SerialDeviceWriter device = openDevice(null);
    SerialFrameSource source = startSource();
    awaitLinkChanges(LinkState.ONLINE, 1);

    byte[] stream = samplesWire(0, 300);
    Random random = new Random(7);
    for (int off = 0; off < stream.length; ) {
      // 1 byte, mid-frame splits and several frames at once, with occasional pauses.
      int n = Math.min(random.nextInt(10) == 0 ? 1 : 1 + random.nextInt(700), stream.length - off);
      device.write(stream, off, n);
      off += n;
      if (random.nextInt(8) == 0) {
        Thread.sleep(1);
      }
    }
    Poll.until(
        WAIT_MILLIS,
        "all " + stream.length + " bytes",
        () -> sink.bytes().length,
        () -> sink.bytes().length >= stream.length);

    RecordingSink.Decoded decoded = sink.decode();
    assertThat(decoded.counters().frames(MessageType.SAMPLES)).isEqualTo(300);
    assertThat(decoded.counters().errorsTotal()).isZero();
    assertThat(sequences(decoded.frames())).containsExactlyElementsOf(range(0, 300));
    assertThat(sink.bytes()).isEqualTo(stream);
    assertThat(sink.streamKeys()).containsExactly("serial:" + cable.hostPath());
    assertThat(source.connected()).isTrue();
  }

  @Test
  void descriptorRequestReachesTheDeviceAndIsAnswered() throws Exception {
    SerialDeviceWriter device = openDevice(descriptorWire());
    long t0 = System.nanoTime();
    startSource();

    Poll.until(
        WAIT_MILLIS,
        "a DESCRIPTOR in answer to the request",
        () -> sink.decode().counters(),
        () -> sink.decode().counters().frames(MessageType.DESCRIPTOR) == 1);
    long answeredMillis = (System.nanoTime() - t0) / 1_000_000;
    log.info("descriptor answered " + answeredMillis + " ms after start()");

    assertThat(device.descriptorRequests()).isEqualTo(1);
    Descriptor d = (Descriptor) sink.decode().frames().get(0).message();
    assertThat(d.deviceId()).isEqualTo("insole-L1");
    assertThat(d.cellCount()).isEqualTo(16);
    assertThat(sink.decode().counters().errorsTotal()).isZero();
    assertThat(answeredMillis)
        .as("protocol: answer within 500 ms; generous on a busy machine")
        .isLessThan(5_000);
  }

  @Test
  void cablePulledIsReportedAndTheSourceReopensTheSamePathByItself() throws Exception {
    SerialDeviceWriter device = openDevice(descriptorWire());
    SerialFrameSource source = startSource();
    awaitFrames(MessageType.DESCRIPTOR, 1);
    device.write(samplesWire(1, 60));
    awaitFrames(MessageType.SAMPLES, 60);

    long pulledNanos = System.nanoTime();
    cable.unplug();
    awaitLinkChanges(LinkState.OFFLINE, 1);
    RecordingSink.Change offline = last(LinkState.OFFLINE);
    long detectMillis = (offline.atNanos() - pulledNanos) / 1_000_000;
    assertThat(offline.detail()).startsWith("cable unplugged: ").contains("read failed");
    assertThat(source.connected()).isFalse();
    device.close();

    // Stay unplugged across several reopen attempts: OFFLINE is reported once, not per attempt.
    Thread.sleep(3_000);
    assertThat(sink.count(LinkState.OFFLINE)).isEqualTo(1);
    assertThat(sink.count(LinkState.ONLINE)).isEqualTo(1);

    long pluggedNanos = System.nanoTime();
    cable.plugIn();
    SerialDeviceWriter replugged = openDevice(descriptorWire());
    awaitLinkChanges(LinkState.ONLINE, 2);
    long reopenMillis = (last(LinkState.ONLINE).atNanos() - pluggedNanos) / 1_000_000;
    assertThat(last(LinkState.ONLINE).detail()).contains("reopened after");
    awaitFrames(MessageType.DESCRIPTOR, 2);
    assertThat(replugged.descriptorRequests()).isEqualTo(1);
    assertThat(source.connected()).isTrue();

    replugged.write(samplesWire(61, 60));
    awaitFrames(MessageType.SAMPLES, 120);
    RecordingSink.Decoded decoded = sink.decode();
    assertThat(sequences(decoded.frames())).containsExactlyElementsOf(range(1, 121));
    assertThat(decoded.counters().errorsTotal()).isZero();
    assertThat(sink.streamKeys()).containsExactly("serial:" + cable.hostPath());
    log.info(
        "unplug detected after "
            + detectMillis
            + " ms, reopened "
            + reopenMillis
            + " ms after"
            + " replug; offline detail: "
            + offline.detail());
    assertThat(detectMillis).as("detection on a busy machine").isLessThan(5_000);
    assertThat(reopenMillis).as("backoff is at most 2 s").isLessThan(10_000);
  }

  @Test
  void startedBeforeTheInsoleIsPluggedInItWaitsAndConnectsWhenItAppears() throws Exception {
    cable.unplug();
    SerialFrameSource source = startSource();
    awaitLinkChanges(LinkState.OFFLINE, 1);
    assertThat(sink.changes.get(0).detail())
        .isEqualTo("not connected: " + cable.hostPath() + " does not exist");
    assertThat(source.connected()).isFalse();

    cable.plugIn();
    SerialDeviceWriter device = openDevice(descriptorWire());
    awaitFrames(MessageType.DESCRIPTOR, 1);
    assertThat(device.descriptorRequests()).isEqualTo(1);
    assertThat(source.connected()).isTrue();
    assertThat(sink.count(LinkState.OFFLINE)).isEqualTo(1);
    assertThat(sink.count(LinkState.ONLINE)).isEqualTo(1);
  }

  @Test
  void hardKilledCableLeavesStaleLinksAndIsStillDetected() throws Exception {
    SerialDeviceWriter device = openDevice(descriptorWire());
    SerialFrameSource source = startSource();
    awaitFrames(MessageType.DESCRIPTOR, 1);

    cable.kill();
    awaitLinkChanges(LinkState.OFFLINE, 1);
    assertThat(last(LinkState.OFFLINE).detail()).startsWith("cable unplugged: ");
    assertThat(source.connected()).isFalse();
    device.close();

    cable.plugIn();
    SerialDeviceWriter replugged = openDevice(descriptorWire());
    awaitLinkChanges(LinkState.ONLINE, 2);
    awaitFrames(MessageType.DESCRIPTOR, 2);
    assertThat(replugged.descriptorRequests()).isEqualTo(1);
  }

  @Test
  void garbageAndCorruptFramesPassThroughAndGoodFramesStillDecode() throws Exception {
    SerialDeviceWriter device = openDevice(null);
    SerialFrameSource source = startSource();
    awaitLinkChanges(LinkState.ONLINE, 1);

    CorruptStream stream = CorruptStream.build(48);
    for (byte[] piece : stream.pieces()) {
      device.write(piece);
    }
    int total = stream.pieces().stream().mapToInt(p -> p.length).sum();
    Poll.until(
        WAIT_MILLIS,
        total + " bytes",
        () -> sink.bytes().length,
        () -> sink.bytes().length >= total);

    RecordingSink.Decoded decoded = sink.decode();
    assertThat(decoded.counters().errorsByReason()).isEqualTo(stream.expectedErrors());
    assertThat(decoded.counters().frames(MessageType.SAMPLES)).isEqualTo(48);
    assertThat(sequences(decoded.frames())).containsExactlyElementsOf(range(0, 48));
    assertThat(source.connected()).isTrue();
    assertThat(sink.count(LinkState.OFFLINE)).isZero();
  }

  private void awaitFrames(MessageType type, long count) throws InterruptedException {
    Poll.until(
        WAIT_MILLIS,
        count + " " + type + " frames",
        () -> sink.decode().counters(),
        () -> sink.decode().counters().frames(type) >= count);
  }

  private RecordingSink.Change last(LinkState state) {
    List<RecordingSink.Change> all = sink.changes.stream().filter(c -> c.state() == state).toList();
    return all.get(all.size() - 1);
  }

  private SerialDeviceWriter openDevice(byte[] descriptor) throws Exception {
    return resources.track(SerialDeviceWriter.open(cable.devicePath(), BAUD, descriptor));
  }

  private SerialFrameSource startSource() {
    SerialFrameSource source =
        resources.track(new SerialFrameSource(SerialSourceConfig.of(cable.hostPath())));
    source.start(sink);
    return source;
  }

  private void awaitLinkChanges(LinkState state, int count) throws InterruptedException {
    Poll.until(
        WAIT_MILLIS, count + " x " + state, () -> sink.changes, () -> sink.count(state) >= count);
  }

  static List<Integer> sequences(List<Frame> frames) {
    return frames.stream()
        .filter(f -> f.type() == MessageType.SAMPLES)
        .map(Frame::sequence)
        .toList();
  }

  static List<Integer> range(int first, int endExclusive) {
    return IntStream.range(first, endExclusive).boxed().toList();
  }
}
