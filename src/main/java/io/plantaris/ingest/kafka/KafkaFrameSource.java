package io.plantaris.ingest.kafka;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantaris.ingest.ByteSink;
import io.plantaris.ingest.FrameSource;
import io.plantaris.ingest.IngestService;
import io.plantaris.ingest.LinkState;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.SetFinished;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One replica's share of the insoles: a member of the service's consumer group on the frames topic
 * (see docs/scale-out.md). Each record goes to the pipeline as the MQTT message it was; offsets are
 * committed only up to the end of each person's last closed set, whose reps and summary the store
 * has spooled by then, with the reps of the sets still open in the commit's metadata. A partition
 * that leaves this replica first has its persons' open sets closed and committed; a partition that
 * arrives is read again from that commit, passing over the reps already stored.
 */
public final class KafkaFrameSource implements FrameSource, SessionListener {
  private static final Logger log = LoggerFactory.getLogger(KafkaFrameSource.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long WAIT_FOR_ROOM_MILLIS = 30_000;
  private static final long RELEASE_MILLIS = 30_000;

  private final KafkaSourceConfig config;
  private final IngestService ingest;
  private final Map<TopicPartition, PartitionLedger> ledgers = new ConcurrentHashMap<>();
  private final Map<String, PartitionLedger> ledgerOfPerson = new ConcurrentHashMap<>();
  private final TakenOverReps takenOver = new TakenOverReps();
  private final AtomicBoolean dirty = new AtomicBoolean();
  private final AtomicLong records = new AtomicLong();
  private final AtomicLong commits = new AtomicLong();
  private final AtomicLong passedOver = new AtomicLong();
  private volatile KafkaConsumer<String, byte[]> consumer;
  private volatile Thread poller;
  private volatile boolean closed;
  private volatile boolean halted;
  private volatile boolean connected;

  public KafkaFrameSource(KafkaSourceConfig config, IngestService ingest) {
    this.config = config;
    this.ingest = ingest;
  }

  @Override
  public void start(ByteSink sink) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrap());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, config.group());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // only the partitions that move are revoked: the others' open sets go on undisturbed
    p.put(
        ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
        CooperativeStickyAssignor.class.getName());
    consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    ingest.addListener(this); // after the store: a rep seen here is spooled
    ingest.repFilter(v -> !halted && !passOver(v));
    consumer.subscribe(List.of(config.topic()), new Rebalance());
    poller = new Thread(() -> pollLoop(sink), "kafka-source");
    poller.setDaemon(true);
    poller.start();
  }

  private void pollLoop(ByteSink sink) {
    try {
      while (!closed) {
        try {
          var batch = consumer.poll(Duration.ofMillis(config.pollMillis()));
          connected = true;
          for (ConsumerRecord<String, byte[]> r : batch) {
            hand(sink, r);
          }
          if (!batch.isEmpty() || dirty.getAndSet(false)) {
            commitSettled(ledgers.keySet());
          }
        } catch (WakeupException e) {
          dirty.set(true); // a rep or set asks for a commit, or close() for the end
        } catch (org.apache.kafka.common.KafkaException e) {
          if (e instanceof org.apache.kafka.common.errors.InterruptException) {
            throw e;
          }
          log.warn("kafka: {}; polling on", e.toString()); // one bad commit must not stop the feed
          dirty.set(true);
        }
      }
      if (!halted) {
        releaseAndCommit(new ArrayList<>(ledgers.keySet())); // leaving: hand over cleanly
      }
    } catch (RuntimeException e) {
      log.error("kafka source stopped: {}", e.toString(), e);
    } finally {
      connected = false;
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void hand(ByteSink sink, ConsumerRecord<String, byte[]> r) {
    String stream = FrameRecords.header(r.headers(), FrameRecords.STREAM).orElse(null);
    if (stream == null || r.key() == null) {
      return; // not a frames record
    }
    PartitionLedger ledger =
        ledgers.computeIfAbsent(new TopicPartition(r.topic(), r.partition()), tp -> ledger(-1));
    ledgerOfPerson.put(r.key(), ledger);
    ledger.handed(r.key(), r.offset());
    records.incrementAndGet();
    var link = FrameRecords.header(r.headers(), FrameRecords.LINK);
    if (link.isPresent()) {
      sink.onLinkState(stream, LinkState.valueOf(link.get()), new String(r.value()));
    } else {
      byte[] v = r.value();
      sink.onBytes(stream, v, 0, v.length, r.timestamp(), WAIT_FOR_ROOM_MILLIS);
    }
  }

  private static PartitionLedger ledger(long committed) {
    return new PartitionLedger(committed);
  }

  private boolean passOver(RepVerdict v) {
    if (!takenOver.storedBefore(v)) {
      return false;
    }
    PartitionLedger l = ledgerOfPerson.get(v.personId());
    if (l != null) {
      l.repStored(v.personId(), TakenOverReps.key(v)); // still stored: a next owner skips it too
    }
    passedOver.incrementAndGet();
    return true;
  }

  private void commitSettled(Collection<TopicPartition> parts) {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (TopicPartition tp : parts) {
      PartitionLedger l = ledgers.get(tp);
      long offset = l == null ? -1 : l.committable();
      if (offset >= 0) {
        offsets.put(tp, new OffsetAndMetadata(offset, metadata(l.storedOpenReps())));
      }
    }
    for (int attempt = 0; !offsets.isEmpty(); attempt++) {
      try {
        consumer.commitSync(offsets);
        commits.incrementAndGet();
        return;
      } catch (WakeupException e) {
        if (attempt >= 3) {
          throw e; // close() asks to stop
        }
        // a worker asked for a commit meanwhile: this one covers it
      } catch (RebalanceInProgressException | CommitFailedException e) {
        // the group is moving partitions: the next poll completes that, then this commit is retried
        dirty.set(true);
        return;
      }
    }
  }

  private void releaseAndCommit(Collection<TopicPartition> parts) {
    List<CompletableFuture<Void>> released = new ArrayList<>();
    for (TopicPartition tp : parts) {
      PartitionLedger l = ledgers.get(tp);
      if (l != null) {
        l.persons().forEach(person -> released.add(ingest.release(person)));
      }
    }
    try {
      CompletableFuture.allOf(released.toArray(CompletableFuture[]::new))
          .get(RELEASE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      log.warn("closing the sets of {} did not finish: {}", parts, e.toString());
    }
    commitSettled(parts);
    forget(parts);
  }

  private void forget(Collection<TopicPartition> parts) {
    for (TopicPartition tp : parts) {
      PartitionLedger l = ledgers.remove(tp);
      if (l != null) {
        l.persons()
            .forEach(
                p -> {
                  ledgerOfPerson.remove(p, l);
                  takenOver.forget(p);
                });
      }
    }
  }

  /** Kafka's default {@code offset.metadata.max.bytes} is 4096. */
  static final int METADATA_MAX_CHARS = 4000;

  /**
   * The open sets' stored reps, as many persons as fit the broker's metadata limit; the persons
   * left out (many persons on one partition) may have a rep stored twice after a crash.
   */
  private static String metadata(Map<String, List<String>> stored) {
    try {
      Map<String, List<String>> kept = new HashMap<>(stored);
      String json = kept.isEmpty() ? "" : JSON.writeValueAsString(kept);
      while (json.length() > METADATA_MAX_CHARS && !kept.isEmpty()) {
        kept.remove(kept.keySet().iterator().next());
        json = kept.isEmpty() ? "" : JSON.writeValueAsString(kept);
      }
      if (kept.size() < stored.size()) {
        log.warn(
            "{} of {} persons' open-set reps left out of the offset metadata (use more partitions)",
            stored.size() - kept.size(),
            stored.size());
      }
      return json;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, List<String>> parse(String metadata) {
    if (metadata == null || metadata.isBlank()) {
      return Map.of();
    }
    try {
      return JSON.readValue(metadata, new TypeReference<Map<String, List<String>>>() {});
    } catch (Exception e) {
      log.warn("unreadable offset metadata, no reps passed over: {}", e.toString());
      return Map.of();
    }
  }

  @Override
  public void onRep(RepVerdict verdict) {
    PartitionLedger l = ledgerOfPerson.get(verdict.personId());
    if (l != null) {
      l.repStored(verdict.personId(), TakenOverReps.key(verdict));
      askForCommit();
    }
  }

  @Override
  public void onSet(SetFinished set) {
    PartitionLedger l = ledgerOfPerson.get(set.personId());
    if (l != null) {
      l.setClosed(set.personId());
      askForCommit();
    }
  }

  private void askForCommit() {
    dirty.set(true);
    KafkaConsumer<String, byte[]> c = consumer;
    if (c != null && !closed) {
      c.wakeup();
    }
  }

  /** The partitions this replica reads now. */
  public java.util.Set<TopicPartition> partitions() {
    return new HashSet<>(ledgers.keySet());
  }

  /** Reps re-analysed after a takeover that the former replica had stored already. */
  public long passedOver() {
    return passedOver.get();
  }

  public long records() {
    return records.get();
  }

  /**
   * Stops as a killed process would: no more commits, nothing more from this replica reaches any
   * listener, its open sets stay open for the replica that takes the partitions over.
   */
  public void halt() {
    halted = true;
    close();
  }

  @Override
  public String name() {
    return "kafka " + config.bootstrap() + " " + config.topic() + " group " + config.group();
  }

  @Override
  public boolean connected() {
    return connected;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of(
        "partitions",
        ledgers.size(),
        "records",
        records.get(),
        "commits",
        commits.get(),
        "passedOver",
        passedOver.get());
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    KafkaConsumer<String, byte[]> c = consumer;
    if (c != null) {
      c.wakeup();
    }
    Thread t = poller;
    if (t != null && t != Thread.currentThread()) {
      try {
        t.join(RELEASE_MILLIS + 10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private final class Rebalance implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> parts) {
      if (!halted && !parts.isEmpty()) {
        log.info("partitions leaving this replica: {}", parts);
        releaseAndCommit(parts);
      }
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> parts) {
      if (parts.isEmpty()) {
        return;
      }
      log.info("partitions arriving at this replica: {}", parts);
      Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(parts));
      for (TopicPartition tp : parts) {
        OffsetAndMetadata c = committed.get(tp);
        ledgers.put(tp, ledger(c == null ? -1 : c.offset()));
        if (c != null) {
          takenOver.add(parse(c.metadata()));
        }
      }
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> parts) {
      forget(parts); // another replica owns them already: no commit from here
    }
  }
}
