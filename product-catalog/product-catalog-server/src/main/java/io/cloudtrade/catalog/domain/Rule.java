package io.cloudtrade.catalog.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A constraint rule of a product version, kept as data and evaluated generically: "when {@code
 * when} holds, {@code then} must hold". ONLY_IN_REGIONS is the case where {@code then} is a
 * condition on the {@code Region} attribute.
 */
public record Rule(String code, RuleKind kind, Condition when, Condition then) {
  public Rule {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind of rule " + code);
    Objects.requireNonNull(when, "when of rule " + code);
    Objects.requireNonNull(then, "then of rule " + code);
    if (kind == RuleKind.RANGE_WHEN && !then.isRange()) {
      throw new IllegalArgumentException("RANGE_WHEN rule " + code + " needs min/max in then");
    }
    if (kind == RuleKind.ONLY_IN_REGIONS && !then.attribute().equals(ProductCatalog.REGION_ATTRIBUTE)) {
      throw new IllegalArgumentException("ONLY_IN_REGIONS rule " + code + " must constrain " + ProductCatalog.REGION_ATTRIBUTE);
    }
  }

  /** A rule selling the matching values only in the listed regions. */
  public static Rule onlyInRegions(String code, Condition when, List<String> regions) {
    return new Rule(code, RuleKind.ONLY_IN_REGIONS, when, new Condition(ProductCatalog.REGION_ATTRIBUTE, regions, null, null));
  }

  /** The attributes the rule reads. */
  List<String> attributes() {
    return List.of(when.attribute(), then.attribute());
  }

  /**
   * Evaluates the rule against a configuration whose values are all known valid.
   *
   * @return the violation, or empty when the rule holds or does not apply
   */
  Optional<Violation> evaluate(Map<String, String> config) {
    String whenValue = config.get(when.attribute());
    String thenValue = config.get(then.attribute());
    if (!when.matches(whenValue) || then.matches(thenValue)) {
      return Optional.empty();
    }
    String subject = when.attribute() + " " + whenValue;
    String message = switch (kind) {
      case ONLY_IN_REGIONS -> subject + " is sold only in " + then.attribute() + " " + String.join(", ", then.values())
          + ", not in " + thenValue;
      case REQUIRES, RANGE_WHEN -> subject + " requires " + then.attribute() + " " + then.describe()
          + ", got " + then.attribute() + " " + thenValue;
    };
    return Optional.of(new Violation(code, message));
  }
}
