package io.plantaris.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a benchmark ran on: cores the JVM sees, the CPU model and the load average (the machine may
 * be shared), for reports.
 */
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
    String load = "";
    try {
      String[] l = Files.readString(Path.of("/proc/loadavg")).split(" ");
      load = ", load average " + l[0] + " " + l[1] + " " + l[2];
    } catch (IOException e) {
      load = "";
    }
    return Runtime.getRuntime().availableProcessors() + " cores (nproc), " + model + load;
  }

  /** CPU time this process has used, all threads: a cost that other processes do not inflate. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
