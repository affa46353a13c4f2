package io.cloudtrade.catalog.domain;

import java.util.List;
import java.util.Objects;

/**
 * A typed configuration item of a product version, belonging to a pricing module. Every attribute
 * has a default, so an empty configuration is a complete one.
 *
 * @param values allowed values of an ENUM, in display order; empty otherwise
 * @param min lower bound of an INT_RANGE, null otherwise
 * @param max upper bound of an INT_RANGE, null otherwise
 * @param step step of an INT_RANGE (valid values are min + k * step), null otherwise
 * @param unit unit of an INT_RANGE, e.g. {@code GB}; may be null
 */
public record Attribute(
    String code,
    String name,
    String moduleCode,
    AttributeType type,
    List<AllowedValue> values,
    Long min,
    Long max,
    Long step,
    String unit,
    String defaultValue) {

  public Attribute {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(moduleCode, "moduleCode of " + code);
    Objects.requireNonNull(type, "type of " + code);
    values = List.copyOf(values == null ? List.of() : values);
    if (type == AttributeType.ENUM && values.isEmpty()) {
      throw new IllegalArgumentException("ENUM attribute " + code + " has no allowed values");
    }
    if (type == AttributeType.INT_RANGE && (min == null || max == null || step == null || step <= 0 || min > max)) {
      throw new IllegalArgumentException("INT_RANGE attribute " + code + " needs min <= max and a positive step");
    }
    String problem = check(code, type, values, min, max, step, unit, defaultValue);
    if (problem != null) {
      throw new IllegalArgumentException("default of attribute " + code + " is invalid: " + problem);
    }
  }

  /**
   * Checks one value of this attribute.
   *
   * @return null if the value is valid, else a {@link Violation} code and message joined by ": "
   */
  String check(String value) {
    return check(code, type, values, min, max, step, unit, value);
  }

  private static String check(
      String code, AttributeType type, List<AllowedValue> values, Long min, Long max, Long step, String unit, String value) {
    if (value == null) {
      return Violation.INVALID_ATTRIBUTE_VALUE + ": " + code + " has no value";
    }
    switch (type) {
      case ENUM -> {
        if (values.stream().noneMatch(v -> v.value().equals(value))) {
          return Violation.INVALID_ATTRIBUTE_VALUE + ": " + code + " " + value + " is not one of "
              + values.stream().map(AllowedValue::value).toList();
        }
      }
      case BOOLEAN -> {
        if (!value.equals("true") && !value.equals("false")) {
          return Violation.INVALID_ATTRIBUTE_VALUE + ": " + code + " " + value + " is not true or false";
        }
      }
      case INT_RANGE -> {
        long n;
        try {
          n = Long.parseLong(value);
        } catch (NumberFormatException e) {
          return Violation.INVALID_ATTRIBUTE_VALUE + ": " + code + " " + value + " is not a whole number";
        }
        if (n < min || n > max) {
          return Violation.OUT_OF_RANGE + ": " + code + " " + value + " is outside " + min + ".." + max + unitSuffix(unit);
        }
        if ((n - min) % step != 0) {
          return Violation.INVALID_STEP + ": " + code + " " + value + " is not " + min + " plus a multiple of " + step + unitSuffix(unit);
        }
      }
    }
    return null;
  }

  private static String unitSuffix(String unit) {
    return unit == null || unit.isEmpty() ? "" : " " + unit;
  }

  /** {@code "SystemDiskSize 40 GB"}, {@code "InstanceType ecs.g7.large"}. */
  String describe(String value) {
    return code + " " + value + (type == AttributeType.INT_RANGE ? unitSuffix(unit) : "");
  }
}
