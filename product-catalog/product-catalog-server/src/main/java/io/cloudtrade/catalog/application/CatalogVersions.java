package io.cloudtrade.catalog.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudtrade.catalog.api.AttributeDefinition;
import io.cloudtrade.catalog.api.AttributeValue;
import io.cloudtrade.catalog.api.CatalogErrors;
import io.cloudtrade.catalog.api.CatalogVersionView;
import io.cloudtrade.catalog.api.ConditionDefinition;
import io.cloudtrade.catalog.api.PeriodDiscountDefinition;
import io.cloudtrade.catalog.api.PriceDefinition;
import io.cloudtrade.catalog.api.PriceTierDefinition;
import io.cloudtrade.catalog.api.ProductDefinition;
import io.cloudtrade.catalog.api.RuleDefinition;
import io.cloudtrade.catalog.domain.Attribute;
import io.cloudtrade.catalog.domain.AttributeType;
import io.cloudtrade.catalog.domain.PeriodDiscount;
import io.cloudtrade.catalog.domain.PeriodUnit;
import io.cloudtrade.catalog.domain.PriceEntry;
import io.cloudtrade.catalog.domain.PriceTier;
import io.cloudtrade.catalog.domain.ProductCatalog;
import io.cloudtrade.catalog.domain.RenewalPolicy;
import io.cloudtrade.catalog.domain.Rule;
import io.cloudtrade.catalog.domain.RuleKind;
import io.cloudtrade.catalog.domain.VersionCheck;
import io.cloudtrade.catalog.domain.Violation;
import io.cloudtrade.catalog.persistence.AttributeRow;
import io.cloudtrade.catalog.persistence.AttributeValueRow;
import io.cloudtrade.catalog.persistence.CatalogAdminMapper;
import io.cloudtrade.catalog.persistence.CatalogVersionRow;
import io.cloudtrade.catalog.persistence.PeriodDiscountRow;
import io.cloudtrade.catalog.persistence.PriceRow;
import io.cloudtrade.catalog.persistence.PriceTierRow;
import io.cloudtrade.catalog.persistence.ProductRow;
import io.cloudtrade.catalog.persistence.RuleRow;
import io.cloudtrade.kernel.IdGenerator;
import io.cloudtrade.kernel.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The life of a catalog version: written once as a DRAFT (with a new product if need be),
 * validated, published (DRAFT -> PUBLISHED, only when it has no problem and takes effect now or
 * later), retired (PUBLISHED -> OFFLINE). Nothing updates or deletes what a version says: a
 * published version is immutable, and so is a draft (write a new one to change it). Each change of
 * status is a conditional UPDATE on the expected status; losing it is {@link
 * CatalogErrors#VERSION_CONFLICT}. After a publish or retire the snapshot is reloaded at once.
 */
@Service
public class CatalogVersions {
  private static final Logger log = LoggerFactory.getLogger(CatalogVersions.class);
  /** An effectiveFrom this far in the past is taken as now (clock skew between operator and server). */
  static final Duration SKEW = Duration.ofMinutes(1);
  private static final String PRODUCT_CODE = "[a-z][a-z0-9-]{1,31}";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CatalogAdminMapper mapper;
  private final TransactionTemplate tx;
  private final IdGenerator ids;
  private final CatalogSnapshots snapshots;
  private final Clock clock;

  @Autowired
  public CatalogVersions(CatalogAdminMapper mapper, PlatformTransactionManager transactions, IdGenerator ids, CatalogSnapshots snapshots) {
    this(mapper, transactions, ids, snapshots, Clock.systemUTC());
  }

  CatalogVersions(CatalogAdminMapper mapper, PlatformTransactionManager transactions, IdGenerator ids, CatalogSnapshots snapshots,
      Clock clock) {
    this.mapper = mapper;
    this.tx = new TransactionTemplate(transactions);
    this.ids = ids;
    this.snapshots = snapshots;
    this.clock = clock;
  }

  /** See {@code CatalogAdminService#createDraft}. */
  public Outcome<Long> createDraft(String productCode, ProductDefinition d) {
    List<String> problems = shapeProblems(productCode, d);
    if (!problems.isEmpty()) {
      return Outcome.rejected(CatalogErrors.INVALID_DEFINITION, problems.size() + " problem(s) in the definition of " + productCode
          + ": " + String.join("; ", problems), problems);
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    try {
      return insertDraft(productCode, d, now);
    } catch (org.springframework.dao.DuplicateKeyException concurrentCreate) {
      // another operator created the same new product at the same moment: theirs won
      return Outcome.rejected(CatalogErrors.VERSION_CONFLICT, "product " + productCode + " was created concurrently; try again");
    }
  }

  private Outcome<Long> insertDraft(String productCode, ProductDefinition d, Instant now) {
    return tx.execute(status -> {
      ProductRow product = mapper.productForUpdate(productCode);
      String policy = d.getRenewalPolicy() == null ? null : d.getRenewalPolicy();
      if (product == null) {
        product = new ProductRow();
        product.productCode = productCode;
        product.productName = d.getProductName();
        product.productType = d.getProductType();
        product.currency = d.getCurrency();
        product.renewalPolicy = policy == null ? RenewalPolicy.AGREED.name() : policy;
        mapper.insertProduct(product, now);
      } else if (!product.currency.equals(d.getCurrency())) {
        String p = "currency " + d.getCurrency() + " is not the product's currency " + product.currency;
        return Outcome.<Long>rejected(CatalogErrors.INVALID_DEFINITION, p, List.of(p));
      }
      long versionId = ids.next();
      mapper.insertDraft(versionId, productCode, productCode + "-" + versionId, d.getProductName(), d.getProductType(), policy, now);
      insertParts(versionId, d);
      log.info("catalog draft {} of {} created", versionId, productCode);
      return Outcome.ok(versionId);
    });
  }

  /** See {@code CatalogAdminService#describeVersion}. */
  public Outcome<CatalogVersionView> describe(long versionId) {
    CatalogVersionRow v = mapper.version(versionId);
    if (v == null) {
      return notFound(versionId);
    }
    return Outcome.ok(view(v).setDefinition(definition(v)));
  }

  /** See {@code CatalogAdminService#listVersions}. */
  public ArrayList<CatalogVersionView> list(String productCode) {
    ArrayList<CatalogVersionView> out = new ArrayList<>();
    if (productCode != null) {
      mapper.versionsOf(productCode).forEach(v -> out.add(view(v)));
    }
    return out;
  }

  /** See {@code CatalogAdminService#validateDraft}. */
  public Outcome<ArrayList<String>> validate(long versionId) {
    CatalogVersionRow v = mapper.version(versionId);
    if (v == null) {
      return notFound(versionId);
    }
    return Outcome.ok(problems(v));
  }

  /** See {@code CatalogAdminService#publish}. */
  public Outcome<CatalogVersionView> publish(long versionId, Instant effectiveFrom) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Outcome<CatalogVersionView> result = tx.execute(status -> {
      CatalogVersionRow v = mapper.version(versionId);
      if (v == null) {
        return notFound(versionId);
      }
      if (!v.status.equals("DRAFT")) {
        return Outcome.<CatalogVersionView>rejected(CatalogErrors.VERSION_NOT_DRAFT, "catalog version " + v.version + " is "
            + v.status + ": only a DRAFT can be published, and a published version never changes");
      }
      if (effectiveFrom != null && effectiveFrom.isBefore(now.minus(SKEW))) {
        return Outcome.<CatalogVersionView>rejected(CatalogErrors.INVALID_EFFECTIVE_FROM, "effectiveFrom " + effectiveFrom
            + " is in the past (now " + now + " UTC)");
      }
      ArrayList<String> problems = problems(v);
      if (!problems.isEmpty()) {
        return Outcome.<CatalogVersionView>rejected(CatalogErrors.VERSION_INVALID, problems.size() + " problem(s) in catalog version "
            + v.version + ": " + String.join("; ", problems), problems);
      }
      Instant effective = effectiveFrom == null || effectiveFrom.isBefore(now) ? now : effectiveFrom.truncatedTo(ChronoUnit.MILLIS);
      if (mapper.publish(versionId, effective, now) != 1) {
        status.setRollbackOnly();
        return Outcome.<CatalogVersionView>rejected(CatalogErrors.VERSION_CONFLICT, "catalog version " + v.version
            + " changed status meanwhile; read it again");
      }
      mapper.updateProduct(v.productCode, v.draftProductName, v.draftProductType, v.draftRenewalPolicy);
      log.info("catalog version {} published, effective from {}", v.version, effective);
      return Outcome.ok(view(mapper.version(versionId)));
    });
    if (result.isOk()) {
      snapshots.refresh();
    }
    return result;
  }

  /** See {@code CatalogAdminService#retire}. */
  public Outcome<CatalogVersionView> retire(long versionId) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    CatalogVersionRow v = mapper.version(versionId);
    if (v == null) {
      return notFound(versionId);
    }
    if (!v.status.equals("PUBLISHED")) {
      return Outcome.rejected(CatalogErrors.VERSION_NOT_PUBLISHED, "catalog version " + v.version + " is " + v.status
          + ": only a PUBLISHED version can be retired");
    }
    if (mapper.retire(versionId, now) != 1) {
      return Outcome.rejected(CatalogErrors.VERSION_CONFLICT, "catalog version " + v.version + " changed status meanwhile; read it again");
    }
    log.info("catalog version {} retired", v.version);
    snapshots.refresh();
    return Outcome.ok(view(mapper.version(versionId)));
  }

  private static <T extends java.io.Serializable> Outcome<T> notFound(long versionId) {
    return Outcome.rejected(CatalogErrors.VERSION_NOT_FOUND, "no catalog version " + versionId);
  }

  // ------------------------------------------------------------------ shape of a definition

  private static List<String> shapeProblems(String productCode, ProductDefinition d) {
    List<String> p = new ArrayList<>();
    if (productCode == null || !productCode.matches(PRODUCT_CODE)) {
      p.add("product code must match " + PRODUCT_CODE + ", got " + productCode);
    }
    if (d == null) {
      p.add("a product definition is required");
      return p;
    }
    if (blank(d.getProductName()) || blank(d.getProductType())) {
      p.add("productName and productType are required");
    }
    if (d.getCurrency() == null || !d.getCurrency().matches("[A-Z]{3}")) {
      p.add("currency must be an ISO 4217 code, got " + d.getCurrency());
    }
    if (d.getRenewalPolicy() != null && !isEnum(RenewalPolicy.class, d.getRenewalPolicy())) {
      p.add("renewalPolicy must be AGREED or CURRENT, got " + d.getRenewalPolicy());
    }
    if (d.getAttributes() == null || d.getAttributes().isEmpty()) {
      p.add("at least one attribute (Region) is required");
    } else {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (AttributeDefinition a : d.getAttributes()) {
        if (a != null && !blank(a.getCode()) && !seen.add(a.getCode())) {
          p.add(VersionCheck.DUPLICATE_ATTRIBUTE + ": attribute " + a.getCode() + " is defined twice");
        }
        if (a == null || blank(a.getCode()) || blank(a.getModuleCode()) || blank(a.getDefaultValue())
            || !isEnum(AttributeType.class, a.getType())) {
          p.add("every attribute needs a code, a moduleCode, a defaultValue and a type ENUM, INT_RANGE or BOOLEAN: " + a);
        } else if (a.getValues() != null && a.getValues().stream().anyMatch(v -> v == null || blank(v.getValue()))) {
          p.add("attribute " + a.getCode() + " has a value without a value code");
        }
      }
    }
    for (PriceDefinition x : list(d.getPrices())) {
      if (x == null || blank(x.getAttributeCode()) || blank(x.getValueCode()) || x.getMonthlyPrice() == null) {
        p.add("every price needs an attributeCode, a valueCode and a monthlyPrice: " + x);
      } else if (x.getMonthlyPrice().scale() > 4) {
        p.add("the price of " + x.getAttributeCode() + " " + x.getValueCode() + " has more than 4 decimals");
      }
    }
    for (PriceTierDefinition t : list(d.getTiers())) {
      if (t == null || blank(t.getAttributeCode()) || t.getUnitPrice() == null) {
        p.add("every tier needs an attributeCode and a unitPrice: " + t);
      }
    }
    for (RuleDefinition r : list(d.getRules())) {
      if (r == null || blank(r.getCode()) || !isEnum(RuleKind.class, r.getKind())) {
        p.add("every rule needs a code and a kind ONLY_IN_REGIONS, REQUIRES or RANGE_WHEN: " + r);
      }
    }
    for (PeriodDiscountDefinition x : list(d.getPeriodDiscounts())) {
      if (x == null || !isEnum(PeriodUnit.class, x.getPeriodUnit()) || blank(x.getDescription())) {
        p.add("every period discount needs a periodUnit and a description: " + x);
      }
    }
    return p;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static <E extends Enum<E>> boolean isEnum(Class<E> type, String name) {
    try {
      Enum.valueOf(type, name);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }

  // ------------------------------------------------------------------ definition <-> rows

  private void insertParts(long versionId, ProductDefinition d) {
    List<AttributeRow> attributes = new ArrayList<>();
    List<AttributeValueRow> values = new ArrayList<>();
    int order = 0;
    for (AttributeDefinition a : d.getAttributes()) {
      AttributeRow r = new AttributeRow();
      r.versionId = versionId;
      r.attributeCode = a.getCode();
      r.attributeName = blank(a.getName()) ? a.getCode() : a.getName();
      r.moduleCode = a.getModuleCode();
      r.attributeType = a.getType();
      r.minValue = a.getMin();
      r.maxValue = a.getMax();
      r.stepValue = a.getStep();
      r.unit = a.getUnit();
      r.defaultValue = a.getDefaultValue();
      r.sortOrder = order += 10;
      attributes.add(r);
      int valueOrder = 0;
      for (AttributeValue v : list(a.getValues())) {
        AttributeValueRow vr = new AttributeValueRow();
        vr.versionId = versionId;
        vr.attributeCode = a.getCode();
        vr.valueCode = v.getValue();
        vr.displayName = blank(v.getName()) ? v.getValue() : v.getName();
        vr.sortOrder = ++valueOrder;
        values.add(vr);
      }
    }
    // a duplicate attribute code cannot be stored; keep the first and let validation not see it twice
    List<AttributeRow> distinct = new ArrayList<>();
    attributes.stream().filter(a -> distinct.stream().noneMatch(x -> x.attributeCode.equals(a.attributeCode))).forEach(distinct::add);
    mapper.insertAttributes(distinct);
    List<AttributeValueRow> distinctValues = new ArrayList<>();
    values.stream().filter(v -> distinctValues.stream().noneMatch(x -> x.attributeCode.equals(v.attributeCode) && x.valueCode.equals(v.valueCode)))
        .forEach(distinctValues::add);
    if (!distinctValues.isEmpty()) {
      mapper.insertAttributeValues(distinctValues);
    }
    List<PriceRow> prices = new ArrayList<>();
    for (PriceDefinition x : list(d.getPrices())) {
      PriceRow r = new PriceRow();
      r.versionId = versionId;
      r.attributeCode = x.getAttributeCode();
      r.valueCode = x.getValueCode();
      r.whenAttribute = x.getWhenAttribute() == null ? "" : x.getWhenAttribute();
      r.whenValue = x.getWhenValue() == null ? "" : x.getWhenValue();
      r.monthlyPrice = x.getMonthlyPrice();
      prices.add(r);
    }
    if (!prices.isEmpty()) {
      mapper.insertPrices(prices);
    }
    List<PriceTierRow> tiers = new ArrayList<>();
    for (PriceTierDefinition t : list(d.getTiers())) {
      PriceTierRow r = new PriceTierRow();
      r.versionId = versionId;
      r.attributeCode = t.getAttributeCode();
      r.tierNo = (int) tiers.stream().filter(x -> x.attributeCode.equals(t.getAttributeCode())).count() + 1;
      r.upTo = t.getUpTo();
      r.unitPrice = t.getUnitPrice();
      tiers.add(r);
    }
    if (!tiers.isEmpty()) {
      mapper.insertTiers(tiers);
    }
    List<RuleRow> rules = new ArrayList<>();
    int ruleOrder = 0;
    for (RuleDefinition x : list(d.getRules())) {
      RuleRow r = new RuleRow();
      r.versionId = versionId;
      r.ruleCode = x.getCode();
      r.kind = x.getKind();
      r.definition = ruleJson(x);
      r.sortOrder = ++ruleOrder;
      rules.add(r);
    }
    if (!rules.isEmpty()) {
      mapper.insertRules(rules);
    }
    List<PeriodDiscountRow> discounts = new ArrayList<>();
    for (PeriodDiscountDefinition x : list(d.getPeriodDiscounts())) {
      PeriodDiscountRow r = new PeriodDiscountRow();
      r.versionId = versionId;
      r.periodUnit = x.getPeriodUnit();
      r.chargedMonths = x.getChargedMonths();
      r.perMonths = x.getPerMonths();
      r.description = x.getDescription();
      discounts.add(r);
    }
    if (!discounts.isEmpty()) {
      mapper.insertPeriodDiscounts(discounts);
    }
  }

  private static String ruleJson(RuleDefinition r) {
    ObjectNode root = JSON.createObjectNode();
    if (r.getWhen() != null) {
      root.set("when", conditionJson(r.getWhen()));
    }
    if (r.getThen() != null) {
      root.set("then", conditionJson(r.getThen()));
    }
    if (r.getRegions() != null) {
      ArrayNode regions = root.putArray("regions");
      r.getRegions().forEach(regions::add);
    }
    return root.toString();
  }

  private static ObjectNode conditionJson(ConditionDefinition c) {
    ObjectNode n = JSON.createObjectNode();
    n.put("attribute", c.getAttribute());
    if (c.getValues() != null) {
      ArrayNode values = n.putArray("values");
      c.getValues().forEach(values::add);
    }
    if (c.getMin() != null) {
      n.put("min", c.getMin());
    }
    if (c.getMax() != null) {
      n.put("max", c.getMax());
    }
    return n;
  }

  private static ConditionDefinition condition(com.fasterxml.jackson.databind.JsonNode n) {
    if (n == null || !n.isObject()) {
      return null;
    }
    ConditionDefinition c = new ConditionDefinition().setAttribute(n.path("attribute").asText(null));
    if (n.has("values")) {
      List<String> values = new ArrayList<>();
      n.get("values").forEach(v -> values.add(v.asText()));
      c.setValues(new ArrayList<>(values));
    }
    if (n.has("min")) {
      c.setMin(n.get("min").asLong());
    }
    if (n.has("max")) {
      c.setMax(n.get("max").asLong());
    }
    return c;
  }

  private CatalogVersionView view(CatalogVersionRow v) {
    return new CatalogVersionView().setVersionId(v.versionId).setProductCode(v.productCode).setVersion(v.version).setStatus(v.status)
        .setEffectiveFrom(v.effectiveFrom).setCreatedAt(v.createdAt).setUpdatedAt(v.updatedAt);
  }

  private ProductDefinition definition(CatalogVersionRow v) {
    long id = v.versionId;
    List<AttributeValueRow> values = mapper.attributeValuesOf(id);
    ArrayList<AttributeDefinition> attributes = new ArrayList<>();
    for (AttributeRow a : mapper.attributesOf(id)) {
      ArrayList<AttributeValue> own = new ArrayList<>();
      values.stream().filter(x -> x.attributeCode.equals(a.attributeCode))
          .forEach(x -> own.add(new AttributeValue().setValue(x.valueCode).setName(x.displayName)));
      attributes.add(new AttributeDefinition().setCode(a.attributeCode).setName(a.attributeName).setModuleCode(a.moduleCode)
          .setType(a.attributeType).setValues(own).setMin(a.minValue).setMax(a.maxValue).setStep(a.stepValue).setUnit(a.unit)
          .setDefaultValue(a.defaultValue));
    }
    ArrayList<PriceDefinition> prices = new ArrayList<>();
    mapper.pricesOf(id).forEach(p -> prices.add(new PriceDefinition().setAttributeCode(p.attributeCode).setValueCode(p.valueCode)
        .setWhenAttribute(blank(p.whenAttribute) ? null : p.whenAttribute).setWhenValue(blank(p.whenAttribute) ? null : p.whenValue)
        .setMonthlyPrice(p.monthlyPrice)));
    ArrayList<PriceTierDefinition> tiers = new ArrayList<>();
    mapper.tiersOf(id).forEach(t -> tiers.add(new PriceTierDefinition().setAttributeCode(t.attributeCode).setUpTo(t.upTo)
        .setUnitPrice(t.unitPrice)));
    ArrayList<RuleDefinition> rules = new ArrayList<>();
    for (RuleRow r : mapper.rulesOf(id)) {
      RuleDefinition rd = new RuleDefinition().setCode(r.ruleCode).setKind(r.kind);
      try {
        com.fasterxml.jackson.databind.JsonNode n = JSON.readTree(r.definition);
        rd.setWhen(condition(n.get("when"))).setThen(condition(n.get("then")));
        if (n.has("regions")) {
          ArrayList<String> regions = new ArrayList<>();
          n.get("regions").forEach(x -> regions.add(x.asText()));
          rd.setRegions(regions);
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("rule " + r.ruleCode + " of version " + id + " is not JSON", e);
      }
      rules.add(rd);
    }
    ArrayList<PeriodDiscountDefinition> discounts = new ArrayList<>();
    mapper.periodDiscountsOf(id).forEach(x -> discounts.add(new PeriodDiscountDefinition().setPeriodUnit(x.periodUnit)
        .setChargedMonths(x.chargedMonths).setPerMonths(x.perMonths).setDescription(x.description)));
    return new ProductDefinition()
        .setProductName(v.draftProductName == null ? v.productName : v.draftProductName)
        .setProductType(v.draftProductType == null ? v.productType : v.draftProductType)
        .setCurrency(v.currency)
        .setRenewalPolicy(v.draftRenewalPolicy == null ? v.renewalPolicy : v.draftRenewalPolicy)
        .setAttributes(attributes).setPrices(prices).setTiers(tiers).setRules(rules).setPeriodDiscounts(discounts);
  }

  // ------------------------------------------------------------------ validation

  /** Every problem of a stored version, each "code: message". */
  private ArrayList<String> problems(CatalogVersionRow v) {
    long id = v.versionId;
    List<Violation> problems = new ArrayList<>();
    List<AttributeValueRow> values = mapper.attributeValuesOf(id);
    List<Attribute> attributes = build(mapper.attributesOf(id), a -> CatalogLoader.attribute(a, values), VersionCheck.INVALID_ATTRIBUTE,
        problems);
    List<PriceEntry> prices = build(mapper.pricesOf(id),
        p -> new PriceEntry(p.attributeCode, p.valueCode, p.whenAttribute, p.whenValue, p.monthlyPrice), VersionCheck.INVALID_PRICE, problems);
    List<PriceTier> tiers = build(mapper.tiersOf(id), t -> new PriceTier(t.attributeCode, t.upTo, t.unitPrice),
        VersionCheck.INVALID_TIER, problems);
    List<Rule> rules = build(mapper.rulesOf(id), CatalogLoader::rule, VersionCheck.INVALID_RULE, problems);
    List<PeriodDiscount> discounts = build(mapper.periodDiscountsOf(id),
        d -> new PeriodDiscount(PeriodUnit.valueOf(d.periodUnit), d.chargedMonths, d.perMonths, d.description),
        VersionCheck.INVALID_PERIOD_DISCOUNT, problems);
    String name = v.draftProductName == null ? v.productName : v.draftProductName;
    String type = v.draftProductType == null ? v.productType : v.draftProductType;
    problems.addAll(VersionCheck.check(name, type, v.currency, attributes, prices, tiers, rules, discounts));
    if (problems.isEmpty()) {
      try {
        new ProductCatalog(v.productCode, type, name, v.currency, v.version, v.effectiveFrom, attributes, prices, rules, discounts, tiers,
            RenewalPolicy.AGREED);
      } catch (RuntimeException e) {
        problems.add(new Violation(VersionCheck.INVALID_PRODUCT, e.getMessage()));
      }
    }
    ArrayList<String> out = new ArrayList<>();
    problems.forEach(p -> out.add(p.detail()));
    return out;
  }

  private static <R, T> List<T> build(List<R> rows, java.util.function.Function<R, T> f, String code, List<Violation> problems) {
    List<T> out = new ArrayList<>();
    for (R r : rows) {
      try {
        out.add(f.apply(r));
      } catch (RuntimeException e) {
        problems.add(new Violation(code, e.getMessage()));
      }
    }
    return out;
  }

}
