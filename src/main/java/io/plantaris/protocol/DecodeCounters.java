package io.plantaris.protocol;

import java.util.EnumMap;
import java.util.Map;

/** Frames decoded, by message type, and frames skipped, by reason; one instance per stream. */
public final class DecodeCounters {
  private final long[] errors = new long[DecodeError.values().length];
  private final long[] frames = new long[MessageType.values().length];

  void frame(MessageType type) {
    frames[type.ordinal()]++;
  }

  void error(DecodeError reason) {
    errors[reason.ordinal()]++;
  }

  public long framesOk() {
    long sum = 0;
    for (long n : frames) {
      sum += n;
    }
    return sum;
  }

  public long frames(MessageType type) {
    return frames[type.ordinal()];
  }

  public long errors(DecodeError reason) {
    return errors[reason.ordinal()];
  }

  public long errorsTotal() {
    long sum = 0;
    for (long n : errors) {
      sum += n;
    }
    return sum;
  }

  /** Non-zero error counts by reason, in enum order. */
  public Map<DecodeError, Long> errorsByReason() {
    Map<DecodeError, Long> map = new EnumMap<>(DecodeError.class);
    for (DecodeError e : DecodeError.values()) {
      if (errors[e.ordinal()] > 0) {
        map.put(e, errors[e.ordinal()]);
      }
    }
    return map;
  }

  /** Non-zero frame counts by message type, in enum order. */
  public Map<MessageType, Long> framesByType() {
    Map<MessageType, Long> map = new EnumMap<>(MessageType.class);
    for (MessageType t : MessageType.values()) {
      if (frames[t.ordinal()] > 0) {
        map.put(t, frames[t.ordinal()]);
      }
    }
    return map;
  }

  @Override
  public String toString() {
    return "frames " + framesOk() + " " + framesByType() + ", errors " + errorsByReason();
  }
}
