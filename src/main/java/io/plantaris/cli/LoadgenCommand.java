package io.plantaris.cli;

import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.loadgen.LoadRun;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs N virtual insoles at 100 Hz over MQTT against a running service and reports its figures. */
@Command(
    name = "loadgen",
    description =
        "Stream N virtual insoles at 100 Hz over MQTT into a running service (`run`) and report "
            + "loss, sample-to-verdict latency (p50/p99), resident memory and CPU per 100 insoles.")
final class LoadgenCommand implements Callable<Integer> {
  @Option(names = "--insoles", defaultValue = "100", description = "virtual insoles")
  int insoles;

  @Option(names = "--seconds", defaultValue = "300", description = "how long to stream")
  long seconds;

  @Option(names = "--broker-host", defaultValue = "127.0.0.1")
  String brokerHost;

  @Option(names = "--broker-port", defaultValue = "1883")
  int brokerPort;

  @Option(
      names = "--service",
      defaultValue = "http://127.0.0.1:8080",
      description = "the service's HTTP base, for /health and /metrics")
  URI service;

  @Option(
      names = "--tick-ms",
      defaultValue = "200",
      description = "each insole publishes what became due every tick (200 ms = 4 frames/message)")
  long tickMillis;

  @Option(names = "--prefix", defaultValue = "load", description = "device id prefix")
  String prefix;

  @Override
  public Integer call() throws Exception {
    MqttPublisherConfig cfg = MqttPublisherConfig.of(MqttEndpoint.plain(brokerHost, brokerPort));
    LoadRun.Result r =
        new LoadRun(cfg, service, insoles, seconds, tickMillis, prefix, System.out::println).run();
    System.out.println(r.report());
    return r.lossless() ? 0 : 1;
  }
}
