package io.plantaris.protocol;

/**
 * What sequence and clock tracking saw on one device's link.
 *
 * @param gaps times one or more frames were missing
 * @param lostFrames frames missing in total
 * @param duplicates frames received again (dropped)
 * @param reordered frames that arrived late, after a later one (dropped)
 */
public record LinkStats(
    long accepted,
    long gaps,
    long lostFrames,
    long duplicates,
    long reordered,
    long reboots,
    long reAnchors) {}
