package io.plantaris.insole;

/**
 * One pressure cell: its centre in insole coordinates and the region it lies under.
 *
 * <p>Insole coordinates: origin at the back of the heel on the insole's long axis, {@code yMm}
 * towards the toes, {@code xMm} towards the wearer's left (so medial is +x on a right insole and -x
 * on a left one).
 *
 * @param xMm centre across the insole, millimetres, positive to the wearer's left
 * @param yMm centre along the insole from the heel edge, millimetres
 * @param areaMm2 sensing area in square millimetres; 0 when unknown
 */
public record CellSpec(double xMm, double yMm, PlantarRegion region, double areaMm2) {
  public CellSpec {
    if (region == null) {
      throw new IllegalArgumentException("region must not be null");
    }
    if (!(areaMm2 >= 0)) {
      throw new IllegalArgumentException("areaMm2 must be >= 0, was " + areaMm2);
    }
  }
}
