package io.plantaris.programme;

import java.util.List;

/** What a matching rule proposes, with its reasons in plain words citing the numbers. */
public record Verdict(Change change, List<String> reasons) {

  public Verdict {
    Check.notNull("change", change);
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a verdict needs at least one reason");
    }
  }

  public static Verdict of(Change change, String reason) {
    return new Verdict(change, List.of(reason));
  }

  public static Verdict keep(String reason) {
    return of(Change.of(Action.KEEP), reason);
  }
}
