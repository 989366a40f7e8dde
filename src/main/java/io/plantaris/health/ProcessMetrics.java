package io.plantaris.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmHeapPressureMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;

/** JVM and process meters (Micrometer's binders) and the build's version as an info gauge. */
public final class ProcessMetrics {
  private ProcessMetrics() {}

  /**
   * Binds memory, GC, threads, classes, CPU, file descriptors and uptime to {@code registry}. The
   * GC binder listens for the JVM's notifications until the process ends (one per service).
   */
  @SuppressWarnings("resource") // JvmGcMetrics and JvmHeapPressureMetrics live as long as the JVM
  public static void bind(MeterRegistry registry) {
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmHeapPressureMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new JvmInfoMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    Gauge.builder("plantaris.build.info", () -> 1)
        .tag("version", BuildInfo.version())
        .register(registry);
  }
}
