package io.plantaris.protocol;

import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.Side;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Realistic frames for tests and benchmarks: a 16-cell insole with a 6-axis IMU. */
public final class TestFrames {
  private TestFrames() {}

  public static Descriptor descriptor(long bootId) {
    List<DescriptorCell> cells = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      PlantarRegion region = PlantarRegion.values()[1 + i * 8 / 16];
      cells.add(new DescriptorCell(-150 + 20 * i, 100 + 150 * i, region, 300, 0.05f, 20f, 4095));
    }
    return new Descriptor(
        "insole-L1",
        1,
        2,
        3,
        bootId,
        Side.LEFT,
        100,
        260,
        12,
        PressureUnit.NEWTON,
        cells,
        true,
        true,
        8,
        2000);
  }

  /** {@code count} samples of 16 cells plus accel and gyro, values derived from {@code seed}. */
  public static SampleBatch samples(int count, int seed) {
    int[] cells = new int[count * 16];
    short[] accel = new short[count * 3];
    short[] gyro = new short[count * 3];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = (seed * 31 + i * 97) % 4096;
    }
    for (int i = 0; i < accel.length; i++) {
      accel[i] = (short) (seed * 7 - i * 301);
      gyro[i] = (short) (-seed * 5 + i * 1203);
    }
    return new SampleBatch(count, 16, true, true, 10_000, cells, accel, gyro);
  }

  /** Wire bytes of a descriptor then {@code frames} batches of {@code perFrame} samples, 100 Hz. */
  public static byte[] stream(int frames, int perFrame) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(FrameEncoder.encodeWire(Frame.of(0, 0, descriptor(0xCAFEL))));
    for (int i = 0; i < frames; i++) {
      long t = 5_000L + (long) i * perFrame * 10_000;
      out.writeBytes(FrameEncoder.encodeWire(Frame.of(i + 1, t, samples(perFrame, i))));
    }
    return out.toByteArray();
  }

  public static byte[] hex(String hex) {
    String h = hex.replaceAll("\\s", "");
    byte[] b = new byte[h.length() / 2];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
    }
    return b;
  }

  public static String hex(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      s.append(String.format("%02x", x));
    }
    return s.toString();
  }

  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** Collects what a FrameReader produces. */
  public static final class Collected implements FrameListener {
    public final List<Frame> frames = new ArrayList<>();
    public final List<DecodeException> errors = new ArrayList<>();

    @Override
    public void onFrame(Frame frame) {
      frames.add(frame);
    }

    @Override
    public void onError(DecodeException error) {
      errors.add(error);
    }
  }
}
