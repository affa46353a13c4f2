package io.cloudtrade.reseller.domain.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects every problem of a definition, each as {@code "field: what is wrong"}. */
final class Problems {
  private final List<String> list = new ArrayList<>();

  /** Records {@code problem} against {@code field}; a null problem is no problem. */
  Problems add(String field, String problem) {
    if (problem != null) {
      list.add(field + ": " + problem);
    }
    return this;
  }

  List<String> list() {
    return list;
  }

  /** Null when {@code value} is one of {@code allowed}, else what it must be. */
  static String oneOf(String value, String... allowed) {
    return Arrays.asList(allowed).contains(value)
        ? null
        : "must be one of " + String.join(", ", allowed) + (value == null ? "" : ", got '" + value + "'");
  }
}
