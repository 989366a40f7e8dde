package io.plantaris.ingest.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one partition's persons have settled: the offset from which a replica taking the partition
 * over must read again (the end of each person's last closed set), and the reps of the sets still
 * open that are already stored, which that replica must not store twice. Guarded by its own lock:
 * the poll thread hands records, the pipeline's workers report reps and sets.
 */
final class PartitionLedger {
  private long handedEnd = -1;
  private final Map<String, Mark> persons = new HashMap<>();

  private static final class Mark {
    long settled;
    long lastHanded;
    final List<String> storedReps = new ArrayList<>();
  }

  PartitionLedger(long committedOffset) {
    this.handedEnd = committedOffset;
  }

  synchronized void handed(String personId, long offset) {
    Mark m = persons.get(personId);
    if (m == null) {
      m = new Mark();
      m.settled = offset; // a person new here: everything from this record on is still open
      persons.put(personId, m);
    }
    m.lastHanded = offset;
    handedEnd = offset + 1;
  }

  /** A rep of the open set reached the store. */
  synchronized void repStored(String personId, String repKey) {
    Mark m = persons.get(personId);
    if (m != null) {
      m.storedReps.add(repKey);
    }
  }

  /** The person's set closed (its summary and reps are spooled): all it was handed is settled. */
  synchronized void setClosed(String personId) {
    Mark m = persons.get(personId);
    if (m != null) {
      m.settled = handedEnd;
      m.storedReps.clear();
    }
  }

  synchronized List<String> persons() {
    return List.copyOf(persons.keySet());
  }

  /** The offset to commit, or -1 when nothing was read yet. */
  synchronized long committable() {
    long offset = handedEnd;
    for (Mark m : persons.values()) {
      if (m.lastHanded >= m.settled) {
        offset = Math.min(offset, m.settled);
      }
    }
    return offset;
  }

  /** Per person with an open set: the reps of it already stored. */
  synchronized Map<String, List<String>> storedOpenReps() {
    Map<String, List<String>> out = new HashMap<>();
    persons.forEach(
        (p, m) -> {
          if (m.lastHanded >= m.settled && !m.storedReps.isEmpty()) {
            out.put(p, List.copyOf(m.storedReps));
          }
        });
    return out;
  }
}
