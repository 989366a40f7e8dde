package io.plantaris.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.plantaris.protocol.DecodeCounters;
import io.plantaris.protocol.DecodeException;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.FrameListener;
import io.plantaris.protocol.FrameReader;
import io.plantaris.protocol.LinkStats;
import io.plantaris.protocol.SequenceTracker;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Decodes a wire-format recording and prints its frames. */
@Command(
    name = "decode",
    description = "Decode a wire-format recording (.plw) and print one line per frame.")
final class DecodeCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "recording in the Plantaris wire format")
  Path file;

  @Option(names = "--json", description = "one JSON object per frame and a summary object")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SequenceTracker tracker = new SequenceTracker();
    ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    FrameListener listener =
        new FrameListener() {
          @Override
          public void onFrame(Frame frame) {
            SequenceTracker.Verdict verdict = tracker.accept(frame);
            if (json) {
              out.println(write(mapper, FrameText.json(frame, verdict)));
            } else {
              out.println(FrameText.line(frame, verdict));
            }
          }

          @Override
          public void onError(DecodeException e) {
            if (e.header() != null) {
              tracker.accept(e.header().sequence(), e.header().deviceTimeMicros());
            }
            if (json) {
              out.println(
                  write(mapper, Map.of("error", e.reason().name(), "detail", e.getMessage())));
            } else {
              out.println("error " + e.getMessage());
            }
          }
        };
    FrameReader reader = new FrameReader(listener);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[8192];
      for (int n; (n = in.read(buf)) > 0; ) {
        reader.feed(buf, 0, n);
      }
    } catch (NoSuchFileException e) {
      return fail("no such file");
    } catch (AccessDeniedException e) {
      return fail("permission denied");
    } catch (IOException e) {
      return fail(e.getMessage());
    }
    reader.endOfStream();
    DecodeCounters counters = reader.counters();
    LinkStats link = tracker.stats();
    if (json) {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("frames", counters.framesByType());
      summary.put("errors", counters.errorsByReason());
      summary.put("link", link);
      out.println(write(mapper, Map.of("summary", summary)));
    } else {
      out.println(FrameText.summary(counters, link));
    }
    out.flush();
    return 0;
  }

  private int fail(String why) {
    spec.commandLine().getErr().println("decode: cannot read " + file + ": " + why);
    return 2;
  }

  private static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
