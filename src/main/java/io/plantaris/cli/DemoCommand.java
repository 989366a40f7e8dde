package io.plantaris.cli;

import io.plantaris.ingest.DeviceStats;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.ingest.mqtt.EmbeddedBrokerConfig;
import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.ingest.mqtt.MqttSourceConfig;
import io.plantaris.service.MqttInsoleBridge;
import io.plantaris.service.PlantarisService;
import io.plantaris.service.ServiceConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The README's main job: starts the service on embedded defaults and lets a virtual insole stream a
 * sample recording to it over MQTT, printing each rep's verdict as it happens.
 */
@Command(
    name = "demo",
    description =
        "Start the service on embedded defaults and stream a sample recording through a virtual "
            + "insole over MQTT, printing each rep's verdict as it happens.")
final class DemoCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..*",
      description = "wire recordings of one person's insoles (default: samples/faults-set.plw)")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--speed",
      defaultValue = "1",
      description = "times real time (default ${DEFAULT-VALUE}); verdicts use device time")
  double speed;

  @Option(names = "--http-port", defaultValue = "8080", description = "0 picks a free port")
  int httpPort;

  @Override
  public Integer call() throws Exception {
    if (files.isEmpty()) {
      files = List.of(Path.of("samples", "faults-set.plw"));
    }
    List<byte[]> wires = new ArrayList<>();
    for (Path f : files) {
      if (!Files.isReadable(f)) {
        System.err.println("demo: cannot read " + f + " (run from the project folder)");
        return 2;
      }
      wires.add(Files.readAllBytes(f));
    }
    int brokerPort = freePortOr(1883);
    Path brokerDir = Files.createTempDirectory("plantaris-demo-broker");
    MqttEndpoint endpoint = MqttEndpoint.plain("127.0.0.1", brokerPort);
    ServiceConfig cfg =
        ServiceConfig.defaults()
            .withBroker(EmbeddedBrokerConfig.of(brokerPort, brokerDir))
            .withMqtt(MqttSourceConfig.of(endpoint).withClientId("plantaris-demo"))
            .withHttpPort(freePortOr(httpPort))
            .withStore(null); // the demo shows live verdicts; `run` stores them
    LiveReport report = new LiveReport(System.out);
    System.out.printf("starting the service: embedded MQTT broker on port %d%n", brokerPort);
    try (PlantarisService service = PlantarisService.start(cfg, List.of(report))) {
      System.out.printf(
          "ready in %d ms; health on http://127.0.0.1:%d/health%n",
          service.readyMillis(), service.httpPort());
      System.out.printf("a virtual insole streams %s at %.1fx real time...%n", files, speed);
      try (MqttInsoleBridge insoles = new MqttInsoleBridge(MqttPublisherConfig.of(endpoint))) {
        ReplaySource replay = ReplaySource.ofWire(wires, speed);
        replay.start(insoles);
        replay.awaitDone();
        awaitQuiet(service);
      }
      printLinkSummary(service);
    }
    System.out.printf(
        "%d reps in %d set(s). Next: `java -jar target/plantaris.jar run` starts the service for "
            + "real insoles (see README, Configuration); `analyze FILE` judges a recording offline.%n",
        report.reps(), report.sets());
    return 0;
  }

  private static void awaitQuiet(PlantarisService service) throws InterruptedException {
    long last = -1;
    for (int stable = 0; stable < 6; ) {
      Thread.sleep(250);
      long samples = 0;
      int queued = 0;
      for (DeviceStats d : service.ingest().devices()) {
        samples += d.samplesOut();
        queued += d.queueDepth();
      }
      stable = samples == last && queued == 0 ? stable + 1 : 0;
      last = samples;
    }
  }

  private static void printLinkSummary(PlantarisService service) {
    for (DeviceStats d : service.ingest().devices()) {
      System.out.printf(
          "insole %s: %d frames, %d samples, %d lost, %d duplicates, decode errors %s%n",
          d.deviceId(),
          d.framesOk(),
          d.samplesOut(),
          d.link().lostFrames(),
          d.link().duplicates(),
          d.decodeErrors().isEmpty() ? "none" : d.decodeErrors());
    }
  }

  private static int freePortOr(int preferred) throws IOException {
    if (preferred > 0) {
      try (ServerSocket s = new ServerSocket(preferred)) {
        return preferred;
      } catch (IOException busy) {
        // taken: fall through to a free one
      }
    }
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
