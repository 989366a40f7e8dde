package io.plantaris.cli;

import io.plantaris.importer.RecordingFormat;
import io.plantaris.importer.RecordingReader;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.insole.Recording;
import io.plantaris.insole.Track;
import io.plantaris.service.PlantarisService;
import io.plantaris.service.ServiceConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

  @Option(
      names = "--replay",
      description =
          "also replay these recordings into the service as live insoles (wire .plw, Moticon "
              + "export or CSV with --mapping); all files are one person")
  List<Path> replay = new ArrayList<>();

  @Option(
      names = "--format",
      description = "format of the replayed files: ${COMPLETION-CANDIDATES}")
  RecordingFormat format;

  @Option(names = "--mapping", description = "column mapping for a replayed CSV")
  Path mapping;

  @Option(
      names = "--speed",
      defaultValue = "1",
      description =
          "replay speed, times real time; 0 = as fast as possible (default ${DEFAULT-VALUE})")
  double speed;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path home = DataHome.of(spec);
    ServiceConfig cfg = config == null ? ServiceConfig.defaults(home) : load(config, home);
    Distribution.requireParts(cfg);
    // every recording is read before anything starts: a typo must not start the service
    ReplaySource replaySource = replay.isEmpty() ? null : replaySource();
    LiveReport report = new LiveReport(System.out);
    PlantarisService service = PlantarisService.start(cfg, List.of(report));
    if (replaySource != null) {
      service.ingest().addSource(replaySource);
    }
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

  private static ServiceConfig load(Path file, Path home) {
    Inputs.requireFile(file, "configuration");
    try {
      return ServiceConfig.load(file, System::getenv, home);
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException("configuration " + file + ": " + CliErrors.describe(e));
    }
  }

  private ReplaySource replaySource() throws Exception {
    for (Path p : replay) {
      Inputs.requireFile(p, "recording");
    }
    RecordingFormat f = format != null ? format : RecordingFormat.detect(replay.get(0));
    if (f == RecordingFormat.WIRE) {
      List<byte[]> wires = new ArrayList<>();
      for (Path p : replay) {
        wires.add(Files.readAllBytes(p));
      }
      return ReplaySource.ofWire(wires, speed);
    }
    List<Track> tracks = new ArrayList<>();
    for (Path p : replay) {
      tracks.addAll(RecordingReader.read(p, f, mapping).tracks());
    }
    return ReplaySource.ofRecording(new Recording(tracks), speed);
  }
}
