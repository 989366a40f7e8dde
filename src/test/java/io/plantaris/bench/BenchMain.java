package io.plantaris.bench;

/**
 * Runs the JMH benchmarks of the test classpath; arguments as for {@code org.openjdk.jmh.Main}
 * (e.g. {@code DecodeBenchmark -f 1 -wi 3 -i 5}).
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    org.openjdk.jmh.Main.main(args);
  }
}
