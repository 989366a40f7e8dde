package io.plantaris.protocol;

/**
 * Device health (type 0x03), sent at least every 10 s.
 *
 * @param batteryPercent 0..100, or {@link #UNKNOWN_PERCENT}
 * @param droppedSamples samples the device could not send since boot, cumulative (u32)
 * @param temperatureCentiC 0.01 degC, or {@link #UNKNOWN_TEMPERATURE}
 * @param flags bit 0 charging, bit 1 low battery; other bits are kept but not interpreted
 */
public record Status(
    int batteryMillivolts,
    int batteryPercent,
    long droppedSamples,
    int temperatureCentiC,
    int flags)
    implements Message {

  public static final int UNKNOWN_PERCENT = 255;
  public static final int UNKNOWN_TEMPERATURE = Short.MIN_VALUE;

  public Status {
    if (batteryMillivolts < 0 || batteryMillivolts > 0xFFFF) {
      throw new IllegalArgumentException("battery_mv is u16, was " + batteryMillivolts);
    }
    if (!(batteryPercent >= 0 && batteryPercent <= 100) && batteryPercent != UNKNOWN_PERCENT) {
      throw new IllegalArgumentException("battery_percent 0..100 or 255, was " + batteryPercent);
    }
    if (droppedSamples < 0 || droppedSamples > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("dropped_samples is u32, was " + droppedSamples);
    }
    if (temperatureCentiC < Short.MIN_VALUE || temperatureCentiC > Short.MAX_VALUE) {
      throw new IllegalArgumentException("temperature is i16, was " + temperatureCentiC);
    }
    if (flags < 0 || flags > 0xFF) {
      throw new IllegalArgumentException("flags is u8, was " + flags);
    }
  }

  @Override
  public MessageType type() {
    return MessageType.STATUS;
  }

  public boolean charging() {
    return (flags & 1) != 0;
  }

  public boolean lowBattery() {
    return (flags & 2) != 0;
  }
}
