package io.plantaris.sim;

/** How the heel arrives at the bottom of a rep. */
public enum RepEnding {
  /** Controlled to zero speed, no impact. */
  SMOOTH,
  /** The last quarter of the range drops fast with a small impact, and the next rep bounces. */
  REBOUND,
  /** The last half of the range drops fast and the heel strikes hard. */
  SLAM
}
