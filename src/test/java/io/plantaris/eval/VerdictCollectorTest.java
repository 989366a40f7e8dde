package io.plantaris.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.AnalysisListener;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepSide;
import java.lang.reflect.Proxy;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerdictCollectorTest {
  /** The shape in which an analysis that can say "uncertain" reports it. */
  interface UncertainListener {
    void onUncertain(RepEvent rep, Set<String> reasons);
  }

  private static final RepEvent REP =
      new RepEvent(
          1, 1, RepSide.RIGHT, 0, 3_000_000, 5_000_000, 8_000_000, 40, 90, 0.9, 1.0, Set.of());

  @Test
  void uncertainVerdictsCalledAsACoreWithOnUncertainWouldAreCollectedApart() throws Throwable {
    VerdictCollector c = new VerdictCollector();
    AnalysisListener l = c.listener();
    l.onRep(REP);
    // what an analysis with onUncertain(RepEvent, reasons) calls on this listener
    Proxy.getInvocationHandler(l)
        .invoke(
            l,
            UncertainListener.class.getMethod("onUncertain", RepEvent.class, Set.class),
            new Object[] {REP, Set.of("TEMPO_NOT_OBSERVABLE")});

    assertThat(c.reps).containsExactly(REP);
    assertThat(c.uncertain).containsOnlyKeys(REP);
    assertThat(c.uncertain.get(REP)).contains("TEMPO_NOT_OBSERVABLE");
  }

  @Test
  void aListenerWithoutUncertainVerdictsLeavesEveryRepDecided() {
    VerdictCollector c = new VerdictCollector();
    c.listener().onRep(REP);
    c.listener().onSet(null);

    assertThat(c.reps).containsExactly(REP);
    assertThat(c.uncertain).isEmpty();
  }
}
