package io.plantaris.protocol;

import java.nio.charset.StandardCharsets;

/** Writes the payload of each message type, the mirror image of the payload decoders. */
final class PayloadEncoder {
  private PayloadEncoder() {}

  static void write(Message message, LeWriter w) {
    switch (message.type()) {
      case DESCRIPTOR -> descriptor((Descriptor) message, w);
      case SAMPLES -> samples((SampleBatch) message, w);
      case STATUS -> status((Status) message, w);
      case MARKER -> marker((Marker) message, w);
      case DESCRIPTOR_REQUEST -> {
        // empty payload
      }
    }
  }

  private static void descriptor(Descriptor d, LeWriter w) {
    byte[] id = d.deviceId().getBytes(StandardCharsets.UTF_8);
    w.u8(id.length).bytes(id);
    w.u8(d.firmwareMajor()).u8(d.firmwareMinor()).u8(d.firmwarePatch()).u32(d.bootId());
    w.u8(d.side().wireCode()).u16(d.sampleRateHz()).u16(d.insoleLengthMm());
    w.u8(d.adcBits()).u8(d.unit().wireCode()).u8(d.cellCount());
    for (DescriptorCell c : d.cells()) {
      w.u16(c.xTenthMm()).u16(c.yTenthMm()).u8(c.region().wireCode()).u16(c.areaMm2());
      w.f32(c.gain()).f32(c.offset()).u16(c.maxRaw());
    }
    w.u8((d.hasAccelerometer() ? 1 : 0) | (d.hasGyroscope() ? 2 : 0));
    w.u8(d.accelRangeG()).u16(d.gyroRangeDps());
  }

  private static void samples(SampleBatch s, LeWriter w) {
    w.u8(s.count()).u8(s.cellCount()).u8((s.hasAccel() ? 1 : 0) | (s.hasGyro() ? 2 : 0));
    w.u16(s.intervalMicros());
    for (int k = 0; k < s.count(); k++) {
      for (int c = 0; c < s.cellCount(); c++) {
        w.u16(s.cell(k, c));
      }
      for (int axis = 0; s.hasAccel() && axis < 3; axis++) {
        w.u16(s.accel(k, axis));
      }
      for (int axis = 0; s.hasGyro() && axis < 3; axis++) {
        w.u16(s.gyro(k, axis));
      }
    }
  }

  private static void status(Status s, LeWriter w) {
    w.u16(s.batteryMillivolts()).u8(s.batteryPercent()).u32(s.droppedSamples());
    w.u16(s.temperatureCentiC()).u8(s.flags());
  }

  private static void marker(Marker m, LeWriter w) {
    w.u8(m.kind().wireCode()).u16(m.value());
  }
}
