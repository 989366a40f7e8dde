package io.plantaris.cli;

import io.plantaris.protocol.DecodeCounters;
import io.plantaris.protocol.Descriptor;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.LinkStats;
import io.plantaris.protocol.Marker;
import io.plantaris.protocol.SampleBatch;
import io.plantaris.protocol.SequenceTracker;
import io.plantaris.protocol.Status;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Human-readable and JSON renderings of decoded frames for the {@code decode} command. */
final class FrameText {
  private FrameText() {}

  static String line(Frame f, SequenceTracker.Verdict verdict) {
    String head =
        String.format(
            "%-18s seq=%-5d t=%.6fs %s",
            f.type(),
            f.sequence(),
            f.deviceTimeMicros() / 1e6,
            verdict == SequenceTracker.Verdict.IN_ORDER ? "" : "[" + verdict + "] ");
    return head + summary(f);
  }

  static String summary(Frame f) {
    return switch (f.type()) {
      case DESCRIPTOR -> {
        Descriptor d = (Descriptor) f.message();
        yield String.format(
            "id=%s fw=%d.%d.%d boot=%08x side=%s rate=%dHz length=%dmm adc=%dbit unit=%s cells=%d"
                + " accel=%s gyro=%s",
            d.deviceId(),
            d.firmwareMajor(),
            d.firmwareMinor(),
            d.firmwarePatch(),
            d.bootId(),
            d.side(),
            d.sampleRateHz(),
            d.insoleLengthMm(),
            d.adcBits(),
            d.unit(),
            d.cellCount(),
            d.hasAccelerometer() ? "+-" + d.accelRangeG() + "g" : "no",
            d.hasGyroscope() ? "+-" + d.gyroRangeDps() + "dps" : "no");
      }
      case SAMPLES -> {
        SampleBatch b = (SampleBatch) f.message();
        StringBuilder s =
            new StringBuilder(
                String.format(
                    "count=%d cells=%d interval=%dus first: cells=%s",
                    b.count(),
                    b.cellCount(),
                    b.intervalMicros(),
                    Arrays.toString(Arrays.copyOf(b.cells(), b.cellCount()))));
        if (b.hasAccel()) {
          s.append(
              String.format(" accel=[%d, %d, %d]", b.accel(0, 0), b.accel(0, 1), b.accel(0, 2)));
        }
        if (b.hasGyro()) {
          s.append(String.format(" gyro=[%d, %d, %d]", b.gyro(0, 0), b.gyro(0, 1), b.gyro(0, 2)));
        }
        yield s.toString();
      }
      case STATUS -> {
        Status st = (Status) f.message();
        yield String.format(
            "battery=%dmV %s%% dropped=%d temperature=%s flags=%d",
            st.batteryMillivolts(),
            st.batteryPercent() == Status.UNKNOWN_PERCENT ? "?" : st.batteryPercent(),
            st.droppedSamples(),
            st.temperatureCentiC() == Status.UNKNOWN_TEMPERATURE
                ? "?"
                : String.format("%.2fC", st.temperatureCentiC() / 100.0),
            st.flags());
      }
      case MARKER -> {
        Marker m = (Marker) f.message();
        yield "kind=" + m.kind() + " value=" + m.value();
      }
      case DESCRIPTOR_REQUEST -> "";
    };
  }

  static Map<String, Object> json(Frame f, SequenceTracker.Verdict verdict) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", f.type().name());
    m.put("seq", f.sequence());
    m.put("time_us", f.deviceTimeMicros());
    m.put("verdict", verdict.name());
    m.put("message", f.message());
    return m;
  }

  static String summary(DecodeCounters c, LinkStats link) {
    return String.format(
        "summary: frames %d %s, errors %d %s, gaps %d (lost %d frames), duplicates %d,"
            + " reordered %d, reboots %d",
        c.framesOk(),
        c.framesByType(),
        c.errorsTotal(),
        c.errorsByReason(),
        link.gaps(),
        link.lostFrames(),
        link.duplicates(),
        link.reordered(),
        link.reboots());
  }
}
