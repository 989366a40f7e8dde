package io.plantaris.insole;

/**
 * Clinical region of the sole that a pressure cell lies under; the wire code is the byte used in
 * the firmware protocol's descriptor.
 */
public enum PlantarRegion {
  UNKNOWN(0, Group.OTHER),
  HEEL_MEDIAL(1, Group.HEEL),
  HEEL_LATERAL(2, Group.HEEL),
  MIDFOOT(3, Group.MIDFOOT),
  METATARSAL_1(4, Group.FOREFOOT),
  METATARSAL_2_3(5, Group.FOREFOOT),
  METATARSAL_4_5(6, Group.FOREFOOT),
  HALLUX(7, Group.TOES),
  LESSER_TOES(8, Group.TOES);

  /** The four regions the analysis reports loads for. */
  public enum Group {
    HEEL,
    MIDFOOT,
    FOREFOOT,
    TOES,
    OTHER
  }

  private final int wireCode;
  private final Group group;

  PlantarRegion(int wireCode, Group group) {
    this.wireCode = wireCode;
    this.group = group;
  }

  public int wireCode() {
    return wireCode;
  }

  public Group group() {
    return group;
  }

  /** Maps a wire code to a region; codes this version does not know read as {@link #UNKNOWN}. */
  public static PlantarRegion fromWireCode(int code) {
    for (PlantarRegion r : values()) {
      if (r.wireCode == code) {
        return r;
      }
    }
    return UNKNOWN;
  }
}
