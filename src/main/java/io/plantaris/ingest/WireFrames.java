package io.plantaris.ingest;

import io.plantaris.protocol.Cobs;
import io.plantaris.protocol.DecodeException;
import io.plantaris.sim.TimedBytes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a recorded wire byte stream into its frames, each with its device time, so that a replay can
 * send them when the insole did. Bytes that are not a readable frame go out with the previous
 * frame's time: a replay reproduces the recording's faults, it does not repair them. Times never go
 * backwards, so sorting several streams by time keeps each stream in its recorded order.
 */
public final class WireFrames {
  private WireFrames() {}

  /** The frames of {@code wire}, each with its unwrapped device time. */
  public static List<TimedBytes> split(byte[] wire) {
    List<TimedBytes> out = new ArrayList<>();
    byte[] raw = new byte[2048];
    long unwrapped = 0;
    long lastRaw = -1;
    int start = 0;
    for (int i = 0; i < wire.length; i++) {
      if (wire[i] != 0) {
        continue;
      }
      byte[] frame = Arrays.copyOfRange(wire, start, i + 1);
      int encodedLen = i - start;
      start = i + 1;
      if (encodedLen >= 12 && encodedLen <= 1029) {
        try {
          int n = Cobs.decode(wire, i - encodedLen, encodedLen, raw, 0);
          if (n >= 8) {
            long t =
                (raw[4] & 0xFFL)
                    | (raw[5] & 0xFFL) << 8
                    | (raw[6] & 0xFFL) << 16
                    | (raw[7] & 0xFFL) << 24;
            // signed 32-bit step handles the wrap; a step back (a reboot, or a status frame built
            // a little earlier) keeps the time still, so a stream's frames stay in file order
            unwrapped += lastRaw < 0 ? 0 : Math.max(0, (int) (t - lastRaw));
            lastRaw = t;
          }
        } catch (DecodeException e) {
          // keep the previous time for an unreadable frame
        }
      }
      out.add(new TimedBytes(unwrapped, frame, false));
    }
    if (start < wire.length) {
      out.add(new TimedBytes(unwrapped, Arrays.copyOfRange(wire, start, wire.length), false));
    }
    return out;
  }

  /** The message type byte of one COBS-encoded frame (trailing 0x00 optional), or -1. */
  public static int typeOf(byte[] frame) {
    int len = frame.length;
    if (len > 0 && frame[len - 1] == 0) {
      len--;
    }
    byte[] raw = new byte[len];
    try {
      return Cobs.decode(frame, 0, len, raw, 0) >= 2 ? raw[1] & 0xFF : -1;
    } catch (DecodeException e) {
      return -1;
    }
  }
}
