package io.plantaris.protocol;

import io.plantaris.insole.Side;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a device is (message type 0x01): identity, boot, sample rate, cells and IMU; the host
 * configures its calibration and the analysis from it.
 *
 * @param bootId random per boot, u32; 0 disables explicit reboot detection
 * @param accelRangeG accelerometer full scale in g (2, 4, 8, 16); 0 and unchecked without one
 * @param gyroRangeDps gyroscope full scale in deg/s (125..4000); 0 and unchecked without one
 */
public record Descriptor(
    String deviceId,
    int firmwareMajor,
    int firmwareMinor,
    int firmwarePatch,
    long bootId,
    Side side,
    int sampleRateHz,
    int insoleLengthMm,
    int adcBits,
    PressureUnit unit,
    List<DescriptorCell> cells,
    boolean hasAccelerometer,
    boolean hasGyroscope,
    int accelRangeG,
    int gyroRangeDps)
    implements Message {

  public static final int MAX_CELLS = 64;
  public static final int MAX_ID_BYTES = 32;

  public Descriptor {
    int idBytes = deviceId == null ? 0 : deviceId.getBytes(StandardCharsets.UTF_8).length;
    require(idBytes >= 1 && idBytes <= MAX_ID_BYTES, "device id needs 1..32 UTF-8 bytes");
    require(u8(firmwareMajor) && u8(firmwareMinor) && u8(firmwarePatch), "firmware parts are u8");
    require(bootId >= 0 && bootId <= 0xFFFF_FFFFL, "boot_id is u32, was " + bootId);
    require(side != null && unit != null, "side and unit must not be null");
    require(sampleRateHz >= 1 && sampleRateHz <= 1000, "sample_rate_hz 1..1000: " + sampleRateHz);
    require(insoleLengthMm >= 0 && insoleLengthMm <= 0xFFFF, "insole_length_mm is u16");
    require(adcBits >= 1 && adcBits <= 16, "adc_bits 1..16, was " + adcBits);
    cells = List.copyOf(cells);
    require(cells.size() <= MAX_CELLS, "at most 64 cells, was " + cells.size());
    // the ranges are only meaningful (and only checked) for a sensor that is present
    require(
        hasAccelerometer
            ? accelRangeG == 2 || accelRangeG == 4 || accelRangeG == 8 || accelRangeG == 16
            : u8(accelRangeG),
        "accel_range_g must be 2, 4, 8 or 16, was " + accelRangeG);
    require(
        hasGyroscope
            ? gyroRangeDps >= 125 && gyroRangeDps <= 4000
            : gyroRangeDps >= 0 && gyroRangeDps <= 0xFFFF,
        "gyro_range_dps 125..4000, was " + gyroRangeDps);
  }

  /** The same descriptor for another device (a load generator's virtual insoles). */
  public Descriptor withDeviceId(String id) {
    return new Descriptor(
        id,
        firmwareMajor,
        firmwareMinor,
        firmwarePatch,
        bootId,
        side,
        sampleRateHz,
        insoleLengthMm,
        adcBits,
        unit,
        cells,
        hasAccelerometer,
        hasGyroscope,
        accelRangeG,
        gyroRangeDps);
  }

  /** The same descriptor after a reboot. */
  public Descriptor withBootId(long newBootId) {
    return new Descriptor(
        deviceId,
        firmwareMajor,
        firmwareMinor,
        firmwarePatch,
        newBootId,
        side,
        sampleRateHz,
        insoleLengthMm,
        adcBits,
        unit,
        cells,
        hasAccelerometer,
        hasGyroscope,
        accelRangeG,
        gyroRangeDps);
  }

  @Override
  public MessageType type() {
    return MessageType.DESCRIPTOR;
  }

  public int cellCount() {
    return cells.size();
  }

  private static boolean u8(int v) {
    return v >= 0 && v <= 0xFF;
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
