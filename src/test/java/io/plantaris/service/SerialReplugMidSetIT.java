package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plantaris.analysis.DataGapPolicy;
import io.plantaris.analysis.RepEvent;
import io.plantaris.ingest.DeviceEvent;
import io.plantaris.ingest.DeviceStats;
import io.plantaris.ingest.IngestConfig;
import io.plantaris.ingest.IngestService;
import io.plantaris.ingest.WireFrames;
import io.plantaris.ingest.serial.SerialDeviceWriter;
import io.plantaris.ingest.serial.SerialFrameSource;
import io.plantaris.ingest.serial.SerialSourceConfig;
import io.plantaris.ingest.serial.SocatPair;
import io.plantaris.protocol.DecodeException;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.FrameDecoder;
import io.plantaris.protocol.MessageType;
import io.plantaris.sim.TimedBytes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The serial cable is pulled in the middle of a rep and plugged back a few seconds later while the
 * insole streams a set at 5x real time. The insole's clock and sequence numbers run on through the
 * outage, so the service sees a hole: it reports the insole OFFLINE then ONLINE, counts every frame
 * that was not delivered as lost, keeps every rep it saw whole with the verdict of the offline
 * analysis, and drops the reps the hole cut through rather than judging them on stitched data.
 */
class SerialReplugMidSetIT {
  private static final Logger log = LoggerFactory.getLogger(SerialReplugMidSetIT.class);
  private static final Path RECORDING = Path.of("samples", "clean-set.plw");
  private static final double SPEED = 5;

  /** In the hold of rep 5 (48.5 s to 50.3 s of the recording). */
  private static final long PULL_AT_MICROS = 49_400_000;

  private static final long WAIT_MILLIS = FaultWaits.WAIT_MILLIS;
  private static final long PHASE_TOLERANCE_MILLIS = 100;

  /** Rep starts of the live and the offline analysis agree to well within this. */
  private static final long BORDER = 200_000;

  private static OfflineReps offline;

  @TempDir Path tmp;
  private final Deque<AutoCloseable> opened = new ArrayDeque<>();

  @BeforeAll
  static void analyseTheFile() throws Exception {
    offline = OfflineReps.of(RECORDING);
    assertThat(offline.reps()).as("clean set of 11 reps").hasSize(11);
  }

  @AfterEach
  void cleanUp() {
    while (!opened.isEmpty()) {
      try {
        opened.pop().close();
      } catch (Exception e) {
        log.warn("cleanup failed", e);
      }
    }
  }

  @Test
  void cablePulledMidRepAndPluggedBackLosesOnlyTheRepsTheOutageCut() throws Exception {
    SocatPair cable = track(new SocatPair(tmp, "insole"));
    cable.plugIn();
    String key = "serial:" + cable.hostPath();
    OfflineReps.Collector seen = new OfflineReps.Collector();
    IngestService service = track(new IngestService(IngestConfig.defaults()));
    service.addListener(seen);
    // a replugged cable is reopened within half a second
    service.addSource(
        new SerialFrameSource(new SerialSourceConfig(cable.hostPath(), 115_200, 200, 500, 200)));
    Insole insole = new Insole(WireFrames.split(offline.wire()));
    track(insole);
    insole.plug(track(SerialDeviceWriter.open(cable.devicePath(), 115_200, null)));
    insole.start();

    assertThat(insole.pulled.await(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
    Thread.sleep(300); // the insole stopped between two frames: let the line drain
    long pullNanos = System.nanoTime();
    cable.kill();
    FaultWaits.await(
        "OFFLINE reported",
        () -> seen.kinds(key).contains(DeviceEvent.Kind.OFFLINE),
        () -> seen.kinds(key));
    Thread.sleep(2_000);
    cable.plugIn();
    insole.plug(track(SerialDeviceWriter.open(cable.devicePath(), 115_200, null)));
    FaultWaits.await(
        "ONLINE after OFFLINE",
        () -> {
          List<DeviceEvent.Kind> k = seen.kinds(key);
          return k.contains(DeviceEvent.Kind.OFFLINE)
              && k.subList(k.indexOf(DeviceEvent.Kind.OFFLINE), k.size())
                  .contains(DeviceEvent.Kind.ONLINE);
        },
        () -> seen.kinds(key));
    long outageMillis = (System.nanoTime() - pullNanos) / 1_000_000;
    insole.resume();
    assertThat(insole.done.await(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
    int frames = insole.frames.size();
    FaultWaits.await(
        "every delivered frame decoded",
        () -> FaultWaits.stats(service, key).framesOk() >= frames - insole.notDelivered,
        () -> FaultWaits.stats(service, key));
    service.close(); // closes the open set: its last rep is judged

    DeviceStats d = FaultWaits.stats(service, key);
    List<RepEvent> before =
        offline.reps().stream().filter(r -> r.downEndMicros() < insole.firstLostMicros).toList();
    List<RepEvent> after =
        offline.reps().stream()
            .filter(
                r ->
                    r.upStartMicros()
                        >= insole.resumeMicros + DataGapPolicy.Config.DEFAULTS.settleMicros())
            .toList();
    List<RepEvent> live = seen.reps.stream().map(v -> v.rep()).toList();
    log.info(
        "serial replug: outage {} ms wall, device time {} ms to {} ms; frames {}, delivered {},"
            + " not delivered {}; service: frames {}, lost {} in {} gap(s), duplicates {},"
            + " samples {}; reps offline {}, before the pull {}, after the replug {}, cut {};"
            + " live {}: {}; device events {}",
        outageMillis,
        insole.firstLostMicros / 1000,
        insole.resumeMicros / 1000,
        frames,
        frames - insole.notDelivered,
        insole.notDelivered,
        d.framesOk(),
        d.link().lostFrames(),
        d.link().gaps(),
        d.link().duplicates(),
        d.samplesOut(),
        offline.reps().size(),
        before.size(),
        after.size(),
        offline.reps().size() - before.size() - after.size(),
        live.size(),
        seen.signatures(),
        seen.kinds(key));

    assertThat(insole.notDelivered).as("the outage cost frames").isPositive();
    assertThat(d.link().lostFrames()).as("lost frames").isEqualTo(insole.numberedNotDelivered);
    assertThat(d.link().gaps()).isEqualTo(1);
    assertThat(d.framesOk()).isEqualTo(frames - insole.notDelivered);
    assertThat(d.decodeErrors()).as("no frame was cut in half by the pull").isEmpty();
    assertThat(before).as("reps before the pull").hasSize(4);
    assertThat(after).as("reps after the replug").hasSizeGreaterThanOrEqualTo(2);
    // Live times are wall times: shift them onto the recording's axis by the first rep, which
    // both saw whole. A rep starting within BORDER of the settle limit may go either way.
    long shift = live.get(0).upStartMicros() - offline.reps().get(0).upStartMicros();
    long settleLimit = insole.resumeMicros + DataGapPolicy.Config.DEFAULTS.settleMicros();
    for (RepEvent got : live) {
      RepEvent want =
          offline.reps().stream()
              .filter(r -> Math.abs(got.upStartMicros() - shift - r.upStartMicros()) < BORDER)
              .findFirst()
              .orElseThrow(() -> new AssertionError("a rep the recording does not hold: " + got));
      assertThat(
              want.downEndMicros() < insole.firstLostMicros
                  || want.upStartMicros() >= settleLimit - BORDER)
          .as("rep at %d ms was cut by the outage yet reported", want.upStartMicros() / 1000)
          .isTrue();
      assertThat(got.flags())
          .as("verdict of rep at %d ms", want.upStartMicros() / 1000)
          .isEqualTo(want.flags());
      assertThat(got.upMillis()).isCloseTo(want.upMillis(), within(PHASE_TOLERANCE_MILLIS));
      assertThat(got.holdMillis()).isCloseTo(want.holdMillis(), within(PHASE_TOLERANCE_MILLIS));
      assertThat(got.downMillis()).isCloseTo(want.downMillis(), within(PHASE_TOLERANCE_MILLIS));
    }
    List<RepEvent> mustBeThere = new java.util.ArrayList<>(before);
    after.stream().filter(r -> r.upStartMicros() >= settleLimit + BORDER).forEach(mustBeThere::add);
    for (RepEvent want : mustBeThere) {
      assertThat(live)
          .as("rep at %d ms, seen whole: %s", want.upStartMicros() / 1000, seen.signatures())
          .anyMatch(got -> Math.abs(got.upStartMicros() - shift - want.upStartMicros()) < BORDER);
    }
  }

  private <T extends AutoCloseable> T track(T resource) {
    opened.push(resource);
    return resource;
  }

  /**
   * The insole: sends its frames when its clock says so, whether or not the cable is in. From the
   * pull until the test plugs it back and resumes it, frames go nowhere and are counted.
   */
  private static final class Insole implements AutoCloseable {
    final List<TimedBytes> frames;
    final CountDownLatch pulled = new CountDownLatch(1);
    final CountDownLatch done = new CountDownLatch(1);
    private final Thread thread = new Thread(this::run, "virtual-insole");
    private volatile SerialDeviceWriter writer;
    private volatile boolean resumed;
    private volatile boolean stop;
    volatile int notDelivered;
    volatile int numberedNotDelivered;
    volatile long firstLostMicros = -1;
    volatile long resumeMicros = -1;

    Insole(List<TimedBytes> frames) {
      this.frames = frames;
      thread.setDaemon(true);
    }

    void plug(SerialDeviceWriter w) {
      writer = w;
    }

    void start() {
      thread.start();
    }

    void resume() {
      resumed = true;
    }

    private void run() {
      long startNanos = System.nanoTime();
      try {
        for (TimedBytes f : frames) {
          long wait = startNanos + Math.round(f.timeMicros() * 1000 / SPEED) - System.nanoTime();
          if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
          }
          if (stop) {
            return;
          }
          byte[] b = f.bytes();
          Frame frame = FrameDecoder.decodeEncoded(b, 0, b.length - 1);
          long t = frame.deviceTimeMicros();
          if (t >= PULL_AT_MICROS && pulled.getCount() > 0) {
            firstLostMicros = t;
            pulled.countDown();
          }
          if (pulled.getCount() == 0 && !resumed) {
            notDelivered++;
            // a descriptor carries no number of its own (PROTOCOL 2): the link cannot miss it
            numberedNotDelivered += frame.type() == MessageType.DESCRIPTOR ? 0 : 1;
            continue;
          }
          if (resumeMicros < 0 && resumed) {
            resumeMicros = t;
          }
          writer.write(b);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (IOException | DecodeException | RuntimeException e) {
        log.error("virtual insole failed", e);
      } finally {
        done.countDown();
      }
    }

    @Override
    public void close() throws InterruptedException {
      stop = true;
      thread.interrupt();
      thread.join(5_000);
    }
  }
}
