package io.cloudtrade.catalog.domain;

import java.util.List;
import java.util.Objects;

/**
 * A test on one attribute's value: either membership in a list of values (an entry ending in
 * {@code *} matches by prefix, e.g. {@code ecs.g8i.*}), or a whole number within optional bounds.
 *
 * @param values the values to match, or null for a range condition
 * @param min inclusive lower bound of a range condition, or null
 * @param max inclusive upper bound of a range condition, or null
 */
public record Condition(String attribute, List<String> values, Long min, Long max) {
  public Condition {
    Objects.requireNonNull(attribute, "a condition needs an attribute");
    if (values != null) {
      values = List.copyOf(values);
    }
    if ((values == null) == (min == null && max == null)) {
      throw new IllegalArgumentException("a condition on " + attribute + " needs either values or min/max, not both");
    }
  }

  /** A condition matching any of the given values. */
  public static Condition oneOf(String attribute, String... values) {
    return new Condition(attribute, List.of(values), null, null);
  }

  /** A condition matching whole numbers within [min, max]; either bound may be null. */
  public static Condition between(String attribute, Long min, Long max) {
    return new Condition(attribute, null, min, max);
  }

  boolean isRange() {
    return values == null;
  }

  /** Whether the attribute's value satisfies this condition; a non-number never satisfies a range. */
  boolean matches(String value) {
    if (value == null) {
      return false;
    }
    if (!isRange()) {
      return values.stream().anyMatch(v -> v.endsWith("*") ? value.startsWith(v.substring(0, v.length() - 1)) : v.equals(value));
    }
    long n;
    try {
      n = Long.parseLong(value);
    } catch (NumberFormatException e) {
      return false;
    }
    return (min == null || n >= min) && (max == null || n <= max);
  }

  /** What the condition asks for, e.g. {@code "in [15, 16]"} or {@code "between 20 and 500"}. */
  String describe() {
    if (!isRange()) {
      return "in " + values;
    }
    if (min != null && max != null) {
      return "between " + min + " and " + max;
    }
    return min != null ? "at least " + min : "at most " + max;
  }
}
