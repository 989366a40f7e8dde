package io.plantaris.health;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.Map;

/**
 * HELP text for the meters that are registered without a description, kept in one place so the
 * Prometheus page explains every family. A meter's own description always wins.
 */
public final class MetricHelp {
  static final Map<String, String> HELP =
      Map.ofEntries(
          Map.entry("plantaris.reps", "finished reps judged, by valid=true|false"),
          Map.entry("plantaris.sets", "finished sets"),
          Map.entry("plantaris.frames", "frames decoded without error, per insole stream"),
          Map.entry("plantaris.decode.errors", "frames that failed to decode, by reason"),
          Map.entry("plantaris.sequence.gaps", "gaps in the insole's frame sequence numbers"),
          Map.entry("plantaris.frames.lost", "frames the insole sent that never arrived"),
          Map.entry("plantaris.frames.duplicate", "frames that arrived twice and were dropped"),
          Map.entry("plantaris.frames.reordered", "frames that arrived after a later one"),
          Map.entry("plantaris.samples", "sensor samples handed to the analysis"),
          Map.entry("plantaris.queue.depth", "chunks waiting in the insole's bounded queue"),
          Map.entry("plantaris.spool.depth.bytes", "bytes spooled on disk, not yet in the store"),
          Map.entry("plantaris.spool.writable", "1 while the spool can write, 0 when it cannot"),
          Map.entry("plantaris.store.up", "1 while the time-series store accepts writes"),
          Map.entry("plantaris.store.drain.errors", "failed attempts to write spooled points"),
          Map.entry("plantaris.spool.append.failures", "records the spool could not write"),
          Map.entry("plantaris.store.points.written", "points the store confirmed"),
          Map.entry("plantaris.build.info", "1, labelled with the running version"),
          Map.entry("http.server.requests", "HTTP requests served, by method, route and status"));

  private MetricHelp() {}

  /** Fills in the description of a meter registered without one, when the table knows it. */
  public static MeterFilter filter() {
    return new MeterFilter() {
      @Override
      public Meter.Id map(Meter.Id id) {
        String help = HELP.get(id.getName());
        if (id.getDescription() != null || help == null) {
          return id;
        }
        return new Meter.Id(
            id.getName(), Tags.of(id.getTagsAsIterable()), id.getBaseUnit(), help, id.getType());
      }
    };
  }
}
