package io.plantaris.protocol;

/**
 * What sequence and clock tracking saw on one device's link.
 *
 * @param gaps times one or more frames were missing
 * @param lostFrames frames missing in total
 * @param duplicates frames received again (dropped)
 * @param reordered frames that arrived too late to be put back in order (dropped)
 * @param reAnchors times the wall-time mapping was re-anchored after drifting
 * @param clockJumps times the device clock jumped while the sequence ran on (the device time was
 *     rebased to continue where it was)
 */
public record LinkStats(
    long accepted,
    long gaps,
    long lostFrames,
    long duplicates,
    long reordered,
    long reboots,
    long reAnchors,
    long clockJumps) {}
