package io.plantaris.importer;

import io.plantaris.insole.Recording;
import io.plantaris.insole.Side;
import io.plantaris.insole.Track;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A Moticon export as imported: the recording, the header, the insole size used for the geometry,
 * and the export's own per-side {@code total force[N]} column (for checking the cell geometry).
 *
 * @param exportTotalForceN per side with a track, one value per track sample (NaN if absent)
 */
public record MoticonExport(
    Recording recording,
    MoticonHeader header,
    int insoleSize,
    Map<Side, float[]> exportTotalForceN) {
  public MoticonExport {
    Map<Side, float[]> copy = new EnumMap<>(Side.class);
    exportTotalForceN.forEach((side, values) -> copy.put(side, values.clone()));
    exportTotalForceN = Map.copyOf(copy);
  }

  /** The track of one side, or null when the export has no data for it. */
  public Track track(Side side) {
    return recording.tracks().stream()
        .filter(t -> t.layout().side() == side)
        .findFirst()
        .orElse(null);
  }

  static MoticonExport of(
      MoticonHeader header, int size, Collection<MoticonSideReader> sides, String source)
      throws ImportException {
    List<Track> tracks = new ArrayList<>();
    Map<Side, float[]> totals = new EnumMap<>(Side.class);
    for (MoticonSideReader side : sides) {
      if (side.rowCount() < 2) {
        continue;
      }
      try {
        tracks.add(side.toTrack(sampleRateHz(side.timesMicros())));
      } catch (IllegalArgumentException e) {
        throw new ImportException(source + ": " + side.side + " insole: " + e.getMessage(), e);
      }
      float[] total = new float[side.exportTotalForceN.size()];
      for (int i = 0; i < total.length; i++) {
        total[i] = side.exportTotalForceN.get(i);
      }
      totals.put(side.side, total);
    }
    if (tracks.isEmpty()) {
      throw new ImportException(source + ": no insole has at least two rows of data");
    }
    return new MoticonExport(new Recording(tracks), header, size, totals);
  }

  /** Rate from the median sample interval, so a few dropped rows do not change it. */
  static double sampleRateHz(long[] timesMicros) {
    long[] dt = new long[timesMicros.length - 1];
    for (int i = 0; i < dt.length; i++) {
      dt[i] = timesMicros[i + 1] - timesMicros[i];
    }
    Arrays.sort(dt);
    long median = dt[dt.length / 2];
    return Math.round(1e7 / median) / 10.0;
  }
}
