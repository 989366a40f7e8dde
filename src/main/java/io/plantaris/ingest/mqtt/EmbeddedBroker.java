package io.plantaris.ingest.mqtt;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import com.hivemq.embedded.EmbeddedHiveMQBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A HiveMQ CE broker running inside the service process, for the demo and for tests. It keeps its
 * sessions, queued QoS 1 messages and retained messages in files, so stop + start on the same
 * directory loses nothing the broker acknowledged. HiveMQ logs through SLF4J in embedded mode, so
 * its lines land in our logback output.
 */
public final class EmbeddedBroker implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);

  private final EmbeddedBrokerConfig config;
  private final EmbeddedExtension extension;
  private final BrokerGuard guard;
  private final BrokerGate gate = new BrokerGate();
  private EmbeddedHiveMQ hivemq;

  public EmbeddedBroker(EmbeddedBrokerConfig config) {
    this(config, null);
  }

  /** With an embedded HiveMQ extension (tests use one to refuse MQTT 5). */
  public EmbeddedBroker(EmbeddedBrokerConfig config, EmbeddedExtension extension) {
    this.config = config;
    this.guard = new BrokerGuard(extension == null ? null : extension.getExtensionMain(), gate);
    this.extension =
        EmbeddedExtension.builder()
            .withId(extension == null ? "plantaris-broker-guard" : extension.getId())
            .withName(extension == null ? "Plantaris broker guard" : extension.getName())
            .withVersion(extension == null ? "1" : extension.getVersion())
            .withExtensionMain(guard)
            .build();
    writeConfig(dir("conf").resolve("config.xml"));
  }

  /** Who may connect now (everyone unless the service closed it until it has subscribed). */
  public BrokerGate gate() {
    return gate;
  }

  /** Clients thrown out for a packet above {@link EmbeddedBrokerConfig#maxPacketBytes()}. */
  public long packetsTooLarge() {
    return guard.packetsTooLarge();
  }

  private EmbeddedHiveMQ build() {
    EmbeddedHiveMQBuilder b =
        EmbeddedHiveMQ.builder()
            .withConfigurationFolder(dir("conf"))
            .withDataFolder(dir("data"))
            .withExtensionsFolder(dir("extensions"));
    return b.withEmbeddedExtension(extension).build();
  }

  /** Starts (or restarts after {@link #stop()}) and waits until the listener accepts clients. */
  public synchronized void start() {
    if (hivemq != null) {
      return;
    }
    long t0 = System.nanoTime();
    BrokerExposure.warnings(config).forEach(log::warn);
    // A fresh instance per start: restarting a stopped EmbeddedHiveMQ (CE 2025.5) fails with
    // "A metric named com.hivemq.networking.bytes.read.total already exists".
    hivemq = build();
    try {
      hivemq.start().get(config.startTimeoutMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the MQTT broker", e);
    } catch (Exception e) {
      close();
      throw new IllegalStateException("MQTT broker did not start on " + endpoint() + ": " + e, e);
    }
    log.info(
        "embedded MQTT broker listening on {}{} (data in {}), started in {} ms",
        endpoint(),
        config.tls() == null ? "" : " and " + config.tls(),
        config.baseDir(),
        (System.nanoTime() - t0) / 1_000_000);
  }

  /** Stops the listener and flushes persistence; {@link #start()} brings it back. */
  public synchronized void stop() {
    if (hivemq == null) {
      return;
    }
    long t0 = System.nanoTime();
    try {
      hivemq.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping the MQTT broker", e);
    } catch (Exception e) {
      throw new IllegalStateException("MQTT broker did not stop: " + e, e);
    } finally {
      hivemq = null;
    }
    log.info("embedded MQTT broker stopped in {} ms", (System.nanoTime() - t0) / 1_000_000);
  }

  /** Where clients connect. */
  public MqttEndpoint endpoint() {
    String host = "0.0.0.0".equals(config.bindAddress()) ? "127.0.0.1" : config.bindAddress();
    return MqttEndpoint.plain(host, config.port());
  }

  @Override
  public void close() {
    try {
      stop();
    } catch (IllegalStateException e) {
      log.warn("closing the embedded MQTT broker: {}", e.getMessage());
    }
  }

  /**
   * QoS 1 messages the broker keeps per client session before it discards new ones (HiveMQ's
   * default is 1000). The service's one session receives every insole's data, so its queue must
   * absorb a backlog: a GC pause, a busy core, or a service restart (500 insoles publish about
   * 2,500 messages a second, so this holds over three minutes). Queued messages live in the
   * broker's file persistence, not only in memory.
   */
  static final int MAX_QUEUED_MESSAGES_PER_CLIENT = 500_000;

  private static String tlsListener(EmbeddedBrokerTls tls) {
    if (tls == null) {
      return "";
    }
    return """
            <tls-tcp-listener>
              <port>%d</port>
              <bind-address>%s</bind-address>
              <tls>
                <keystore>
                  <path>%s</path>
                  <password>%s</password>
                  <private-key-password>%s</private-key-password>
                </keystore>
                <client-authentication-mode>NONE</client-authentication-mode>
              </tls>
            </tls-tcp-listener>
        """
        .formatted(
            tls.port(),
            xml(tls.bindAddress()),
            xml(tls.keyStore().toAbsolutePath().toString()),
            xml(tls.keyStorePassword()),
            xml(tls.keyStorePassword()));
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private Path dir(String name) {
    try {
      return Files.createDirectories(config.baseDir().resolve(name)).toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create broker directory " + name, e);
    }
  }

  private void writeConfig(Path file) {
    String xml =
        """
        <?xml version="1.0"?>
        <hivemq>
          <listeners>
            <tcp-listener>
              <port>%d</port>
              <bind-address>%s</bind-address>
            </tcp-listener>
        %s  </listeners>
          <mqtt>
            <packets>
              <max-packet-size>%d</max-packet-size>
            </packets>
            <queued-messages>
              <max-queue-size>%d</max-queue-size>
              <strategy>discard</strategy>
            </queued-messages>
          </mqtt>
          <persistence>
            <mode>%s</mode>
          </persistence>
          <anonymous-usage-statistics>
            <enabled>false</enabled>
          </anonymous-usage-statistics>
        </hivemq>
        """
            .formatted(
                config.port(),
                config.bindAddress(),
                tlsListener(config.tls()),
                config.maxPacketBytes(),
                MAX_QUEUED_MESSAGES_PER_CLIENT,
                config.persistence() == EmbeddedBrokerConfig.Persistence.FILE
                    ? "file"
                    : "in-memory");
    try {
      Files.writeString(file, xml, StandardCharsets.UTF_8);
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        // it may hold the TLS key store's password
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
