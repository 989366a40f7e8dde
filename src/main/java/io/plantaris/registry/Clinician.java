package io.plantaris.registry;

import io.plantaris.programme.Check;

/** A clinician (physiotherapist) who prescribes and reviews programmes. */
public record Clinician(String id, String name) {

  public Clinician {
    Check.id("clinician id", id);
    name = Names.check("clinician name", name);
  }
}
