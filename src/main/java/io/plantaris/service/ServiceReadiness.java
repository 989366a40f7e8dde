package io.plantaris.service;

import io.plantaris.health.CheckResult;
import io.plantaris.health.Readiness;
import io.plantaris.ingest.FrameSource;
import io.plantaris.ingest.IngestService;
import io.plantaris.ingest.mqtt.MqttFrameSource;
import io.plantaris.store.StoreHealth;
import io.plantaris.store.TimeSeriesStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The service's own readiness checks. DOWN (not ready): the MQTT subscription is not connected, or
 * the spool cannot write (finished reps would be lost). WARN only: a serial insole unplugged, a
 * replay that has finished, an external store that is down while the spool keeps every point.
 */
final class ServiceReadiness {
  private ServiceReadiness() {}

  static Readiness of(IngestService ingest, TimeSeriesStore store) {
    Readiness r = new Readiness();
    r.addAll("sources", () -> sources(ingest));
    r.add("frames", () -> frames(ingest));
    if (store != null) {
      r.add("store", () -> store(store.health().store()));
    }
    return r;
  }

  static List<CheckResult> sources(IngestService ingest) {
    List<CheckResult> out = new ArrayList<>();
    for (FrameSource s : ingest.sources()) {
      String name = "source " + s.name();
      if (s.connected()) {
        out.add(CheckResult.up(name, null));
      } else if (s instanceof MqttFrameSource) {
        out.add(CheckResult.down(name, "not connected to the broker: insoles' data cannot arrive"));
      } else {
        out.add(CheckResult.warn(name, "not connected (unplugged insole or finished replay)"));
      }
    }
    return out;
  }

  /** WARN when frames the insoles numbered never arrived: reps around them may be missing. */
  static CheckResult frames(IngestService ingest) {
    return ingest
        .sequenceLoss()
        .warning()
        .map(w -> CheckResult.warn("frames", w))
        .orElseGet(() -> CheckResult.up("frames", null));
  }

  static CheckResult store(StoreHealth h) {
    if (!h.spool().writable()) {
      return CheckResult.down(
          "store", "spool cannot write (" + h.spool().writeError() + "): reps would be lost");
    }
    if (!h.healthy()) {
      // Degraded but still keeping what arrives: damaged records skipped at start, or records a
      // full disk refused earlier. Ready, with the loss said in plain words.
      return CheckResult.warn(
          "store",
          h.spool().damagedRecords()
              + " damaged spool record(s) skipped at start; not kept: "
              + h.notKept());
    }
    if (!h.storeUp()) {
      return CheckResult.warn(
          "store",
          h.target()
              + " not answering; "
              + h.spool().depthRecords()
              + " record(s) wait in the spool"
              + (h.lastDrainError() == null ? "" : " (" + h.lastDrainError() + ")"));
    }
    return CheckResult.up("store", h.target());
  }
}
