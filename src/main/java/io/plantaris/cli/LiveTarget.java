package io.plantaris.cli;

import io.plantaris.insole.Track;
import io.plantaris.sim.LiveStreamer;
import io.plantaris.sim.OutputStreamSink;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.WireSink;
import io.plantaris.sim.live.MqttWireSink;
import io.plantaris.sim.live.SerialWireSink;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses a {@code --live} target and streams a simulation to it in real time. */
final class LiveTarget {
  private LiveTarget() {}

  static int stream(String target, SimulationResult result) throws Exception {
    try (WireSink sink = sink(target, result)) {
      System.out.println(
          "streaming " + result.recording().tracks().size() + " device(s) to " + target);
      LiveStreamer.realTime(sink).stream(result);
    }
    return 0;
  }

  /**
   * {@code file:PATH} (two insoles: PATH.left / PATH.right), {@code serial:/dev/pts/N[,/dev/pts/M]}
   * (one port per insole), {@code mqtt://host:port}.
   */
  static WireSink sink(String target, SimulationResult result) throws IOException {
    List<Track> tracks = result.recording().tracks();
    if (target.startsWith("file:")) {
      String path = target.substring("file:".length());
      Map<String, OutputStream> streams = new LinkedHashMap<>();
      for (Track t : tracks) {
        String p = tracks.size() == 1 ? path : path + "." + t.layout().side().name().toLowerCase();
        streams.put(t.layout().deviceId(), Files.newOutputStream(Path.of(p)));
      }
      return new OutputStreamSink(streams);
    }
    if (target.startsWith("serial:")) {
      return new SerialWireSink(Arrays.asList(target.substring(7).split(",")), 115200);
    }
    if (target.startsWith("mqtt://")) {
      URI uri = URI.create(target);
      return new MqttWireSink(uri.getHost(), uri.getPort() < 0 ? 1883 : uri.getPort());
    }
    throw new IllegalArgumentException(
        "--live must be file:PATH, serial:/dev/..., or mqtt://host:port, was " + target);
  }
}
