package io.plantaris.programme;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** All versions of one patient's prescription, oldest first, to find what was in force when. */
public record PrescriptionHistory(List<PrescriptionVersion> versions) {

  public PrescriptionHistory {
    versions = List.copyOf(versions);
    for (int i = 0; i < versions.size(); i++) {
      PrescriptionVersion v = versions.get(i);
      if (v.version() != i + 1) {
        throw new IllegalArgumentException(
            "prescription versions must be 1, 2, 3...; found " + v.version() + " at " + (i + 1));
      }
      if (i > 0) {
        PrescriptionVersion prev = versions.get(i - 1);
        if (!v.patientId().equals(prev.patientId())) {
          throw new IllegalArgumentException("one history holds one patient's prescriptions");
        }
        if (v.effectiveAt().isBefore(prev.effectiveAt())) {
          throw new IllegalArgumentException(
              "version " + v.version() + " takes effect before version " + prev.version());
        }
      }
    }
  }

  /** The version in force at an instant: the last one whose effective time is not after it. */
  public Optional<PrescriptionVersion> at(Instant when) {
    PrescriptionVersion found = null;
    for (PrescriptionVersion v : versions) {
      if (!v.effectiveAt().isAfter(when)) {
        found = v;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The newest version. */
  public Optional<PrescriptionVersion> latest() {
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }
}
