package io.plantaris.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts environment variables into configuration values, so secrets (store token, MQTT password)
 * stay out of the file: {@code ${NAME}} must be set, {@code ${NAME:-default}} falls back to the
 * default when NAME is unset or empty (the same two forms docker compose understands). Only string
 * values are expanded, never keys or comments, and a value cannot inject YAML.
 */
public final class EnvExpansion {
  private static final Pattern VAR = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?}");

  private EnvExpansion() {}

  /** Expands one string; {@code env} returns null for an unset variable. */
  public static String expand(String text, Function<String, String> env) {
    Matcher m = VAR.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = env.apply(m.group(1));
      if (value == null || value.isEmpty() && m.group(2) != null) {
        if (m.group(2) == null) {
          throw new IllegalArgumentException(
              "environment variable " + m.group(1) + " is not set (used as ${" + m.group(1) + "})");
        }
        value = m.group(3);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Expands every string value of a parsed YAML/JSON tree in place; returns it. */
  public static JsonNode expandTree(JsonNode node, Function<String, String> env) {
    if (node instanceof ObjectNode o) {
      Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        if (e.getValue().isTextual()) {
          e.setValue(TextNode.valueOf(expand(e.getValue().asText(), env)));
        } else {
          expandTree(e.getValue(), env);
        }
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).isTextual()) {
          a.set(i, TextNode.valueOf(expand(a.get(i).asText(), env)));
        } else {
          expandTree(a.get(i), env);
        }
      }
    }
    return node;
  }
}
