package io.plantaris.bench;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the JMH benchmarks of the test classpath; arguments as for {@code org.openjdk.jmh.Main}.
 *
 * <p>Under {@code mvn exec:java} the classes come from a class loader, not {@code java.class.path},
 * so JMH's forked JVM would not find them; this hands JMH the loader's classpath first. Usage:
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.plantaris.bench.BenchMain -Dexec.args="DecodeBenchmark -f 1 -wi 3 -i 5"
 * </pre>
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
      List<String> entries = new ArrayList<>();
      for (URL url : loader.getURLs()) {
        entries.add(Path.of(url.toURI()).toString());
      }
      System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
    }
    org.openjdk.jmh.Main.main(args);
  }
}
