package io.cloudtrade.reseller.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cloudtrade.reseller.api.BusinessModelDefinition;
import io.cloudtrade.reseller.api.RuleSetDefinition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stored form of business models and rule sets: canonical JSON (properties sorted by name, nulls
 * left out, lists in their order), so that equal definitions give equal text and the same SHA-256
 * checksum. A rule set's webhook secret is never part of it. Thread-safe.
 */
public final class DefinitionJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  private DefinitionJson() {}

  /** The canonical JSON of a business model. */
  public static String canonical(BusinessModelDefinition model) {
    return write(model);
  }

  /** The canonical JSON of a rule set, without its webhook secret. */
  public static String canonical(RuleSetDefinition rules) {
    return write(withoutSecret(rules));
  }

  /** A copy of {@code rules} with no webhook secret; the argument is not changed. */
  public static RuleSetDefinition withoutSecret(RuleSetDefinition rules) {
    return readRuleSet(write(rules)).setWebhookSecret(null);
  }

  public static BusinessModelDefinition readBusinessModel(String json) {
    return read(json, BusinessModelDefinition.class);
  }

  public static RuleSetDefinition readRuleSet(String json) {
    return read(json, RuleSetDefinition.class);
  }

  /** The lowercase hex SHA-256 of the UTF-8 bytes of {@code canonicalJson}. */
  public static String checksum(String canonicalJson) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(canonicalJson.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static String write(Object definition) {
    try {
      return MAPPER.writeValueAsString(definition);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + definition.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " is not valid JSON", e);
    }
  }
}
