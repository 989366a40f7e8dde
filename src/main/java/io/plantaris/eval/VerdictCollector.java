package io.plantaris.eval;

import io.plantaris.analysis.AnalysisListener;
import io.plantaris.analysis.RepEvent;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the reps of one analysis run and the reps whose verdict the analysis calls uncertain.
 *
 * <p>An analysis that can say "uncertain" does so through a listener method {@code
 * onUncertain(RepEvent, reasons)}; this collector answers it by name, so the evaluator scores the
 * analysis both before and after that method exists (the analysis core is changed on its own
 * branch) and never mistakes an uncertain verdict for a decided one.
 */
final class VerdictCollector {
  final List<RepEvent> reps = new ArrayList<>();

  /** Uncertain reps with the analysis' reasons as it printed them. */
  final Map<RepEvent, String> uncertain = new HashMap<>();

  AnalysisListener listener() {
    InvocationHandler h =
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, args);
          }
          switch (method.getName()) {
            case "onRep" -> reps.add((RepEvent) args[0]);
            case "onUncertain" ->
                uncertain.put(
                    (RepEvent) args[0], args.length > 1 ? String.valueOf(args[1]) : "uncertain");
            default -> {
              if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
              }
            }
          }
          return null;
        };
    return (AnalysisListener)
        Proxy.newProxyInstance(
            AnalysisListener.class.getClassLoader(), new Class<?>[] {AnalysisListener.class}, h);
  }

  private static Object objectMethod(Object proxy, Method m, Object[] args) {
    return switch (m.getName()) {
      case "equals" -> proxy == args[0];
      case "hashCode" -> System.identityHashCode(proxy);
      default -> "VerdictCollector";
    };
  }
}
