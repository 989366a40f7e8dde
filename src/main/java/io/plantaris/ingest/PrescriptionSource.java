package io.plantaris.ingest;

import io.plantaris.analysis.Prescription;

/**
 * What the live analysis asks about a person: the prescription in force as each set starts (so a
 * clinician's change applies from the next set), and how many sets of an open session were done
 * before the analysis started (a restart carries the numbering on). Called on pipeline threads,
 * once per set.
 */
public interface PrescriptionSource {

  /** The prescription in force now for the pipeline person {@code personId}. */
  Prescription inForce(String personId);

  /** Sets of the person's open session finished before now; 0 when none is open. */
  default int setsDone(String personId) {
    return 0;
  }

  /** The same prescription for everyone (the configuration's {@code prescription:}). */
  static PrescriptionSource fixed(Prescription p) {
    return personId -> p;
  }
}
