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
    List<PeriodDiscount> discounts,
    List<PriceTier> tiers,
    RenewalPolicy renewalPolicy) {
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
    tiers = List.copyOf(tiers == null ? List.of() : tiers);
    renewalPolicy = renewalPolicy == null ? RenewalPolicy.AGREED : renewalPolicy;
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
    String tierProblem = tierProblem(byCode, prices, tiers);
    if (tierProblem != null) {
      throw new IllegalArgumentException(version + ": " + tierProblem);
    }
  }

  /** A version as before tiers and renewal policies: no tiers, renewals at the agreed price. */
  public ProductCatalog(String productCode, String productType, String productName, String currency, String version,
      Instant effectiveFrom, List<Attribute> attributes, List<PriceEntry> prices, List<Rule> rules, List<PeriodDiscount> discounts) {
    this(productCode, productType, productName, currency, version, effectiveFrom, attributes, prices, rules, discounts,
        List.of(), RenewalPolicy.AGREED);
  }

  /**
   * The first problem of the tiers: each names an INT_RANGE attribute without a flat per-unit price,
   * the tiers of one attribute end in strictly increasing order, only the last may be unbounded, and
   * the last covers the attribute's maximum.
   *
   * @return null when the tiers are consistent
   */
  static String tierProblem(Map<String, Attribute> byCode, List<PriceEntry> prices, List<PriceTier> tiers) {
    Map<String, List<PriceTier>> byAttribute = new LinkedHashMap<>();
    tiers.forEach(t -> byAttribute.computeIfAbsent(t.attributeCode(), k -> new ArrayList<>()).add(t));
    for (Map.Entry<String, List<PriceTier>> e : byAttribute.entrySet()) {
      Attribute a = byCode.get(e.getKey());
      if (a == null || a.type() != AttributeType.INT_RANGE) {
        return "price tiers name " + e.getKey() + ", which is not an INT_RANGE attribute";
      }
      if (prices.stream().anyMatch(p -> p.attributeCode().equals(a.code()))) {
        return a.code() + " has both price tiers and a per-unit price";
      }
      Long previous = 0L;
      for (PriceTier t : e.getValue()) {
        if (previous == null) {
          return "the tiers of " + a.code() + " go on after an unbounded tier";
        }
        if (t.upTo() != null && t.upTo() <= previous) {
          return "the tiers of " + a.code() + " must end in increasing order, got " + t.upTo() + " after " + previous;
        }
        previous = t.upTo();
      }
      if (previous != null && previous < a.max()) {
        return "the tiers of " + a.code() + " end at " + previous + ", below its maximum " + a.max();
      }
    }
    return null;
  }

  /** The graduated price tiers of an attribute, in order; empty when it has none. */
  public List<PriceTier> tiersOf(String attributeCode) {
    return tiers.stream().filter(t -> t.attributeCode().equals(attributeCode)).toList();
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
    return resolve(requested, List.of());
  }

  /**
   * As {@link #resolve(Map)}, and in the same pass refuses every valid value that is sold out in the
   * Region asked for ({@link Violation#SOLD_OUT}).
   *
   * @param soldOut the stock-outs of this product (other products' are ignored)
   */
  public ResolvedConfiguration resolve(Map<String, String> requested, java.util.Collection<StockOut> soldOut) {
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
    String region = config.get(REGION_ATTRIBUTE);
    if (!invalid.contains(REGION_ATTRIBUTE)) {
      for (Attribute a : attributes) {
        String value = config.get(a.code());
        if (!invalid.contains(a.code()) && soldOut.contains(new StockOut(productCode, region, a.code(), value))) {
          violations.add(new Violation(Violation.SOLD_OUT, a.code() + " " + value + " is sold out in " + REGION_ATTRIBUTE + " " + region));
        }
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
