package io.plantaris.ingest;

import java.util.Collection;
import java.util.Optional;

/**
 * Frames the insoles numbered and sent that never reached the analysis, summed over all insoles:
 * the one loss the service can see whatever the broker did (it cannot count a broker's drops, but
 * the sequence numbers tell). For {@code /health}: counters, and a warning while any is non-zero.
 *
 * @param framesNeverArrived frames missing from the sequences (neither late nor put back in order)
 * @param gaps times one or more frames were missing
 * @param insolesWithLoss insoles with at least one missing frame
 * @param lateFramesDropped frames that came too late for the reorder window
 * @param clockJumps times an insole's clock jumped (rebased; reps unaffected)
 */
public record SequenceLoss(
    long framesNeverArrived,
    long gaps,
    int insolesWithLoss,
    long lateFramesDropped,
    long clockJumps) {

  public static SequenceLoss of(Collection<DeviceStats> devices) {
    long lost = 0;
    long gaps = 0;
    int insoles = 0;
    long late = 0;
    long jumps = 0;
    for (DeviceStats d : devices) {
      lost += d.link().lostFrames();
      gaps += d.link().gaps();
      insoles += d.link().lostFrames() > 0 ? 1 : 0;
      late += d.link().reordered();
      jumps += d.link().clockJumps();
    }
    return new SequenceLoss(lost, gaps, insoles, late, jumps);
  }

  /** A line for an operator while frames are missing, e.g. reps may be incomplete. */
  public Optional<String> warning() {
    if (framesNeverArrived == 0 && lateFramesDropped == 0) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            "%d frame(s) the insoles sent never arrived (%d gap(s) on %d insole(s)), %d came too"
                + " late; reps around them may be missing",
            framesNeverArrived, gaps, insolesWithLoss, lateFramesDropped));
  }
}
