package io.plantaris.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs the ordered rule table over one session's inputs and proposes one decision. */
public final class ProgressionEngine {
  private final ProgressionConfig cfg;
  private final List<Rule> rules;

  public ProgressionEngine(ProgressionConfig cfg, List<Rule> rules) {
    this.cfg = Check.notNull("cfg", cfg);
    this.rules = List.copyOf(rules);
    if (this.rules.isEmpty()) {
      throw new IllegalArgumentException("the rule table is empty");
    }
  }

  /** The default rules with the given thresholds. */
  public ProgressionEngine(ProgressionConfig cfg) {
    this(cfg, RuleTable.DEFAULT);
  }

  public ProgressionConfig config() {
    return cfg;
  }

  /** The first applicable rule's proposal, PROPOSED, with an id unique per session and trigger. */
  public Decision decide(ProgressionInput in, Instant decidedAt) {
    for (Rule rule : rules) {
      Optional<Verdict> v = rule.apply(in, cfg);
      if (v.isPresent()) {
        List<String> reasons = new ArrayList<>(v.get().reasons());
        if (in.missedSessions() > 0 && in.missedSessions() < cfg.missedSessionsKeep()) {
          reasons.add(
              in.missedSessions()
                  + " session missed since the previous one, within the allowance of "
                  + (cfg.missedSessionsKeep() - 1));
        }
        return new Decision(
            "d-"
                + in.session().sessionId()
                + "-"
                + (in.trigger() == Trigger.AFTER_SESSION ? "s" : "m"),
            in.session().patientId(),
            in.session().sessionId(),
            in.trigger(),
            decidedAt,
            in.prescription().version(),
            rule.id(),
            in.summary(),
            v.get().change(),
            reasons,
            DecisionStatus.PROPOSED,
            null);
      }
    }
    throw new IllegalStateException("no rule applied; the table must end with a catch-all rule");
  }
}
