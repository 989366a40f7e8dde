package io.plantaris.health;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version the build stamped into {@code plantaris-build.properties} (Maven filtering). */
public final class BuildInfo {
  private static final String RESOURCE = "/io/plantaris/plantaris-build.properties";
  private static final String VERSION = read();

  private BuildInfo() {}

  /** The project version, e.g. {@code 0.2.0}; {@code dev} when the resource was not filtered. */
  public static String version() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "dev");
      return v.startsWith("${") ? "dev" : v;
    } catch (IOException e) {
      return "dev";
    }
  }
}
