package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.ingest.ByteSink;
import io.plantaris.ingest.DeviceEvent;
import io.plantaris.ingest.DeviceStats;
import io.plantaris.ingest.IngestConfig;
import io.plantaris.ingest.IngestService;
import io.plantaris.ingest.LinkState;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.ingest.WireFrames;
import io.plantaris.ingest.mqtt.EmbeddedBroker;
import io.plantaris.ingest.mqtt.EmbeddedBrokerConfig;
import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttFrameSource;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.ingest.mqtt.MqttSourceConfig;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker restarts in the middle of a set while a Wi-Fi insole streams it at 10x real time: the
 * service reconnects by itself, every sample the broker acknowledged is analysed exactly once, and
 * the patient gets every rep of the set once, with the verdicts of the offline analysis of the
 * file. Run against the embedded HiveMQ (file persistence) and a real Mosquitto (persistence on).
 */
class BrokerRestartMidSetIT {
  private static final Logger log = LoggerFactory.getLogger(BrokerRestartMidSetIT.class);
  private static final Path RECORDING = Path.of("samples", "clean-set.plw");
  private static final double SPEED = 10;
  private static final String KEY = "mqtt:SIM-L-0001";
  private static OfflineReps offline;

  @TempDir Path tmp;
  private final Deque<AutoCloseable> opened = new ArrayDeque<>();

  /** A broker the test can stop and start again on the same port and data. */
  interface Broker extends AutoCloseable {
    MqttEndpoint endpoint();

    void start() throws Exception;

    void stop() throws Exception;
  }

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
  void embeddedHiveMqRestartLosesNoAcknowledgedSampleAndNoRep() throws Exception {
    EmbeddedBroker hivemq =
        new EmbeddedBroker(
            EmbeddedBrokerConfig.of(PersistentMosquitto.freePort(), tmp.resolve("hivemq")));
    restartMidSet(
        "embedded HiveMQ",
        new Broker() {
          @Override
          public MqttEndpoint endpoint() {
            return hivemq.endpoint();
          }

          @Override
          public void start() {
            hivemq.start();
          }

          @Override
          public void stop() {
            hivemq.stop();
          }

          @Override
          public void close() {
            hivemq.close();
          }
        });
  }

  @Test
  void mosquittoWithPersistenceRestartLosesNoAcknowledgedSampleAndNoRep() throws Exception {
    PersistentMosquitto mosquitto = new PersistentMosquitto(tmp.resolve("mosquitto"));
    restartMidSet(
        "mosquitto",
        new Broker() {
          @Override
          public MqttEndpoint endpoint() {
            return mosquitto.endpoint();
          }

          @Override
          public void start() throws Exception {
            mosquitto.start();
          }

          @Override
          public void stop() throws Exception {
            mosquitto.stop();
          }

          @Override
          public void close() throws Exception {
            mosquitto.close();
          }
        });
  }

  private void restartMidSet(String name, Broker broker) throws Exception {
    opened.push(broker);
    broker.start();
    OfflineReps.Collector seen = new OfflineReps.Collector();
    IngestService service = track(new IngestService(IngestConfig.defaults()));
    service.addListener(seen);
    MqttFrameSource source =
        new MqttFrameSource(MqttSourceConfig.of(broker.endpoint()).withClientId("svc-restart"));
    service.addSource(source);
    FaultWaits.await("service connected to " + name, source::connected, () -> "not connected");

    MqttInsoleBridge bridge =
        track(new MqttInsoleBridge(MqttPublisherConfig.of(broker.endpoint())));
    Counting insole = new Counting(bridge);
    ReplaySource replay = track(ReplaySource.ofWire(List.of(offline.wire()), SPEED));
    replay.start(insole);

    FaultWaits.await("3 reps before the restart", () -> seen.reps.size() >= 3, seen::signatures);
    int repsBefore = seen.reps.size();
    long handedAtStop = insole.handed.get();
    long stopNanos = System.nanoTime();
    broker.stop();
    FaultWaits.await(
        "service noticed the broker left", () -> !source.connected(), () -> "still connected");
    // the insole goes on with the set, publishing into its client's offline buffer
    Thread.sleep(3_000);
    broker.start();
    long handedWhileDown = insole.handed.get() - handedAtStop;
    long downMillis = (System.nanoTime() - stopNanos) / 1_000_000;
    FaultWaits.await(
        "service reconnected by itself", source::connected, () -> "still disconnected");

    int frames = WireFrames.split(offline.wire()).size();
    FaultWaits.await("replay finished", () -> !replay.connected(), () -> insole.handed + " handed");
    // the first frame (descriptor) is published by connect(), outside the bridge's counters
    FaultWaits.await(
        "every publish settled",
        () -> 1 + bridge.published() + bridge.failed() == insole.handed.get(),
        () -> "acked " + (1 + bridge.published()) + " failed " + bridge.failed());
    FaultWaits.await(
        "every sample of the recording analysed",
        () -> stats(service).samplesOut() >= offline.track().size(),
        () -> stats(service).samplesOut() + " of " + offline.track().size());
    FaultWaits.await(
        "the insole announced itself online again",
        () -> stats(service).linkState() == LinkState.ONLINE,
        () -> "" + seen.kinds(KEY));
    service.close(); // closes the open set: its last rep is judged

    DeviceStats d = stats(service);
    long acked = 1 + bridge.published();
    log.info(
        "{} restart: broker down {} ms after {} reps; insole published {} frames ({} while the"
            + " broker was down), broker acknowledged {}, refused {}; service received {} frames,"
            + " accepted {}, duplicates {}, lost {}, samples {} of {}; reps {} of {}; device events"
            + " {}",
        name,
        downMillis,
        repsBefore,
        insole.handed.get(),
        handedWhileDown,
        acked,
        bridge.failed(),
        d.framesOk(),
        d.link().accepted(),
        d.link().duplicates(),
        d.link().lostFrames(),
        d.samplesOut(),
        offline.track().size(),
        seen.reps.size(),
        offline.reps().size(),
        seen.kinds(KEY));

    assertThat(repsBefore).as("the broker stopped mid-set").isLessThan(offline.reps().size());
    assertThat(handedWhileDown).as("frames published while the broker was down").isPositive();
    assertThat(insole.handed.get()).as("the insole sent the whole recording").isEqualTo(frames);
    assertThat(bridge.failed()).as("publishes refused by the insole's client").isZero();
    assertThat(acked).isEqualTo(frames);
    assertThat(d.link().lostFrames()).as("lost frames").isZero();
    assertThat(d.link().accepted()).as("frames analysed once").isEqualTo(frames);
    assertThat(d.framesOk())
        .as("every frame received twice was dropped as a duplicate")
        .isEqualTo(d.link().accepted() + d.link().duplicates());
    assertThat(d.droppedChunks()).isZero();
    assertThat(d.samplesOut()).isEqualTo(offline.track().size());
    assertThat(seen.signatures())
        .as("every rep once, with the offline verdicts")
        .isEqualTo(offline.signatures());
    List<DeviceEvent.Kind> kinds = seen.kinds(KEY);
    assertThat(kinds).contains(DeviceEvent.Kind.RECONNECTING);
    assertThat(kinds.subList(kinds.indexOf(DeviceEvent.Kind.RECONNECTING), kinds.size()))
        .as("after the broker came back the insole is reported online")
        .contains(DeviceEvent.Kind.ONLINE);
  }

  private static DeviceStats stats(IngestService service) {
    return FaultWaits.stats(service, KEY);
  }

  private <T extends AutoCloseable> T track(T resource) {
    opened.push(resource);
    return resource;
  }

  /** The insole's side of the bridge: counts what it hands over to be published. */
  private static final class Counting implements ByteSink {
    final AtomicLong handed = new AtomicLong();
    private final ByteSink next;

    Counting(ByteSink next) {
      this.next = next;
    }

    @Override
    public boolean onBytes(String key, byte[] data, int off, int len, long receivedMillis) {
      handed.incrementAndGet();
      return next.onBytes(key, data, off, len, receivedMillis);
    }

    @Override
    public void onLinkState(String key, LinkState state, String detail) {
      next.onLinkState(key, state, detail);
    }
  }
}
