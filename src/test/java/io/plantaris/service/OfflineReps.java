package io.plantaris.service;

import io.plantaris.analysis.Collect;
import io.plantaris.analysis.RepEvent;
import io.plantaris.ingest.DeviceEvent;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.SessionListener;
import io.plantaris.insole.Recording;
import io.plantaris.insole.Side;
import io.plantaris.insole.Track;
import io.plantaris.protocol.WireTrackReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A recording and what the offline analysis of its file says, the yardstick of the fault tests:
 * whatever happens to the link, a rep the service reports must be the rep the file holds.
 */
record OfflineReps(byte[] wire, Track track, List<RepEvent> reps) {

  static OfflineReps of(Path file) throws IOException {
    return of(Files.readAllBytes(file));
  }

  /** The offline analysis of wire bytes as an insole sends them. */
  static OfflineReps of(byte[] wire) {
    Track track = WireTrackReader.read(wire).track();
    List<RepEvent> reps = Collect.run(new Recording(List.of(track)), Side.UNKNOWN).reps;
    return new OfflineReps(wire, track, List.copyOf(reps));
  }

  /** Set, rep number, side, phase durations and flags: what the patient and clinician see. */
  static String signature(RepEvent r) {
    return String.format(
        "set %d rep %d %s up %d hold %d down %d %s",
        r.setIndex(),
        r.repIndex(),
        r.side(),
        r.upMillis(),
        r.holdMillis(),
        r.downMillis(),
        r.flags());
  }

  List<String> signatures() {
    return reps.stream().map(OfflineReps::signature).toList();
  }

  /** Collects what the service tells its listeners. */
  static final class Collector implements SessionListener {
    final List<RepVerdict> reps = new CopyOnWriteArrayList<>();
    final List<DeviceEvent> devices = new CopyOnWriteArrayList<>();

    @Override
    public void onRep(RepVerdict verdict) {
      reps.add(verdict);
    }

    @Override
    public void onDevice(DeviceEvent event) {
      devices.add(event);
    }

    List<DeviceEvent.Kind> kinds(String streamKey) {
      return devices.stream()
          .filter(e -> e.streamKey().equals(streamKey))
          .map(DeviceEvent::kind)
          .toList();
    }

    List<String> signatures() {
      return reps.stream().map(v -> signature(v.rep())).toList();
    }
  }
}
