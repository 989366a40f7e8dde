package io.plantaris.registry;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The registry's JSON mapping: records by their components, instants as ISO-8601 text. A small
 * module instead of jackson-datatype-jsr310 keeps the dependency tree as it is.
 */
public final class RegistryJson {
  private RegistryJson() {}

  /** A new mapper for registry records (indented output). */
  public static ObjectMapper mapper() {
    SimpleModule time = new SimpleModule("instants");
    time.addSerializer(
        Instant.class,
        new JsonSerializer<Instant>() {
          @Override
          public void serialize(Instant value, JsonGenerator gen, SerializerProvider p)
              throws IOException {
            gen.writeString(value.toString());
          }
        });
    time.addDeserializer(
        Instant.class,
        new JsonDeserializer<Instant>() {
          @Override
          public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            try {
              return Instant.parse(p.getValueAsString());
            } catch (DateTimeParseException e) {
              return (Instant)
                  ctx.handleWeirdStringValue(Instant.class, p.getText(), e.getMessage());
            }
          }
        });
    return new ObjectMapper().registerModule(time).enable(SerializationFeature.INDENT_OUTPUT);
  }
}
