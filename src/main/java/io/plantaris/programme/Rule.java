package io.plantaris.programme;

import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One row of the progression rule table: an id, when it applies in words, and the test that returns
 * its verdict when it applies.
 */
public record Rule(
    String id,
    String when,
    BiFunction<ProgressionInput, ProgressionConfig, Optional<Verdict>> test) {

  public Rule {
    Check.id("id", id);
    Check.notNull("when", when);
    Check.notNull("test", test);
  }

  public Optional<Verdict> apply(ProgressionInput in, ProgressionConfig cfg) {
    return test.apply(in, cfg);
  }
}
