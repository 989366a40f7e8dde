package io.plantaris.protocol;

import io.plantaris.insole.PlantarRegion;

/**
 * One pressure cell as a descriptor announces it (17 bytes on the wire).
 *
 * @param xTenthMm centre across the insole, 0.1 mm, positive towards the wearer's left
 * @param yTenthMm centre along the insole from the back of the heel, 0.1 mm
 * @param areaMm2 sensing area, 0 if unknown
 * @param gain calibrated value = gain * (raw - offset)
 * @param offset in raw counts
 * @param maxRaw saturation value of the raw count
 */
public record DescriptorCell(
    int xTenthMm,
    int yTenthMm,
    PlantarRegion region,
    int areaMm2,
    float gain,
    float offset,
    int maxRaw) {
  public DescriptorCell {
    if (xTenthMm < Short.MIN_VALUE || xTenthMm > Short.MAX_VALUE) {
      throw new IllegalArgumentException("x is i16, was " + xTenthMm);
    }
    if (yTenthMm < Short.MIN_VALUE || yTenthMm > Short.MAX_VALUE) {
      throw new IllegalArgumentException("y is i16, was " + yTenthMm);
    }
    if (region == null) {
      throw new IllegalArgumentException("region must not be null");
    }
    if (areaMm2 < 0 || areaMm2 > 0xFFFF || maxRaw < 0 || maxRaw > 0xFFFF) {
      throw new IllegalArgumentException("area and max_raw are u16: " + areaMm2 + ", " + maxRaw);
    }
    if (!Float.isFinite(gain) || !Float.isFinite(offset)) {
      throw new IllegalArgumentException("gain and offset must be finite: " + gain + ", " + offset);
    }
  }
}
