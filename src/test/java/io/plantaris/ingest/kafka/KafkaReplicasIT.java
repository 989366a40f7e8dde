package io.plantaris.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.AnalysisConfig;
import io.plantaris.analysis.AnalysisListener;
import io.plantaris.analysis.PersonAnalyzer;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.SetSummary;
import io.plantaris.ingest.IngestConfig;
import io.plantaris.ingest.PersonDirectory;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.insole.Track;
import io.plantaris.service.PlantarisService;
import io.plantaris.service.ServiceConfig;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.VirtualInsole;
import io.plantaris.sim.WireRecordingWriter;
import io.plantaris.store.EmbeddedQuestDb;
import io.plantaris.store.SpoolConfig;
import io.plantaris.store.StoreConfig;
import io.plantaris.store.StoreCredentials;
import io.plantaris.store.StoredRep;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two service replicas in one consumer group behind Kafka's own server (KRaft), sharing one
 * QuestDB: one replica stops mid-set as a crash would (no commit, nothing more from it reaches its
 * store; in process, so its consumer leaves the group at once instead of after the session
 * timeout), and the other takes its persons over with every rep of the offline analysis stored
 * exactly once.
 */
class KafkaReplicasIT {
  private static final Logger log = LoggerFactory.getLogger(KafkaReplicasIT.class);
  private static final String TOPIC = "plantaris.frames";
  private static final int PARTITIONS = 2;

  @TempDir Path dir;

  @Test
  void theSurvivorTakesOverTheCrashedReplicasPersonsWithEveryRepStoredOnce() throws Exception {
    List<String> persons = personsOverBothPartitions(4);
    Map<String, SimulationResult> sims = new HashMap<>();
    Map<String, Integer> offline = new HashMap<>();
    for (int i = 0; i < persons.size(); i++) {
      SimulationResult sim =
          VirtualInsole.simulate(
              Scenario.CLEAN_SET.builder(11 + i).twoInsoles(true).targetReps(6).sets(1).build());
      sims.put(persons.get(i), sim);
      offline.put(persons.get(i), offlineReps(sim));
    }
    log.info("offline analysis, reps per person: {}", offline);

    StoreCredentials creds = StoreCredentials.random("plantaris");
    try (KafkaKraft kafka = KafkaKraft.start(dir.resolve("kafka"));
        EmbeddedQuestDb db = EmbeddedQuestDb.start(dir.resolve("questdb"), "127.0.0.1", 0, creds)) {
      kafka.createTopic(TOPIC, PARTITIONS);
      String url = "http://127.0.0.1:" + db.httpPort();
      Replica a = Replica.start("a", kafka.bootstrap(), url, creds, dir);
      Replica b = Replica.start("b", kafka.bootstrap(), url, creds, dir);
      await(() -> a.source.partitions().size() == 1 && b.source.partitions().size() == 1, 60);

      try (KafkaInsoleBridge bridge =
          new KafkaInsoleBridge(kafka.bootstrap(), TOPIC, new PersonDirectory(Map.of()))) {
        List<ReplaySource> replays = new ArrayList<>();
        for (String p : persons) {
          replays.add(replayOf(p, sims.get(p)));
        }
        for (ReplaySource r : replays) {
          r.start(bridge); // virtual insoles in real time, as the MQTT source hands them on
        }
        List<String> ofA = personsOn(a.source.partitions().iterator().next().partition(), persons);
        await(() -> storedReps(b, ofA) >= 2, 120); // mid-set on the replica to stop
        int beforeCrash = storedReps(b, ofA);
        a.source.halt();
        log.info("replica a stopped with {} reps of {} stored", beforeCrash, ofA);
        await(() -> b.source.partitions().size() == PARTITIONS, 60);
        for (ReplaySource r : replays) {
          r.awaitDone();
        }
        bridge.flush();
        await(() -> persons.stream().allMatch(p -> stored(b, p).size() >= offline.get(p)), 120);
        Thread.sleep(3_000); // a duplicate would show up by now
        for (String p : persons) {
          List<StoredRep> reps = stored(b, p);
          log.info("{}: {} reps stored, {} offline", p, reps.size(), offline.get(p));
          assertThat(reps).as("reps of %s", p).hasSize(offline.get(p));
        }
        // the interrupted sets were analysed again from their start, their stored reps passed over
        assertThat(b.source.passedOver()).isGreaterThanOrEqualTo(beforeCrash);
        assertThat(beforeCrash).isLessThan(ofA.stream().mapToInt(offline::get).sum());
      } finally {
        b.service.close();
        a.service.close();
      }
    }
  }

  /** One replica: the service with the store on the shared QuestDB and the Kafka source. */
  private record Replica(PlantarisService service, KafkaFrameSource source) {
    static Replica start(
        String name, String bootstrap, String url, StoreCredentials creds, Path dir)
        throws Exception {
      StoreConfig store =
          // each replica its own data home (spool and resume files), as on its own machine
          StoreConfig.questDb(url, SpoolConfig.of(dir.resolve("home-" + name).resolve("spool")))
              .withCredentials(creds);
      ServiceConfig c =
          ServiceConfig.defaults(dir.resolve("home-" + name))
              .withBroker(null)
              .withMqtt(null)
              .withHttpPort(-1)
              .withStore(store)
              .withDashboard(null);
      PlantarisService s = PlantarisService.start(c, List.of());
      KafkaFrameSource k = new KafkaFrameSource(KafkaSourceConfig.of(bootstrap), s.ingest());
      s.ingest().addSource(k);
      return new Replica(s, k);
    }
  }

  private static int storedReps(Replica r, List<String> persons) {
    return persons.stream().mapToInt(p -> stored(r, p).size()).sum();
  }

  private static List<StoredRep> stored(Replica r, String person) {
    try {
      Instant now = Instant.now();
      return r.service.store().reader().reps(person, now.minusSeconds(86_400), now.plusSeconds(60));
    } catch (Exception e) {
      return List.of(); // the table may not exist before the first rep
    }
  }

  private static ReplaySource replayOf(String person, SimulationResult sim) {
    List<byte[]> wires = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Track t : sim.recording().tracks()) {
      wires.add(WireRecordingWriter.bytes(t, person.hashCode() & 0xFFFFL));
      keys.add("mqtt:" + person + "-" + t.layout().side().name().substring(0, 1));
    }
    return ReplaySource.ofWire(wires, keys, 1);
  }

  private static int offlineReps(SimulationResult sim) {
    AtomicInteger n = new AtomicInteger();
    PersonAnalyzer.analyze(
        sim.recording(),
        IngestConfig.defaults().prescription(),
        AnalysisConfig.defaults(),
        null,
        new AnalysisListener() {
          @Override
          public void onRep(RepEvent rep) {
            n.incrementAndGet();
          }

          @Override
          public void onSet(SetSummary set) {}
        });
    return n.get();
  }

  /** Person ids chosen so that each of the two partitions holds half of them. */
  private static List<String> personsOverBothPartitions(int n) {
    List<String> out = new ArrayList<>();
    int[] per = new int[PARTITIONS];
    for (int i = 1; out.size() < n; i++) {
      String p = "kp" + i;
      int part = partitionOf(p);
      if (per[part] < n / PARTITIONS) {
        per[part]++;
        out.add(p);
      }
    }
    return out;
  }

  private static List<String> personsOn(int partition, List<String> persons) {
    return persons.stream().filter(p -> partitionOf(p) == partition).toList();
  }

  /** Kafka's default partitioner for a keyed record. */
  private static int partitionOf(String key) {
    return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
  }

  private static void await(BooleanSupplier done, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + seconds + " s");
      }
      Thread.sleep(200);
    }
  }
}
