package io.cloudtrade.routing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/** The JSON form of {@link RoutingRules}: strict parsing, pretty output, canonical form and checksum. */
final class RulesJson {
  /**
   * Strict: unknown properties, duplicate keys, trailing tokens, strings or fractions where numbers belong
   * are malformed, not guessed at.
   */
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  private RulesJson() {}

  static RoutingRules parse(byte[] json) {
    if (json == null || json.length == 0) {
      throw new RoutingException("malformed routing rules: empty value");
    }
    try {
      RoutingRules rules = MAPPER.readValue(json, RoutingRules.class);
      if (rules == null) {
        throw new RoutingException("malformed routing rules: null");
      }
      return rules;
    } catch (IOException | RuntimeException e) {
      if (e instanceof RoutingException r) {
        throw r;
      }
      throw new RoutingException("malformed routing rules: " + oneLine(e), e);
    }
  }

  static String pretty(RoutingRules rules) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(rules);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("routing rules cannot be written as JSON", e);
    }
  }

  /** Everything but the checksum, object keys sorted, no whitespace, absent optional values omitted. */
  static String canonical(RoutingRules rules) {
    ObjectNode tree = MAPPER.valueToTree(rules);
    tree.remove("checksum");
    try {
      return MAPPER.writeValueAsString(sorted(tree));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("routing rules cannot be written as JSON", e);
    }
  }

  static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      Collections.sort(names);
      ObjectNode copy = MAPPER.createObjectNode();
      for (String name : names) {
        copy.set(name, sorted(node.get(name)));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = MAPPER.createArrayNode();
      node.forEach(element -> copy.add(sorted(element)));
      return copy;
    }
    return node;
  }

  /** The first line of an exception's message, without Jackson's source excerpt. */
  private static String oneLine(Exception e) {
    String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
