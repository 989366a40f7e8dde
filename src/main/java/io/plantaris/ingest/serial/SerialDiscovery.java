package io.plantaris.ingest.serial;

import com.fazecast.jSerialComm.SerialPort;
import io.plantaris.protocol.Descriptor;
import io.plantaris.protocol.FrameReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds insoles among serial ports: sends the DESCRIPTOR_REQUEST on each candidate and keeps those
 * that answer with a valid DESCRIPTOR in time (PROTOCOL.md section 6).
 *
 * <p>Probing opens each port, which resets some USB boards (DTR); probe before starting sources.
 */
public final class SerialDiscovery {
  /** The protocol gives a device 500 ms to answer. */
  public static final long DEFAULT_ANSWER_MILLIS = 500;

  private static final Logger log = LoggerFactory.getLogger(SerialDiscovery.class);
  private static final int POLL_MILLIS = 50;
  private static final int MAX_PARALLEL = 8;

  /** A port that answered, with what the device said it is. */
  public record Found(String path, Descriptor descriptor) {}

  private SerialDiscovery() {}

  /** The ports jSerialComm lists; pseudo-terminals are not among them, pass those explicitly. */
  public static List<String> systemPorts() {
    return Arrays.stream(SerialPort.getCommPorts()).map(SerialPort::getSystemPortPath).toList();
  }

  /** Probes all {@code paths} at once, one thread each; the result keeps their order. */
  public static List<Found> probe(List<String> paths, int baud, long answerMillis) {
    if (paths.isEmpty()) {
      return List.of();
    }
    // Not the common pool: it has one thread on a 2-core machine and the probes block.
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(paths.size(), MAX_PARALLEL));
    try {
      List<Future<Optional<Descriptor>>> probes = new ArrayList<>();
      for (String path : paths) {
        probes.add(pool.submit(() -> probeOne(path, baud, answerMillis)));
      }
      List<Found> found = new ArrayList<>();
      for (int i = 0; i < paths.size(); i++) {
        Optional<Descriptor> d = probes.get(i).get();
        if (d.isPresent()) {
          found.add(new Found(paths.get(i), d.get()));
        }
      }
      return found;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    } catch (ExecutionException e) {
      throw new IllegalStateException("serial probe failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The descriptor {@code path} answers with within {@code answerMillis}, if any. */
  public static Optional<Descriptor> probeOne(String path, int baud, long answerMillis) {
    SerialPort port;
    try {
      port = SerialPorts.open(path, baud, POLL_MILLIS);
    } catch (IOException e) {
      log.debug("probe {}: {}", path, e.getMessage());
      return Optional.empty();
    }
    try {
      AtomicReference<Descriptor> answer = new AtomicReference<>();
      FrameReader reader =
          new FrameReader(
              frame -> {
                if (frame.message() instanceof Descriptor d) {
                  answer.compareAndSet(null, d);
                }
              });
      byte[] hello = SerialPorts.hello();
      SerialPorts.writeAll(port, hello, 0, hello.length);
      long deadline = System.nanoTime() + answerMillis * 1_000_000;
      byte[] buf = new byte[1024];
      while (answer.get() == null && System.nanoTime() < deadline) {
        int n = port.readBytes(buf, buf.length);
        if (n < 0) {
          break;
        }
        reader.feed(buf, 0, n);
      }
      log.debug(
          "probe {}: {} ({})",
          path,
          answer.get() == null ? "no answer" : "insole",
          reader.counters());
      return Optional.ofNullable(answer.get());
    } catch (IOException e) {
      log.debug("probe {}: {}", path, e.getMessage());
      return Optional.empty();
    } finally {
      port.closePort();
    }
  }
}
