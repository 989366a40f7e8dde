package io.plantaris.sim;

import io.plantaris.analysis.RepFlag;
import io.plantaris.sim.Activity.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Lays out a session (stands, reps, rests, walks) from a config and a seeded random source. */
final class SessionPlanner {
  /** Time to shift onto the working leg (and step) before the first rep of a set. */
  static final long SETTLE_MILLIS = 1500;

  /** Gap between the previous heel touch and a bounced rep's rise. */
  static final long BOUNCE_GAP_MILLIS = 60;

  private static final long COOL_DOWN_MILLIS = 1500;

  /** Pause between the last set and movements that are no heel raise: their own stretch. */
  private static final long OTHER_AFTER_SETS_MILLIS = 8000;

  private static final long STRIDE_MILLIS = 1100;

  private final SimulationConfig c;
  private final SplittableRandom rng;
  private final RepShaper shaper;

  /** Draws of the domain randomisation, apart so the plan's own stream stays as it was. */
  private final SplittableRandom domainRng;

  private final List<Activity> activities = new ArrayList<>();
  private final List<List<RepPlan>> sets = new ArrayList<>();
  private long t;
  private int sessionRep;

  SessionPlanner(SimulationConfig config) {
    this.c = config;
    this.rng = new SplittableRandom(config.seed());
    this.shaper = new RepShaper(config, rng);
    this.domainRng = new SplittableRandom(config.seed() * 31 + 7);
  }

  SessionPlan plan() {
    Stance working = c.prescription().singleLeg() ? stanceOf(c.workingSide()) : Stance.BOTH;
    stand(c.calibrationMillis(), working, false);
    stand(SETTLE_MILLIS, working, c.stepEdge());
    for (int s = 1; s <= c.sets(); s++) {
      if (s > 1) {
        rest();
        stand(SETTLE_MILLIS, working, c.stepEdge());
      }
      planSet(s, working);
    }
    long before = c.sets() > 0 ? OTHER_AFTER_SETS_MILLIS : 2500;
    for (GroundTruth.EventKind kind : c.otherActivities()) {
      boolean single = kind == GroundTruth.EventKind.HOP;
      stand(before, single ? stanceOf(c.workingSide()) : Stance.BOTH, false);
      before = 2500;
      long d = Math.round(OtherMotion.duration(kind) * domainRng.nextDouble(0.85, 1.15));
      activities.add(new Activity.Other(kind, t, t + d));
      t += d;
    }
    stand(COOL_DOWN_MILLIS, Stance.BOTH, false);
    return new SessionPlan(activities, sets, t);
  }

  private void planSet(int setIndex, Stance working) {
    int target = c.prescription().targetReps();
    int capacity = c.fatigue() ? target + rng.nextInt(-1, 2) - (setIndex - 1) : target;
    int reps = Math.max(1, Math.min(target, capacity + 1));
    List<RepShaper.Draft> drafts = new ArrayList<>();
    for (int i = 1; i <= reps; i++) {
      double progress = c.fatigue() ? Math.max(0, (i - 0.6 * target) / (0.4 * target)) : 0;
      drafts.add(shaper.draft(++sessionRep, i, progress, i > capacity));
    }
    List<RepPlan> plans = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      boolean nextBounces = i + 1 < drafts.size() && drafts.get(i + 1).has(RepFlag.BOUNCE);
      RepPlan plan = shaper.place(setIndex, drafts.get(i), t, nextBounces);
      activities.add(new Activity.Rep(plan));
      plans.add(plan);
      t = plan.downEndMillis();
      if (i + 1 < drafts.size()) {
        long pause = nextBounces ? BOUNCE_GAP_MILLIS : shaper.bottomPause();
        if (!nextBounces && balanceStep(drafts.size())) {
          // a small step of the free foot to regain balance, in a pause long enough for it
          long step = 400 + domainRng.nextInt(300);
          stand(350, working, c.stepEdge());
          activities.add(
              new Activity.BalanceStep(
                  t, t + step, working, c.stepEdge(), domainRng.nextDouble(0.2, 0.4)));
          t += step;
          pause = 350;
        }
        stand(pause, working, c.stepEdge());
      }
    }
    sets.add(plans);
  }

  private boolean balanceStep(int repsInSet) {
    double perSet = c.domain().balanceStepsPerSet();
    return perSet > 0
        && c.prescription().singleLeg()
        && repsInSet > 1
        && domainRng.nextDouble() < perSet / (repsInSet - 1);
  }

  private void rest() {
    long rest = c.restMillis() - SETTLE_MILLIS;
    if (!c.walkingBetweenSets()) {
      stand(rest, Stance.BOTH, false);
      return;
    }
    long walk = Math.min(c.walkingMillis(), Math.round(rest * 0.6));
    long before = Math.round((rest - walk) * 0.3);
    stand(before, Stance.BOTH, false);
    activities.add(new Activity.Walk(t, t + walk, STRIDE_MILLIS));
    t += walk;
    stand(rest - before - walk, Stance.BOTH, false);
  }

  private void stand(long millis, Stance stance, boolean onStep) {
    if (millis > 0) {
      activities.add(new Activity.Stand(t, t + millis, stance, onStep));
      t += millis;
    }
  }

  static Stance stanceOf(io.plantaris.insole.Side side) {
    return side == io.plantaris.insole.Side.RIGHT ? Stance.RIGHT : Stance.LEFT;
  }
}
