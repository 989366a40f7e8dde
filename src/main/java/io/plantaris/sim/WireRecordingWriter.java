package io.plantaris.sim;

import io.plantaris.insole.Track;
import io.plantaris.protocol.Descriptor;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.FrameEncoder;
import io.plantaris.protocol.Message;
import io.plantaris.protocol.SampleBatch;
import io.plantaris.protocol.Status;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one track into the serial byte stream its device would have sent: a DESCRIPTOR first,
 * SAMPLES frames of {@link VirtualInsole#SAMPLES_PER_FRAME} samples, a STATUS and a DESCRIPTOR
 * every 10 s. Frames lost in transmission are not written but still use up sequence numbers; a
 * DESCRIPTOR uses none (it carries the number of the data frame after it).
 */
public final class WireRecordingWriter {
  /** Interval of the periodic DESCRIPTOR and STATUS frames. */
  public static final long PERIODIC_MICROS = 10_000_000;

  private WireRecordingWriter() {}

  /** The whole stream of {@code track} as one byte array (a {@code .plw} file). */
  public static byte[] bytes(Track track, long bootId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (TimedBytes f : frames(track, bootId)) {
      out.writeBytes(f.bytes());
    }
    return out.toByteArray();
  }

  /** Every frame of {@code track}'s stream with the device time it is sent at. */
  public static List<TimedBytes> frames(Track track, long bootId) {
    Descriptor descriptor = WireCalibration.descriptor(track.layout(), bootId);
    double rate = track.layout().sampleRateHz();
    int per = VirtualInsole.SAMPLES_PER_FRAME;
    List<TimedBytes> out = new ArrayList<>();
    int seq = 0;
    long nextPeriodic = Long.MIN_VALUE;
    long expectedSlot = -1;
    int n = track.size();
    for (int i = 0; i < n; ) {
      long t = track.timeMicros()[i];
      long slot = Math.round(t * rate / 1e6) / per;
      int end = i + 1;
      while (end < n
          && end - i < per
          && Math.round(track.timeMicros()[end] * rate / 1e6) / per == slot) {
        end++;
      }
      if (t >= nextPeriodic) {
        out.add(frame(seq, t, descriptor)); // carries the next data frame's number (PROTOCOL 2)
        out.add(frame(seq++, t, status(t)));
        nextPeriodic = (nextPeriodic == Long.MIN_VALUE ? t : nextPeriodic) + PERIODIC_MICROS;
      }
      if (expectedSlot >= 0 && slot > expectedSlot) {
        seq += (int) (slot - expectedSlot); // lost frames: their numbers are skipped
      }
      out.add(frame(seq++, t, batch(track, i, end, rate)));
      expectedSlot = slot + 1;
      i = end;
    }
    return out;
  }

  private static TimedBytes frame(int seq, long timeMicros, Message m) {
    Frame f = Frame.of(seq & 0xFFFF, timeMicros & 0xFFFF_FFFFL, m);
    return new TimedBytes(timeMicros, FrameEncoder.encodeWire(f), m instanceof Descriptor);
  }

  private static Status status(long timeMicros) {
    // a battery slowly draining from 4.0 V: one millivolt per 10 s
    int mv = (int) Math.max(3300, 4000 - timeMicros / 10_000_000);
    return new Status(mv, Math.max(0, Math.min(100, (mv - 3300) / 7)), 0, 3150, 0);
  }

  private static SampleBatch batch(Track track, int from, int to, double rate) {
    int count = to - from;
    int cellCount = track.layout().cellCount();
    int[] cells = new int[count * cellCount];
    boolean hasAccel = track.accelG() != null;
    boolean hasGyro = track.gyroDps() != null;
    short[] accel = hasAccel ? new short[count * 3] : null;
    short[] gyro = hasGyro ? new short[count * 3] : null;
    for (int k = 0; k < count; k++) {
      float[] row = track.cellNewtons()[from + k];
      for (int c = 0; c < cellCount; c++) {
        cells[k * cellCount + c] = WireCalibration.cellRaw(row[c]);
      }
      for (int a = 0; a < 3; a++) {
        if (hasAccel) {
          accel[k * 3 + a] =
              WireCalibration.imuRaw(track.accelG()[from + k][a], WireCalibration.ACCEL_RANGE_G);
        }
        if (hasGyro) {
          gyro[k * 3 + a] =
              WireCalibration.imuRaw(track.gyroDps()[from + k][a], WireCalibration.GYRO_RANGE_DPS);
        }
      }
    }
    int interval = (int) Math.round(1e6 / rate);
    return new SampleBatch(count, cellCount, hasAccel, hasGyro, interval, cells, accel, gyro);
  }
}
