package io.plantaris.sim;

/** The sensor layouts the virtual insole can imitate, named as in the ground-truth file. */
public enum LayoutKind {
  /** Moticon-OpenGo-like: 16 pressure cells, accelerometer and gyroscope. */
  MOTICON16_IMU("moticon16-imu"),
  /** A DIY force insole: 8 force-sensing resistors, no IMU. */
  FORCE8("force8"),
  /** An IMU clipped to the shoe or insole without pressure cells. */
  IMU_ONLY("imu-only"),
  /** The 16 pressure cells of a Moticon-like insole without its IMU (pressure only). */
  MOTICON16("moticon16"),
  /** A 3-zone force insole (heel, midfoot, forefoot force in newtons, loadsol-like), no IMU. */
  FORCE3("force3");

  private final String id;

  LayoutKind(String id) {
    this.id = id;
  }

  /** The name used in ground truth and on the command line. */
  public String id() {
    return id;
  }

  /** Parses an id such as {@code moticon16-imu} (or the enum name). */
  public static LayoutKind parse(String text) {
    for (LayoutKind k : values()) {
      if (k.id.equalsIgnoreCase(text) || k.name().equalsIgnoreCase(text)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown layout '"
            + text
            + "', expected moticon16-imu, force8, imu-only, moticon16 or force3");
  }
}
