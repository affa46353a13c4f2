package io.cloudtrade.order.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;

/** How an order's configuration (attribute code to value) is stored: a JSON object. */
public final class ConfigJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ConfigJson() {}

  public static String write(Map<String, String> config) {
    try {
      return JSON.writeValueAsString(config);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static HashMap<String, String> read(String json) {
    try {
      return JSON.readValue(json, new TypeReference<HashMap<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable order configuration: " + json, e);
    }
  }
}
