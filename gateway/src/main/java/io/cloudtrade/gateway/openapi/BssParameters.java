package io.cloudtrade.gateway.openapi;

import io.cloudtrade.kernel.CommonErrors;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Typed reads of an OpenAPI request's parameters; a bad value is a 400 naming the parameter. */
final class BssParameters {
  private final Map<String, String> params;

  BssParameters(Map<String, String> params) {
    this.params = params;
  }

  String text(String name) {
    String v = params.get(name);
    return v == null || v.isEmpty() ? null : v;
  }

  String required(String name) {
    String v = text(name);
    if (v == null) {
      throw new BssException(400, CommonErrors.MISSING_PARAMETER, "the parameter " + name + " is required");
    }
    return v;
  }

  Integer integer(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException e) {
      throw new BssException(400, CommonErrors.INVALID_PARAMETER, "the parameter " + name + " must be an integer");
    }
  }

  Long longValue(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return Long.valueOf(v);
    } catch (NumberFormatException e) {
      throw new BssException(400, CommonErrors.INVALID_PARAMETER, "the parameter " + name + " must be an integer");
    }
  }

  Instant time(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw new BssException(400, CommonErrors.INVALID_PARAMETER, "the parameter " + name + " must be yyyy-MM-ddTHH:mm:ssZ");
    }
  }

  /** A flattened list such as Parameter.1.Code / Parameter.1.Value, as the SDK sends it. */
  Map<String, String> pairs(String list, String keyField, String valueField) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (int i = 1; i <= 100; i++) {
      String key = text(list + "." + i + "." + keyField);
      if (key == null) {
        if (text(list + "." + i + "." + valueField) != null) {
          throw new BssException(400, CommonErrors.INVALID_PARAMETER, list + "." + i + "." + keyField + " is required");
        }
        continue;
      }
      if (out.put(key, params.getOrDefault(list + "." + i + "." + valueField, "")) != null) {
        throw new BssException(400, CommonErrors.INVALID_PARAMETER, list + " names " + key + " twice");
      }
    }
    return out;
  }
}
