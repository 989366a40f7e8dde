package io.plantaris.cli;

import io.plantaris.service.PlantarisService;
import io.plantaris.service.ServiceConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the live service until it is stopped (Ctrl-C or SIGTERM). */
@Command(
    name = "run",
    description =
        "Run the live service: embedded MQTT broker, serial ports from the configuration, "
            + "health and metrics over HTTP; prints reps as they happen.")
final class RunCommand implements Callable<Integer> {
  @Option(
      names = {"-c", "--config"},
      description = "YAML configuration file (see plantaris.example.yaml); defaults without one")
  Path config;

  @Override
  public Integer call() throws Exception {
    ServiceConfig cfg = config == null ? ServiceConfig.defaults() : ServiceConfig.load(config);
    LiveReport report = new LiveReport(System.out);
    PlantarisService service = PlantarisService.start(cfg, List.of(report));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.close();
                  stopped.countDown();
                },
                "shutdown"));
    System.out.printf(
        "plantaris is running (ready in %d ms). Health: http://%s:%d/health  Metrics: /metrics%n",
        service.readyMillis(), cfg.httpHost(), service.httpPort());
    stopped.await();
    return 0;
  }
}
