package io.plantaris.sim;

/**
 * Samples of every track lost in transmission between {@code startMillis} (inclusive) and {@code
 * endMillis} (exclusive); the simulator snaps both to whole frames of the wire writer's batch.
 */
public record PacketLoss(long startMillis, long endMillis) {
  public PacketLoss {
    if (startMillis < 0 || endMillis <= startMillis) {
      throw new IllegalArgumentException(
          "packet loss needs 0 <= start < end, was " + startMillis + ".." + endMillis);
    }
  }
}
