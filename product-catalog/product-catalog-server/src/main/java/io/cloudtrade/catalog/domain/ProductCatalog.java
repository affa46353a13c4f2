package io.cloudtrade.catalog.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One published catalog version of a product: its attributes, prices, constraint rules and period
 * discounts. Checked for consistency when built, so that a bad catalog fails at load, not at quote.
 */
public record ProductCatalog(
    String productCode,
    String productType,
    String productName,
    String currency,
    String version,
    Instant effectiveFrom,
    List<Attribute> attributes,
    List<PriceEntry> prices,
    List<Rule> rules,
    List<PeriodDiscount> discounts) {
  /** The ENUM attribute every product has: where the resource is sold. */
  public static final String REGION_ATTRIBUTE = "Region";

  public ProductCatalog {
    Objects.requireNonNull(productCode, "productCode");
    Objects.requireNonNull(version, "version of " + productCode);
    Objects.requireNonNull(effectiveFrom, "effectiveFrom of " + version);
    attributes = List.copyOf(attributes);
    prices = List.copyOf(prices);
    rules = List.copyOf(rules);
    discounts = List.copyOf(discounts);
    Map<String, Attribute> byCode = new LinkedHashMap<>();
    for (Attribute a : attributes) {
      if (byCode.put(a.code(), a) != null) {
        throw new IllegalArgumentException(version + ": attribute " + a.code() + " is defined twice");
      }
    }
    Attribute region = byCode.get(REGION_ATTRIBUTE);
    if (region == null || region.type() != AttributeType.ENUM) {
      throw new IllegalArgumentException(version + ": needs an ENUM attribute " + REGION_ATTRIBUTE);
    }
    for (PriceEntry p : prices) {
      Attribute a = byCode.get(p.attributeCode());
      if (a == null || (p.isConditional() && !byCode.containsKey(p.whenAttribute()))) {
        throw new IllegalArgumentException(version + ": a price names an unknown attribute: " + p);
      }
      boolean validValue = switch (a.type()) {
        case INT_RANGE -> p.valueCode().equals(PriceEntry.PER_UNIT);
        case BOOLEAN -> p.valueCode().equals("true");
        case ENUM -> a.check(p.valueCode()) == null;
      };
      if (!validValue) {
        throw new IllegalArgumentException(version + ": a price has a value its attribute cannot take: " + p);
      }
    }
    for (Rule r : rules) {
      for (String code : r.attributes()) {
        if (!byCode.containsKey(code)) {
          throw new IllegalArgumentException(version + ": rule " + r.code() + " names an unknown attribute " + code);
        }
      }
    }
  }

  public Optional<Attribute> attribute(String code) {
    return attributes.stream().filter(a -> a.code().equals(code)).findFirst();
  }

  /** The values of the Region attribute, in display order. */
  public List<String> regions() {
    return attribute(REGION_ATTRIBUTE).orElseThrow().values().stream().map(AllowedValue::value).toList();
  }

  public Optional<PeriodDiscount> discountFor(PeriodUnit unit) {
    return discounts.stream().filter(d -> d.periodUnit() == unit).findFirst();
  }

  /**
   * Fills in defaults and checks a configuration: every value of every attribute, then every rule
   * whose attributes all have valid values. Reports every violation, not the first one.
   *
   * @param requested attribute code to value; may be null or empty
   */
  public ResolvedConfiguration resolve(Map<String, String> requested) {
    Map<String, String> given = requested == null ? Map.of() : requested;
    List<Violation> violations = new ArrayList<>();
    given.keySet().stream()
        .filter(code -> attribute(code).isEmpty())
        .sorted()
        .forEach(code -> violations.add(new Violation(Violation.UNKNOWN_ATTRIBUTE,
            code + " is not an attribute of " + productCode + " (catalog " + version + ")")));
    Map<String, String> config = new LinkedHashMap<>();
    List<String> invalid = new ArrayList<>();
    for (Attribute a : attributes) {
      String value = given.containsKey(a.code()) ? given.get(a.code()) : a.defaultValue();
      config.put(a.code(), value);
      String problem = a.check(value);
      if (problem != null) {
        violations.add(Violation.parse(problem));
        invalid.add(a.code());
      }
    }
    for (Rule r : rules) {
      if (r.attributes().stream().noneMatch(invalid::contains)) {
        r.evaluate(config).ifPresent(violations::add);
      }
    }
    return new ResolvedConfiguration(config, violations);
  }
}
