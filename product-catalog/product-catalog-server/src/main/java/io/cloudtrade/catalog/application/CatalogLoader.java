package io.cloudtrade.catalog.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudtrade.catalog.domain.AllowedValue;
import io.cloudtrade.catalog.domain.Attribute;
import io.cloudtrade.catalog.domain.AttributeType;
import io.cloudtrade.catalog.domain.Catalog;
import io.cloudtrade.catalog.domain.Condition;
import io.cloudtrade.catalog.domain.Coupon;
import io.cloudtrade.catalog.domain.PriceTier;
import io.cloudtrade.catalog.domain.Promotion;
import io.cloudtrade.catalog.domain.RenewalPolicy;
import io.cloudtrade.catalog.domain.StockOut;
import io.cloudtrade.catalog.persistence.PriceTierRow;
import io.cloudtrade.catalog.persistence.PromotionAccountRow;
import io.cloudtrade.catalog.domain.PeriodDiscount;
import io.cloudtrade.catalog.domain.PeriodUnit;
import io.cloudtrade.catalog.domain.PriceEntry;
import io.cloudtrade.catalog.domain.ProductCatalog;
import io.cloudtrade.catalog.domain.Rule;
import io.cloudtrade.catalog.domain.RuleKind;
import io.cloudtrade.catalog.persistence.AttributeRow;
import io.cloudtrade.catalog.persistence.AttributeValueRow;
import io.cloudtrade.catalog.persistence.CatalogMapper;
import io.cloudtrade.catalog.persistence.CatalogVersionRow;
import io.cloudtrade.catalog.persistence.PeriodDiscountRow;
import io.cloudtrade.catalog.persistence.PriceRow;
import io.cloudtrade.catalog.persistence.RuleRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads every published and retired catalog version, the promotions, coupons and stock-outs from the database, in one read-only transaction so that
 * the snapshot is consistent, and builds the {@link Catalog}. Rule definitions are JSON: {@code
 * {"when": {"attribute": "...", "values": [...]} or {..., "min": n, "max": n}, "then": {...}}}, and
 * for ONLY_IN_REGIONS {@code {"when": {...}, "regions": [...]}}.
 */
@Component
public class CatalogLoader {
  private final CatalogMapper mapper;
  private final TransactionTemplate readOnly;
  private static final ObjectMapper JSON = new ObjectMapper();

  public CatalogLoader(CatalogMapper mapper, PlatformTransactionManager transactions) {
    this.mapper = mapper;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
  }

  /**
   * Loads every published version.
   *
   * @throws IllegalStateException when a version is inconsistent (unknown attribute in a rule, bad
   *     default, bad JSON...), naming the version
   */
  public Catalog load() {
    return readOnly.execute(status -> build());
  }

  private Catalog build() {
    List<CatalogVersionRow> versions = mapper.publishedVersions();
    Map<Long, List<AttributeRow>> attributes = byVersion(mapper.publishedAttributes(), r -> r.versionId);
    Map<Long, List<AttributeValueRow>> values = byVersion(mapper.publishedAttributeValues(), r -> r.versionId);
    Map<Long, List<PriceRow>> prices = byVersion(mapper.publishedPrices(), r -> r.versionId);
    Map<Long, List<RuleRow>> rules = byVersion(mapper.publishedRules(), r -> r.versionId);
    Map<Long, List<PeriodDiscountRow>> discounts = byVersion(mapper.publishedPeriodDiscounts(), r -> r.versionId);
    Map<Long, List<PriceTierRow>> tiers = byVersion(mapper.publishedTiers(), r -> r.versionId);
    List<ProductCatalog> built = new ArrayList<>();
    List<ProductCatalog> retired = new ArrayList<>();
    for (CatalogVersionRow v : versions) {
      try {
        List<AttributeValueRow> valuesOfVersion = values.getOrDefault(v.versionId, List.of());
        (v.status.equals("OFFLINE") ? retired : built).add(new ProductCatalog(v.productCode, v.productType, v.productName, v.currency, v.version, v.effectiveFrom,
            attributes.getOrDefault(v.versionId, List.of()).stream().map(a -> attribute(a, valuesOfVersion)).toList(),
            prices.getOrDefault(v.versionId, List.of()).stream()
                .map(p -> new PriceEntry(p.attributeCode, p.valueCode, p.whenAttribute, p.whenValue, p.monthlyPrice)).toList(),
            rules.getOrDefault(v.versionId, List.of()).stream().map(CatalogLoader::rule).toList(),
            discounts.getOrDefault(v.versionId, List.of()).stream()
                .map(d -> new PeriodDiscount(PeriodUnit.valueOf(d.periodUnit), d.chargedMonths, d.perMonths, d.description)).toList(),
            tiers.getOrDefault(v.versionId, List.of()).stream().map(t -> new PriceTier(t.attributeCode, t.upTo, t.unitPrice)).toList(),
            RenewalPolicy.valueOf(v.renewalPolicy)));
      } catch (RuntimeException e) {
        throw new IllegalStateException("catalog version " + v.version + " is inconsistent: " + e.getMessage(), e);
      }
    }
    Map<String, java.util.Set<Long>> accounts = mapper.promotionAccounts().stream().collect(Collectors.groupingBy(
        (PromotionAccountRow a) -> a.promotionCode, Collectors.mapping(a -> a.accountId, Collectors.toSet())));
    List<Promotion> promotions = new ArrayList<>();
    mapper.promotions().forEach(p -> promotions.add(new Promotion(p.promotionCode, p.description, p.productCode, p.moduleCode,
        p.subscriptionType, p.newPurchasesOnly, accounts.getOrDefault(p.promotionCode, java.util.Set.of()), p.percentOff,
        p.validFrom, p.validTo)));
    List<Coupon> coupons = new ArrayList<>();
    mapper.coupons().forEach(c -> coupons.add(new Coupon(c.couponCode, c.description, c.productCode, c.currency, c.amountOff,
        c.percentOff, c.minSpend, c.validFrom, c.validTo)));
    List<StockOut> soldOut = mapper.soldOut().stream().map(r -> new StockOut(r.productCode, r.region, r.attributeCode, r.valueCode)).toList();
    return new Catalog(built, retired, promotions, coupons, soldOut);
  }

  static Attribute attribute(AttributeRow a, List<AttributeValueRow> values) {
    List<AllowedValue> allowed = values.stream()
        .filter(v -> v.attributeCode.equals(a.attributeCode))
        .map(v -> new AllowedValue(v.valueCode, v.displayName))
        .toList();
    return new Attribute(a.attributeCode, a.attributeName, a.moduleCode, AttributeType.valueOf(a.attributeType), allowed,
        a.minValue, a.maxValue, a.stepValue, a.unit, a.defaultValue);
  }

  static Rule rule(RuleRow r) {
    try {
      JsonNode d = JSON.readTree(r.definition);
      RuleKind kind = RuleKind.valueOf(r.kind);
      Condition when = condition(d.path("when"), r.ruleCode);
      if (kind == RuleKind.ONLY_IN_REGIONS) {
        return Rule.onlyInRegions(r.ruleCode, when, strings(d.path("regions"), r.ruleCode));
      }
      return new Rule(r.ruleCode, kind, when, condition(d.path("then"), r.ruleCode));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("rule " + r.ruleCode + " has no valid JSON definition", e);
    }
  }

  private static Condition condition(JsonNode node, String ruleCode) {
    if (!node.isObject() || !node.path("attribute").isTextual()) {
      throw new IllegalArgumentException("rule " + ruleCode + " has a condition without an attribute: " + node);
    }
    String attribute = node.get("attribute").asText();
    if (node.has("values")) {
      return new Condition(attribute, strings(node.get("values"), ruleCode), null, null);
    }
    return new Condition(attribute, null, node.has("min") ? node.get("min").asLong() : null, node.has("max") ? node.get("max").asLong() : null);
  }

  private static List<String> strings(JsonNode array, String ruleCode) {
    if (!array.isArray() || array.isEmpty()) {
      throw new IllegalArgumentException("rule " + ruleCode + " needs a non-empty list of values");
    }
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static <R> Map<Long, List<R>> byVersion(List<R> rows, java.util.function.Function<R, Long> version) {
    return rows.stream().collect(Collectors.groupingBy(version));
  }
}
