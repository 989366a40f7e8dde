package io.plantaris.importer;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.Locale;

/** Units a CSV mapping may declare, each with its factor to Plantaris units. */
public final class CsvUnits {
  private CsvUnits() {}

  /** Standard gravity, m/s² per g. */
  public static final double STANDARD_GRAVITY = 9.80665;

  /** Time column units, to microseconds. */
  public enum TimeUnit {
    S(1e6, "s"),
    MS(1e3, "ms"),
    US(1.0, "us", "µs");

    final double toMicros;
    private final String[] names;

    TimeUnit(double toMicros, String... names) {
      this.toMicros = toMicros;
      this.names = names;
    }

    @JsonCreator
    public static TimeUnit fromText(String text) {
      return find(values(), text, u -> u.names);
    }
  }

  /** Accelerometer units, to g. */
  public enum AccelUnit {
    G(1.0, "g"),
    M_PER_S2(1.0 / STANDARD_GRAVITY, "m/s2", "m/s²", "m/s^2");

    final double toG;
    private final String[] names;

    AccelUnit(double toG, String... names) {
      this.toG = toG;
      this.names = names;
    }

    @JsonCreator
    public static AccelUnit fromText(String text) {
      return find(values(), text, u -> u.names);
    }
  }

  /** Gyroscope units, to degrees per second. */
  public enum GyroUnit {
    DEG_PER_S(1.0, "deg/s", "dps", "°/s"),
    RAD_PER_S(180.0 / Math.PI, "rad/s");

    final double toDps;
    private final String[] names;

    GyroUnit(double toDps, String... names) {
      this.toDps = toDps;
      this.names = names;
    }

    @JsonCreator
    public static GyroUnit fromText(String text) {
      return find(values(), text, u -> u.names);
    }
  }

  /** Pressure-cell units; pressures are multiplied by the cell area to give newtons. */
  public enum LoadUnit {
    N(0.0, "N"),
    KPA(1e-3, "kPa"),
    N_PER_CM2(1e-2, "N/cm2", "N/cm²");

    /** Newtons per (unit x mm²); 0 for a force unit that needs no area. */
    final double newtonsPerUnitMm2;

    private final String[] names;

    LoadUnit(double newtonsPerUnitMm2, String... names) {
      this.newtonsPerUnitMm2 = newtonsPerUnitMm2;
      this.names = names;
    }

    boolean isPressure() {
      return newtonsPerUnitMm2 > 0;
    }

    @JsonCreator
    public static LoadUnit fromText(String text) {
      return find(values(), text, u -> u.names);
    }
  }

  private static <U extends Enum<U>> U find(
      U[] units, String text, java.util.function.Function<U, String[]> names) {
    for (U u : units) {
      for (String n : names.apply(u)) {
        if (n.toLowerCase(Locale.ROOT).equals(text.trim().toLowerCase(Locale.ROOT))) {
          return u;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown unit '"
            + text
            + "', expected one of "
            + Arrays.stream(units).map(u -> names.apply(u)[0]).toList());
  }
}
