package io.plantaris.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a benchmark ran on: cores the JVM sees and the CPU model, for reports. */
final class Machine {
  private Machine() {}

  static String describe() {
    String model = "unknown CPU";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          model = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
    } catch (IOException e) {
      model = "unknown CPU (" + e.getMessage() + ")";
    }
    return Runtime.getRuntime().availableProcessors() + " cores (nproc), " + model;
  }
}
