package io.plantaris.ingest.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * Kafka's own server in KRaft mode (one node, broker and controller), in the test JVM on free
 * ports, with its data in a temp dir; its log goes to {@code kafka.log} there (see {@link
 * KafkaLogToFile}).
 */
final class KafkaKraft implements AutoCloseable {
  private final KafkaRaftServer server;
  private final String bootstrap;

  private KafkaKraft(KafkaRaftServer server, String bootstrap) {
    this.server = server;
    this.bootstrap = bootstrap;
  }

  static KafkaKraft start(Path dir) throws IOException {
    KafkaLogToFile.to(dir.resolve("kafka.log"));
    int broker = freePort();
    int controller = freePort();
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("listeners", "PLAINTEXT://127.0.0.1:" + broker + ",CONTROLLER://127.0.0.1:" + controller);
    p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + broker);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controller);
    p.put("log.dirs", dir.resolve("data").toString());
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "1");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    Path props = dir.resolve("server.properties");
    try (var out = Files.newOutputStream(props)) {
      p.store(out, "plantaris test");
    }
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    int rc =
        StorageTool.execute(
            new String[] {
              "format", "-t", Uuid.randomUuid().toString(), "-c", props.toString(), "--standalone"
            },
            new PrintStream(said, true));
    if (rc != 0) {
      throw new IOException("kafka-storage format failed: " + said);
    }
    Map<Object, Object> config = new java.util.HashMap<>(p);
    KafkaRaftServer s = new KafkaRaftServer(new KafkaConfig(config), Time.SYSTEM);
    s.startup();
    return new KafkaKraft(s, "127.0.0.1:" + broker);
  }

  String bootstrap() {
    return bootstrap;
  }

  void createTopic(String name, int partitions) throws Exception {
    try (Admin a = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      a.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
  }
}
