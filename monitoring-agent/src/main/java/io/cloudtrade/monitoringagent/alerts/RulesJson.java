package io.cloudtrade.monitoringagent.alerts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict reading of a JSON rules document: an unknown key, a value of the wrong type or a duplicate
 * key is an {@link IllegalArgumentException} that names the place ({@code links.PaymentService.pay.
 * latencyThresholdMs}). Shared by the alert rules and the fault-injection rules.
 */
public final class RulesJson {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

  private final String what;

  /** @param what how the messages name the document, e.g. {@code "alert rules"} */
  public RulesJson(String what) {
    this.what = what;
  }

  /** The document's root object; a blank text is an empty object. */
  public JsonNode root(String json) {
    if (json == null || json.isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode node = JSON.readTree(json);
      if (node == null || !node.isObject()) {
        throw fail("", "must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(what + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Refuses any key of {@code node} not in {@code known}. */
  public void onlyKeys(JsonNode node, String path, Set<String> known) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw fail(path.isEmpty() ? name : path + "." + name,
            "unknown key (known here: " + String.join(", ", known.stream().sorted().toList()) + ")");
      }
    }
  }

  /** The object under {@code key}, or null when absent. */
  public JsonNode object(JsonNode node, String path, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isObject()) {
      throw fail(join(path, key), "must be an object");
    }
    return v;
  }

  /** The entries of the object under {@code key} (empty when absent). */
  public Iterable<Map.Entry<String, JsonNode>> entries(JsonNode node, String path, String key) {
    JsonNode v = object(node, path, key);
    if (v == null) {
      return java.util.List.of();
    }
    java.util.List<Map.Entry<String, JsonNode>> out = new java.util.ArrayList<>();
    v.fields().forEachRemaining(e -> {
      if (e.getKey().isBlank()) {
        throw fail(join(path, key), "has a blank name");
      }
      if (!e.getValue().isObject()) {
        throw fail(join(join(path, key), e.getKey()), "must be an object");
      }
      out.add(e);
    });
    return out;
  }

  public Double number(JsonNode node, String path, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isNumber()) {
      throw fail(join(path, key), "must be a number, got " + v);
    }
    double d = v.doubleValue();
    if (!Double.isFinite(d)) {
      throw fail(join(path, key), "must be a finite number, got " + v);
    }
    return d;
  }

  public Long whole(JsonNode node, String path, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw fail(join(path, key), "must be a whole number, got " + v);
    }
    return v.longValue();
  }

  public Boolean bool(JsonNode node, String path, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isBoolean()) {
      throw fail(join(path, key), "must be true or false, got " + v);
    }
    return v.booleanValue();
  }

  public String text(JsonNode node, String path, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw fail(join(path, key), "must be a string, got " + v);
    }
    return v.textValue();
  }

  /** A duration: {@code "500ms"}, {@code "30s"}, {@code "5m"}, {@code "1h"} or ISO-8601 ({@code "PT30S"}). */
  public Duration duration(JsonNode node, String path, String key) {
    String s = text(node, path, key);
    return s == null ? null : parseDuration(s, join(path, key));
  }

  Duration parseDuration(String s, String where) {
    Matcher m = SHORT_DURATION.matcher(s.trim());
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofHours(n);
      };
    }
    try {
      return Duration.parse(s.trim());
    } catch (DateTimeParseException e) {
      throw fail(where, "must be a duration such as \"500ms\", \"30s\", \"5m\", \"1h\" or \"PT30S\", got \"" + s + "\"");
    }
  }

  public IllegalArgumentException fail(String where, String why) {
    return new IllegalArgumentException(what + ": " + (where.isEmpty() ? "" : where + " ") + why);
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
