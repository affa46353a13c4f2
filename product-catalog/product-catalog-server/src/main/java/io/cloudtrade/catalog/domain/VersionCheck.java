package io.cloudtrade.catalog.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every problem of a catalog version before it is published, not just the first: what {@link
 * ProductCatalog} would refuse at load, and what would make it unsellable (an ENUM value of a
 * priced attribute without a price, a version pricing nothing). Each problem is a {@link Violation}
 * with one of the codes below. Parts that could not even be built (an attribute with a default
 * outside its range, a rule without a condition...) are reported by the caller with the same codes.
 */
public final class VersionCheck {
  /** an attribute that cannot be built: bad type, range, step, values or default */
  public static final String INVALID_ATTRIBUTE = "InvalidAttribute";
  /** two attributes with the same code */
  public static final String DUPLICATE_ATTRIBUTE = "DuplicateAttribute";
  /** no ENUM attribute Region */
  public static final String MISSING_REGION = "MissingRegion";
  /** a price, tier or rule naming an attribute the version does not have */
  public static final String UNKNOWN_ATTRIBUTE = "UnknownAttribute";
  /** a price for a value its attribute cannot take, or a negative price */
  public static final String INVALID_PRICE = "InvalidPrice";
  /** an ENUM value of a priced attribute without a price, or a version that prices nothing */
  public static final String MISSING_PRICE = "MissingPrice";
  /** inconsistent price tiers */
  public static final String INVALID_TIER = "InvalidTier";
  /** a rule that cannot be built */
  public static final String INVALID_RULE = "InvalidRule";
  /** a period discount that cannot be built, or two for one period unit */
  public static final String INVALID_PERIOD_DISCOUNT = "InvalidPeriodDiscount";
  /** a product without a name, type or ISO 4217 currency */
  public static final String INVALID_PRODUCT = "InvalidProduct";

  private VersionCheck() {}

  /** Every problem among parts that could each be built. */
  public static List<Violation> check(String productName, String productType, String currency, List<Attribute> attributes,
      List<PriceEntry> prices, List<PriceTier> tiers, List<Rule> rules, List<PeriodDiscount> discounts) {
    List<Violation> problems = new ArrayList<>();
    if (productName == null || productName.isBlank() || productType == null || productType.isBlank()) {
      problems.add(new Violation(INVALID_PRODUCT, "a product needs a name and a type"));
    }
    if (currency == null || !currency.matches("[A-Z]{3}")) {
      problems.add(new Violation(INVALID_PRODUCT, "currency must be an ISO 4217 code, got " + currency));
    }
    Map<String, Attribute> byCode = new LinkedHashMap<>();
    for (Attribute a : attributes) {
      if (byCode.put(a.code(), a) != null) {
        problems.add(new Violation(DUPLICATE_ATTRIBUTE, "attribute " + a.code() + " is defined twice"));
      }
    }
    Attribute region = byCode.get(ProductCatalog.REGION_ATTRIBUTE);
    if (region == null || region.type() != AttributeType.ENUM) {
      problems.add(new Violation(MISSING_REGION, "a version needs an ENUM attribute " + ProductCatalog.REGION_ATTRIBUTE));
    }
    Set<String> priced = new HashSet<>();
    for (PriceEntry p : prices) {
      Attribute a = byCode.get(p.attributeCode());
      if (a == null) {
        problems.add(new Violation(UNKNOWN_ATTRIBUTE, "a price names an unknown attribute " + p.attributeCode()));
        continue;
      }
      if (p.isConditional() && !byCode.containsKey(p.whenAttribute())) {
        problems.add(new Violation(UNKNOWN_ATTRIBUTE, "the price of " + p.attributeCode() + " " + p.valueCode()
            + " depends on an unknown attribute " + p.whenAttribute()));
      }
      boolean validValue = switch (a.type()) {
        case INT_RANGE -> p.valueCode().equals(PriceEntry.PER_UNIT);
        case BOOLEAN -> p.valueCode().equals("true");
        case ENUM -> a.check(p.valueCode()) == null;
      };
      if (!validValue) {
        problems.add(new Violation(INVALID_PRICE, "a price of " + a.code() + " is for " + p.valueCode() + ", a value it cannot take"));
      }
      priced.add(a.code());
    }
    for (String code : priced) {
      Attribute a = byCode.get(code);
      if (a.type() == AttributeType.ENUM) {
        for (AllowedValue v : a.values()) {
          if (prices.stream().noneMatch(p -> p.attributeCode().equals(code) && p.valueCode().equals(v.value()))) {
            problems.add(new Violation(MISSING_PRICE, code + " " + v.value() + " has no price"));
          }
        }
      }
    }
    for (PriceTier t : tiers) {
      if (!byCode.containsKey(t.attributeCode())) {
        problems.add(new Violation(UNKNOWN_ATTRIBUTE, "price tiers name an unknown attribute " + t.attributeCode()));
      }
    }
    List<PriceTier> knownTiers = tiers.stream().filter(t -> byCode.containsKey(t.attributeCode())).toList();
    String tierProblem = ProductCatalog.tierProblem(byCode, prices, knownTiers);
    if (tierProblem != null) {
      problems.add(new Violation(INVALID_TIER, tierProblem));
    }
    if (prices.isEmpty() && tiers.isEmpty()) {
      problems.add(new Violation(MISSING_PRICE, "the version prices nothing"));
    }
    Set<String> ruleCodes = new HashSet<>();
    for (Rule r : rules) {
      if (!ruleCodes.add(r.code())) {
        problems.add(new Violation(INVALID_RULE, "rule " + r.code() + " is defined twice"));
      }
      for (String code : r.attributes()) {
        if (!byCode.containsKey(code)) {
          problems.add(new Violation(UNKNOWN_ATTRIBUTE, "rule " + r.code() + " names an unknown attribute " + code));
        }
      }
    }
    Set<PeriodUnit> units = new HashSet<>();
    for (PeriodDiscount d : discounts) {
      if (d.periodUnit() == PeriodUnit.Hour || !units.add(d.periodUnit())) {
        problems.add(new Violation(INVALID_PERIOD_DISCOUNT, "a period discount for " + d.periodUnit()
            + " is not allowed (Hour, or a second one for the unit)"));
      }
    }
    return problems;
  }
}
