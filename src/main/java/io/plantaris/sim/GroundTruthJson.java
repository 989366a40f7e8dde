package io.plantaris.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writes and reads ground-truth files ({@code NAME.truth.json}). */
public final class GroundTruthJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private GroundTruthJson() {}

  public static String toJson(GroundTruth truth) {
    try {
      return MAPPER.writeValueAsString(truth) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static GroundTruth fromJson(String json) throws IOException {
    return MAPPER.readValue(json, GroundTruth.class);
  }

  public static void write(GroundTruth truth, Path file) throws IOException {
    java.nio.file.Files.writeString(file, toJson(truth));
  }

  public static GroundTruth read(Path file) throws IOException {
    return fromJson(java.nio.file.Files.readString(file));
  }
}
