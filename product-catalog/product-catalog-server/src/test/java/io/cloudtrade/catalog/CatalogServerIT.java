package io.cloudtrade.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.catalog.api.AttributeDefinition;
import io.cloudtrade.catalog.api.AttributeValue;
import io.cloudtrade.catalog.api.AttributeView;
import io.cloudtrade.catalog.api.CatalogAdminService;
import io.cloudtrade.catalog.api.CatalogVersionView;
import io.cloudtrade.catalog.api.ConditionDefinition;
import io.cloudtrade.catalog.api.PriceDefinition;
import io.cloudtrade.catalog.api.ProductDefinition;
import io.cloudtrade.catalog.api.RuleDefinition;
import io.cloudtrade.catalog.api.SoldOutValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import io.cloudtrade.catalog.api.CatalogErrors;
import io.cloudtrade.catalog.api.CatalogService;
import io.cloudtrade.catalog.api.ChangeQuote;
import io.cloudtrade.catalog.api.ChangeQuoteRequest;
import io.cloudtrade.catalog.api.ProductSummary;
import io.cloudtrade.catalog.api.ProductView;
import io.cloudtrade.catalog.api.Quote;
import io.cloudtrade.catalog.api.QuoteLine;
import io.cloudtrade.catalog.api.QuoteRequest;
import io.cloudtrade.catalog.application.CatalogSnapshots;
import io.cloudtrade.catalog.domain.Proration;
import io.cloudtrade.infra.embedded.SharedInfrastructure;
import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import java.util.HashMap;
import java.util.Map;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The catalog server against a real MariaDB and ZooKeeper, called over Dubbo. */
@SpringBootTest(classes = {CatalogServerApplication.class, CatalogServerIT.Clients.class},
    properties = "spring.config.name=" + CatalogServerApplication.CONFIG_NAME)
class CatalogServerIT {
  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    SharedInfrastructure.properties().forEach((k, v) -> registry.add(k, () -> v));
  }

  /** A Dubbo consumer of the server's own export: every call goes through ZooKeeper and TCP. */
  @TestConfiguration
  @Component
  static class Clients {
    @DubboReference CatalogService catalog;
    @DubboReference CatalogAdminService admin;
  }

  @Autowired Clients clients;
  @Autowired JdbcTemplate jdbc;
  @Autowired CatalogSnapshots snapshots;

  private static Money cny(String amount) {
    return Money.of(amount, "CNY");
  }

  private Outcome<Quote> quote(String product, Map<String, String> config, String type, int period, String unit) {
    return clients.catalog.quote(new QuoteRequest().setProductCode(product).setConfig(new HashMap<>(config))
        .setSubscriptionType(type).setPeriod(period).setPeriodUnit(unit));
  }

  @Test
  void listsThePublishedProducts() {
    assertThat(clients.catalog.listProducts())
        .extracting(ProductSummary::getProductCode, ProductSummary::getCatalogVersion, ProductSummary::getCurrency)
        .contains(org.assertj.core.groups.Tuple.tuple("ecs", "ecs-2026.11.2", "CNY"),
            org.assertj.core.groups.Tuple.tuple("rds", "rds-2026.11.1", "CNY"));
  }

  @Test
  void describesAProductWithItsAttributesAndRegions() {
    ProductView ecs = clients.catalog.describeProduct("ecs").value();
    assertThat(ecs.getProductName()).isEqualTo("Elastic Compute Service");
    assertThat(ecs.getRegions()).containsExactly("cn-hangzhou", "cn-shanghai", "cn-beijing", "ap-southeast-1");
    assertThat(ecs.getAttributes()).extracting(AttributeView::getCode).containsExactly(
        "Region", "InstanceType", "NetworkType", "InternetMaxBandwidthOut", "SystemDiskCategory", "SystemDiskSize");
    AttributeView disk = ecs.getAttributes().stream().filter(a -> a.getCode().equals("SystemDiskSize")).findFirst().orElseThrow();
    assertThat(disk.getType()).isEqualTo("INT_RANGE");
    assertThat(disk.getMin()).isEqualTo(20);
    assertThat(disk.getMax()).isEqualTo(2040);
    assertThat(disk.getStep()).isEqualTo(10);
    assertThat(disk.getUnit()).isEqualTo("GB");
    assertThat(disk.getDefaultValue()).isEqualTo("40");
    AttributeView type = ecs.getAttributes().get(1);
    assertThat(type.getDefaultValue()).isEqualTo("ecs.g7.large");
    assertThat(type.getValues()).hasSize(5);
    assertThat(type.getValues().get(0).getName()).contains("2 vCPU 8 GiB");
  }

  @Test
  void anUnknownProductIsNotFound() {
    assertThat(clients.catalog.describeProduct("vax").code()).isEqualTo(CatalogErrors.PRODUCT_NOT_FOUND);
    assertThat(quote("vax", Map.of(), "Subscription", 1, "Month").code()).isEqualTo(CatalogErrors.PRODUCT_NOT_FOUND);
  }

  @Test
  void anEmptyConfigurationPricesTheDefaultOne() {
    Quote q = quote("ecs", Map.of(), "Subscription", 1, "Month").value();
    assertThat(q.getCatalogVersion()).isEqualTo("ecs-2026.11.2");
    assertThat(q.getRegion()).isEqualTo("cn-hangzhou");
    assertThat(q.getConfig()).containsEntry("InstanceType", "ecs.g7.large").containsEntry("SystemDiskSize", "40")
        .containsEntry("NetworkType", "vpc").hasSize(6);
    assertThat(q.getLines()).extracting(QuoteLine::getDescription).containsExactly(
        "InstanceType ecs.g7.large: 298.00 x 1 Month",
        "InternetMaxBandwidthOut 1 Mbps tiered per Mbps: 1 x 23.00 (1-5) = 23.00 x 1 Month",
        "SystemDiskSize 40 GB at 1.00/GB (SystemDiskCategory cloud_essd) = 40.00 x 1 Month");
    assertThat(q.getListPrice()).isEqualTo(cny("361.00"));
    // the seeded winter promotion: 15% off the instance type of a new subscription
    assertThat(q.getDiscounts()).extracting(QuoteLine::getDescription).containsExactly(
        "ECS-WINTER-15 Winter sale: 15% off ECS instance types (15% off): instance_type 298.00 x 15% = 44.70");
    assertThat(q.getDiscount()).isEqualTo(cny("44.70"));
    assertThat(q.getFinalAmount()).isEqualTo(cny("316.30"));
  }

  @Test
  void aYearOfRdsCarriesThePeriodDiscount() {
    Quote q = quote("rds", Map.of("SqlAudit", "true", "DBInstanceStorage", "100"), "Subscription", 1, "Year").value();
    // HA mysql.n2.medium.1 380 + 100 GB ESSD 100 + SQL audit 60 = 540 a month; 6480.00 a year, pay 10 months
    assertThat(q.getListPrice()).isEqualTo(cny("6480.00"));
    assertThat(q.getDiscount()).isEqualTo(cny("1080.00"));
    assertThat(q.getFinalAmount()).isEqualTo(cny("5400.00"));
    assertThat(q.getDiscounts()).singleElement().extracting(QuoteLine::getDescription).asString()
        .startsWith("12 months for the price of 10");
  }

  @Test
  void payAsYouGoIsPricedPerHour() {
    Quote q = quote("ecs", Map.of(), "PayAsYouGo", 1, "Hour").value();
    assertThat(q.getFinalAmount()).isEqualTo(cny("0.49"));
  }

  @Test
  void anInvalidConfigurationReportsEveryViolation() {
    Outcome<Quote> r = quote("ecs", Map.of(
        "InstanceType", "ecs.g8i.xlarge", "Region", "cn-beijing", "SystemDiskCategory", "cloud_efficiency",
        "SystemDiskSize", "1000", "NetworkType", "classic", "InternetMaxBandwidthOut", "5", "Colour", "red"),
        "Subscription", 1, "Month");
    assertThat(r.code()).isEqualTo(CatalogErrors.INVALID_CONFIGURATION);
    assertThat(r.details()).containsExactly(
        "UnknownAttribute: Colour is not an attribute of ecs (catalog ecs-2026.11.2)",
        "G8iOnlyInEastChina: InstanceType ecs.g8i.xlarge is sold only in Region cn-hangzhou, cn-shanghai, not in cn-beijing",
        "G8iRequiresEssd: InstanceType ecs.g8i.xlarge requires SystemDiskCategory in [cloud_essd], got SystemDiskCategory cloud_efficiency",
        "CloudEfficiencyDiskUpTo500: SystemDiskCategory cloud_efficiency requires SystemDiskSize between 20 and 500, got SystemDiskSize 1000",
        "PublicBandwidthRequiresVpc: InternetMaxBandwidthOut 5 requires NetworkType in [vpc], got NetworkType classic");
    assertThat(r.message()).startsWith("5 problem(s) in the configuration of ecs");
  }

  @Test
  void rdsRulesTieEngineVersionsClassesAndStorage() {
    Outcome<Quote> r = quote("rds", Map.of(
        "Engine", "PostgreSQL", "DBInstanceStorageType", "local_ssd", "Category", "Basic", "Region", "ap-southeast-1",
        "DBInstanceStorage", "1502"), "Subscription", 1, "Month");
    assertThat(r.code()).isEqualTo(CatalogErrors.INVALID_CONFIGURATION);
    assertThat(r.details()).extracting(d -> d.substring(0, d.indexOf(':'))).containsExactly(
        "InvalidStep", "PostgreSQLVersions", "PostgreSQLInstanceClasses", "LocalSsdRequiresHighAvailability", "LocalSsdNotInSingapore");
    Quote pg = quote("rds", Map.of("Engine", "PostgreSQL", "EngineVersion", "16", "DBInstanceClass", "pg.n2.medium.1"),
        "Subscription", 1, "Month").value();
    assertThat(pg.getFinalAmount()).isEqualTo(cny("420.00"));
  }

  @Test
  void aPeriodThatIsNotSoldIsRefused() {
    Outcome<Quote> r = quote("ecs", Map.of(), "Subscription", 13, "Month");
    assertThat(r.code()).isEqualTo(CatalogErrors.INVALID_PERIOD);
    assertThat(r.message()).contains("Subscription 13 Month").contains("1-11, 12, 24 or 36 Month");
    assertThat(quote("ecs", Map.of(), "PayAsYouGo", 1, "Month").code()).isEqualTo(CatalogErrors.INVALID_PERIOD);
    assertThat(quote("ecs", Map.of(), "Subscription", 1, "Fortnight").code()).isEqualTo(CatalogErrors.INVALID_PERIOD);
  }

  @Test
  void aProductPublishedInTheDatabaseIsSoldOnceItsVersionTakesEffect() {
    jdbc.update("INSERT INTO product (product_code, product_type, product_name, currency, created_at)"
        + " VALUES ('nas', 'nas', 'File Storage NAS', 'CNY', UTC_TIMESTAMP(3))");
    jdbc.update("INSERT INTO catalog_version (version_id, product_code, version, status, effective_from, created_at, updated_at)"
        + " VALUES (3001, 'nas', 'nas-2026.11.1', 'PUBLISHED', '2099-01-01', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))");
    jdbc.update("INSERT INTO attribute VALUES (3001, 'Region', 'Region', 'region', 'ENUM', NULL, NULL, NULL, NULL, 'cn-hangzhou', 1),"
        + " (3001, 'Capacity', 'Capacity', 'capacity', 'INT_RANGE', 100, 1000, 100, 'GB', '100', 2)");
    jdbc.update("INSERT INTO attribute_value VALUES (3001, 'Region', 'cn-hangzhou', 'China (Hangzhou)', 1)");
    jdbc.update("INSERT INTO price VALUES (3001, 'Capacity', '*', '', '', 0.3500)");
    snapshots.refresh();
    assertThat(clients.catalog.describeProduct("nas").code()).isEqualTo(CatalogErrors.PRODUCT_NOT_FOUND);

    assertThat(jdbc.update("UPDATE catalog_version SET effective_from = '2026-01-01', updated_at = UTC_TIMESTAMP(3)"
        + " WHERE version_id = 3001 AND status = 'PUBLISHED'")).isEqualTo(1);
    snapshots.refresh();
    assertThat(clients.catalog.listProducts()).extracting(ProductSummary::getProductCode).contains("nas");
    Quote q = quote("nas", Map.of("Capacity", "300"), "Subscription", 1, "Month").value();
    assertThat(q.getFinalAmount()).isEqualTo(cny("105.00"));
  }

  // ------------------------------------------------------------------ pricing strategies, stock, pinning

  private Outcome<Quote> quote(QuoteRequest request) {
    return clients.catalog.quote(request);
  }

  private static QuoteRequest request(String product, Map<String, String> config, String type, int period, String unit) {
    return new QuoteRequest().setProductCode(product).setConfig(new HashMap<>(config)).setSubscriptionType(type).setPeriod(period)
        .setPeriodUnit(unit);
  }

  @Test
  void aYearOfEcsAppliesTieredBandwidthPeriodDiscountPromotionAndCouponInThatOrder() {
    Quote q = quote(request("ecs", Map.of("InternetMaxBandwidthOut", "8"), "Subscription", 1, "Year").setCouponCode("WELCOME50")).value();
    // 298 + (5 x 23 + 3 x 80 = 355) + 40 = 693 a month, 8316.00 a year
    assertThat(q.getLines()).extracting(QuoteLine::getAmount).containsExactly(cny("3576.00"), cny("4260.00"), cny("480.00"));
    assertThat(q.getListPrice()).isEqualTo(cny("8316.00"));
    // 12 for 10: 6930.00; winter sale 15% of 3576.00 x 10 / 12 = 2980.00: 447.00; coupon 50.00 off 6483.00
    assertThat(q.getDiscounts()).extracting(QuoteLine::getModuleCode).containsExactly("period_discount", "promotion", "coupon");
    assertThat(q.getDiscounts()).extracting(QuoteLine::getAmount).containsExactly(cny("1386.00"), cny("447.00"), cny("50.00"));
    assertThat(q.getDiscounts().get(2).getDescription()).startsWith("coupon WELCOME50");
    assertThat(q.getFinalAmount()).isEqualTo(cny("6433.00"));
  }

  @Test
  void aCouponThatCannotBeUsedRejectsTheQuote() {
    Outcome<Quote> unknown = quote(request("ecs", Map.of(), "Subscription", 1, "Month").setCouponCode("NOPE"));
    assertThat(unknown.code()).isEqualTo(CatalogErrors.INVALID_COUPON);
    assertThat(unknown.message()).isEqualTo("no coupon NOPE exists");
    Outcome<Quote> tooSmall = quote(request("ecs", Map.of(), "PayAsYouGo", 1, "Hour").setCouponCode("WELCOME50"));
    assertThat(tooSmall.code()).isEqualTo(CatalogErrors.INVALID_COUPON);
    assertThat(tooSmall.message()).contains("at least 300.00 CNY").contains("0.49 CNY");
    jdbc.update("INSERT INTO coupon (coupon_code, description, product_code, currency, amount_off, percent_off, min_spend, valid_from,"
        + " valid_to, created_at) VALUES ('OLD10', '10% off, ended', NULL, 'CNY', NULL, 10.00, 0, '2026-01-01', '2026-02-01', UTC_TIMESTAMP(3)),"
        + " ('RDSONLY', '10% off RDS', 'rds', 'CNY', NULL, 10.00, 0, '2026-01-01', '2099-01-01', UTC_TIMESTAMP(3))");
    snapshots.refresh();
    Outcome<Quote> expired = quote(request("ecs", Map.of(), "Subscription", 1, "Month").setCouponCode("OLD10"));
    assertThat(expired.code()).isEqualTo(CatalogErrors.INVALID_COUPON);
    assertThat(expired.message()).contains("expired");
    Outcome<Quote> otherProduct = quote(request("ecs", Map.of(), "Subscription", 1, "Month").setCouponCode("RDSONLY"));
    assertThat(otherProduct.message()).contains("applies only to product rds");
    assertThat(quote(request("rds", Map.of(), "Subscription", 1, "Month").setCouponCode("RDSONLY")).value().getFinalAmount())
        .isEqualTo(cny("360.00"));
  }

  @Test
  void aPromotionForSomeAccountsAppliesOnlyToThem() {
    jdbc.update("INSERT INTO promotion (promotion_code, description, product_code, module_code, subscription_type, new_purchases_only,"
        + " percent_off, valid_from, valid_to, created_at) VALUES ('RDS-VIP-20', 'VIP', 'rds', NULL, NULL, TRUE, 20.00, '2026-01-01',"
        + " '2099-01-01', UTC_TIMESTAMP(3))");
    jdbc.update("INSERT INTO promotion_account (promotion_code, account_id) VALUES ('RDS-VIP-20', 77)");
    snapshots.refresh();
    assertThat(quote(request("rds", Map.of(), "Subscription", 1, "Month")).value().getFinalAmount()).isEqualTo(cny("400.00"));
    assertThat(quote(request("rds", Map.of(), "Subscription", 1, "Month").setAccountId(78L)).value().getFinalAmount()).isEqualTo(cny("400.00"));
    Quote vip = quote(request("rds", Map.of(), "Subscription", 1, "Month").setAccountId(77L)).value();
    assertThat(vip.getFinalAmount()).isEqualTo(cny("320.00"));
    assertThat(vip.getDiscounts()).singleElement().extracting(QuoteLine::getDescription).asString().startsWith("RDS-VIP-20");
  }

  @Test
  void aSoldOutValueIsListedAndRefusedWithEveryOtherViolation() {
    ProductView ecs = clients.catalog.describeProduct("ecs").value();
    assertThat(ecs.getSoldOut()).extracting(SoldOutValue::getRegion, SoldOutValue::getAttributeCode, SoldOutValue::getValue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("cn-beijing", "InstanceType", "ecs.g7.xlarge"));
    assertThat(ecs.getRenewalPolicy()).isEqualTo("AGREED");
    Outcome<Quote> r = quote("ecs", Map.of("InstanceType", "ecs.g7.xlarge", "Region", "cn-beijing", "NetworkType", "classic"),
        "Subscription", 1, "Month");
    assertThat(r.code()).isEqualTo(CatalogErrors.INVALID_CONFIGURATION);
    assertThat(r.details()).containsExactly("SoldOut: InstanceType ecs.g7.xlarge is sold out in Region cn-beijing",
        "PublicBandwidthRequiresVpc: InternetMaxBandwidthOut 1 requires NetworkType in [vpc], got NetworkType classic");
    assertThat(quote("ecs", Map.of("InstanceType", "ecs.g7.xlarge", "Region", "cn-shanghai"), "Subscription", 1, "Month").isOk()).isTrue();
  }

  @Test
  void aQuotePinnedToTheSupersededSeedVersionUsesItsFlatBandwidthPrice() {
    Quote pinned = quote(request("ecs", Map.of("InternetMaxBandwidthOut", "8"), "Subscription", 1, "Month")
        .setCatalogVersion("ecs-2026.11.1")).value();
    assertThat(pinned.getCatalogVersion()).isEqualTo("ecs-2026.11.1");
    assertThat(pinned.getLines().get(1).getAmount()).isEqualTo(cny("184.00"));
    assertThat(pinned.getDiscounts()).as("a pinned quote is a renewal: no new-purchase promotion").isEmpty();
    assertThat(quote(request("ecs", Map.of(), "Subscription", 1, "Month").setCatalogVersion("ecs-1999.1")).code())
        .isEqualTo(CatalogErrors.INVALID_CATALOG_VERSION);
    assertThat(quote(request("ecs", Map.of(), "Subscription", 1, "Month").setCatalogVersion("rds-2026.11.1")).code())
        .isEqualTo(CatalogErrors.INVALID_CATALOG_VERSION);
  }

  // ------------------------------------------------------------------ changes inside a paid period

  /** November 2026: a 30-day, one-month paid period. */
  private static final Instant PERIOD_START = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant PERIOD_END = Instant.parse("2026-12-01T00:00:00Z");
  private static final Instant HALF_WAY = Instant.parse("2026-11-16T00:00:00Z");
  private static final long BUYER = 42L;
  private static final Map<String, String> G7_LARGE = Map.of("InstanceType", "ecs.g7.large", "Region", "cn-hangzhou");
  private static final Map<String, String> G7_XLARGE = Map.of("InstanceType", "ecs.g7.xlarge", "Region", "cn-hangzhou");

  private static ChangeQuoteRequest change(String type, Map<String, String> oldConfig, Map<String, String> newConfig, Instant at) {
    return new ChangeQuoteRequest().setAccountId(BUYER).setProductCode("ecs").setChangeType(type)
        .setOldConfig(oldConfig == null ? null : new HashMap<>(oldConfig)).setNewConfig(newConfig == null ? null : new HashMap<>(newConfig))
        .setPeriodStart(PERIOD_START).setPeriodEnd(PERIOD_END).setAt(at);
  }

  /** What one month of a configuration costs the buyer today, as a normal quote says. */
  private Money monthly(Map<String, String> config) {
    return quote(request("ecs", config, "Subscription", 1, "Month").setAccountId(BUYER)).value().getFinalAmount();
  }

  @Test
  void anUpgradeAtTheStartOfTheMonthCostsTheWholeDifferenceAndHalfWayAboutHalf() {
    Money oldPrice = monthly(G7_LARGE);
    Money newPrice = monthly(G7_XLARGE);
    ChangeQuote atStart = clients.catalog.quoteChange(change("Upgrade", G7_LARGE, G7_XLARGE, PERIOD_START)).value();
    assertThat(atStart.getCatalogVersion()).isEqualTo("ecs-2026.11.2");
    assertThat(atStart.getOldPrice()).isEqualTo(oldPrice);
    assertThat(atStart.getNewPrice()).isEqualTo(newPrice);
    // 596 + 23 + 40 - 15% of 596 = 569.60 against 316.30
    assertThat(atStart.getAmount()).isEqualTo(newPrice.minus(oldPrice)).isEqualTo(cny("253.30"));
    assertThat(atStart.isRefund()).isFalse();
    assertThat(atStart.getChangeType()).isEqualTo("Upgrade");
    assertThat(atStart.getFormula()).isEqualTo("(P_new - P_old) x remaining / length");
    assertThat(atStart.getNewConfig()).containsEntry("InstanceType", "ecs.g7.xlarge").containsEntry("SystemDiskSize", "40").hasSize(6);

    ChangeQuote halfWay = clients.catalog.quoteChange(change("Upgrade", G7_LARGE, G7_XLARGE, HALF_WAY)).value();
    assertThat(halfWay.getAmount()).isEqualTo(Proration.upgrade(oldPrice, newPrice, PERIOD_START, PERIOD_END, HALF_WAY))
        .isEqualTo(cny("126.65"));
  }

  @Test
  void aDowngradeGivesBackTheRemainingShareOfTheDifference() {
    Money oldPrice = monthly(G7_XLARGE);
    Money newPrice = monthly(G7_LARGE);
    ChangeQuote down = clients.catalog.quoteChange(change("Downgrade", G7_XLARGE, G7_LARGE, HALF_WAY)).value();
    assertThat(down.isRefund()).isTrue();
    assertThat(down.getAmount()).isEqualTo(Proration.downgrade(oldPrice, newPrice, PERIOD_START, PERIOD_END, HALF_WAY));
    assertThat(down.getFormula()).isEqualTo("(P_old - P_new) x remaining / length");
    Outcome<ChangeQuote> dearer = clients.catalog.quoteChange(change("Downgrade", G7_LARGE, G7_XLARGE, HALF_WAY));
    assertThat(dearer.code()).isEqualTo(CatalogErrors.INVALID_CHANGE);
    assertThat(dearer.message()).startsWith("a downgrade must cost less than the current specification");
  }

  @Test
  void anUpgradeToACheaperSpecificationIsNotAnUpgrade() {
    Outcome<ChangeQuote> r = clients.catalog.quoteChange(change("Upgrade", G7_LARGE,
        Map.of("InstanceType", "ecs.c7.large", "Region", "cn-hangzhou"), HALF_WAY));
    assertThat(r.code()).isEqualTo(CatalogErrors.INVALID_CHANGE);
    assertThat(r.message()).startsWith("an upgrade must cost more than the current specification: ");
  }

  @Test
  void anInvalidNewSpecificationListsEveryViolatedRule() {
    Outcome<ChangeQuote> r = clients.catalog.quoteChange(change("Upgrade", G7_LARGE,
        Map.of("InstanceType", "ecs.g8i.xlarge", "Region", "cn-beijing", "SystemDiskCategory", "cloud_efficiency"), HALF_WAY));
    assertThat(r.code()).isEqualTo(CatalogErrors.INVALID_CONFIGURATION);
    assertThat(r.message()).startsWith("the new specification: 2 problem(s) in the configuration of ecs");
    assertThat(r.details()).containsExactly(
        "G8iOnlyInEastChina: InstanceType ecs.g8i.xlarge is sold only in Region cn-hangzhou, cn-shanghai, not in cn-beijing",
        "G8iRequiresEssd: InstanceType ecs.g8i.xlarge requires SystemDiskCategory in [cloud_essd], got SystemDiskCategory cloud_efficiency");
  }

  @Test
  void aTemporaryUpgradeChargesItsWindowWhichMustLieInsideThePaidPeriod() {
    Instant from = Instant.parse("2026-11-20T00:00:00Z");
    Instant to = Instant.parse("2026-11-23T00:00:00Z");
    ChangeQuote temporary = clients.catalog.quoteChange(change("TemporaryUpgrade", G7_LARGE, G7_XLARGE, HALF_WAY)
        .setWindowStart(from).setWindowEnd(to)).value();
    // 3 days of 30: 253.30 / 10
    assertThat(temporary.getAmount()).isEqualTo(Proration.temporaryUpgrade(monthly(G7_LARGE), monthly(G7_XLARGE), PERIOD_START,
        PERIOD_END, HALF_WAY, from, to)).isEqualTo(cny("25.33"));
    assertThat(temporary.isRefund()).isFalse();

    Outcome<ChangeQuote> pastTheEnd = clients.catalog.quoteChange(change("TemporaryUpgrade", G7_LARGE, G7_XLARGE, HALF_WAY)
        .setWindowStart(from).setWindowEnd(PERIOD_END.plusSeconds(86_400)));
    assertThat(pastTheEnd.code()).isEqualTo(CatalogErrors.INVALID_CHANGE);
    assertThat(pastTheEnd.message()).contains("after the paid period ends at " + PERIOD_END);
    Outcome<ChangeQuote> beforeTheStart = clients.catalog.quoteChange(change("TemporaryUpgrade", G7_LARGE, G7_XLARGE, HALF_WAY)
        .setWindowStart(PERIOD_START.minusSeconds(86_400)).setWindowEnd(to));
    assertThat(beforeTheStart.code()).isEqualTo(CatalogErrors.INVALID_CHANGE);
    assertThat(beforeTheStart.message()).contains("before the paid period starts at " + PERIOD_START);
  }

  @Test
  void aRefundAtMidPeriodGivesBackHalfOfWhatWasPaid() {
    ChangeQuote refund = clients.catalog.quoteChange(change("Refund", null, null, HALF_WAY).setPaid(cny("316.30"))).value();
    assertThat(refund.getAmount()).isEqualTo(cny("158.15"));
    assertThat(refund.isRefund()).isTrue();
    assertThat(refund.getCatalogVersion()).isEqualTo("ecs-2026.11.2");
    assertThat(refund.getOldPrice()).isNull();
    assertThat(refund.getNewPrice()).isNull();
    assertThat(refund.getNewConfig()).isNull();
    assertThat(refund.getFormula()).isEqualTo("paid x remaining / length");
    assertThat(clients.catalog.quoteChange(change("Refund", null, null, HALF_WAY).setPaid(cny("1.00")).setProductCode("vax")).code())
        .isEqualTo(CatalogErrors.PRODUCT_NOT_FOUND);
  }

  @Test
  void aChangeInAPeriodThatHasEndedOrAMalformedRequestIsRefused() {
    Outcome<ChangeQuote> ended = clients.catalog.quoteChange(change("Upgrade", G7_LARGE, G7_XLARGE, PERIOD_END));
    assertThat(ended.code()).isEqualTo(CatalogErrors.INVALID_CHANGE);
    assertThat(ended.message()).contains("ended");
    assertThat(clients.catalog.quoteChange(change("Sidegrade", G7_LARGE, G7_XLARGE, HALF_WAY)).code())
        .isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(clients.catalog.quoteChange(change("Upgrade", G7_LARGE, null, HALF_WAY)).code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(clients.catalog.quoteChange(change("Refund", null, null, HALF_WAY)).code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
  }

  @Test
  void aChangePinnedToTheSupersededSeedVersionIsPricedUnderIt() {
    Map<String, String> fiveMbps = Map.of("InternetMaxBandwidthOut", "5");
    Map<String, String> eightMbps = Map.of("InternetMaxBandwidthOut", "8");
    ChangeQuote pinned = clients.catalog.quoteChange(change("Upgrade", fiveMbps, eightMbps, PERIOD_START)
        .setCatalogVersion("ecs-2026.11.1")).value();
    // flat 23.00/Mbps, no new-purchase promotion: 298 + 115 + 40 = 453.00 -> 298 + 184 + 40 = 522.00
    assertThat(pinned.getCatalogVersion()).isEqualTo("ecs-2026.11.1");
    assertThat(pinned.getOldPrice()).isEqualTo(cny("453.00"));
    assertThat(pinned.getNewPrice()).isEqualTo(cny("522.00"));
    assertThat(pinned.getAmount()).isEqualTo(cny("69.00"));
    // the version in force: tiered bandwidth (5 x 23 + 3 x 80 = 355.00), both with the winter sale
    ChangeQuote current = clients.catalog.quoteChange(change("Upgrade", fiveMbps, eightMbps, PERIOD_START)).value();
    assertThat(current.getCatalogVersion()).isEqualTo("ecs-2026.11.2");
    assertThat(current.getAmount()).isEqualTo(cny("240.00"));
    assertThat(clients.catalog.quoteChange(change("Upgrade", fiveMbps, eightMbps, PERIOD_START).setCatalogVersion("ecs-1999.1"))
        .code()).isEqualTo(CatalogErrors.INVALID_CATALOG_VERSION);
  }

  // ------------------------------------------------------------------ versioned publishing

  private static ProductDefinition oss(String perGb) {
    ArrayList<AttributeValue> regions = new ArrayList<>(List.of(new AttributeValue().setValue("cn-hangzhou").setName("China (Hangzhou)")));
    return new ProductDefinition().setProductName("Object Storage Service").setProductType("oss").setCurrency("CNY")
        .setRenewalPolicy("AGREED")
        .setAttributes(new ArrayList<>(List.of(
            new AttributeDefinition().setCode("Region").setName("Region").setModuleCode("region").setType("ENUM").setValues(regions)
                .setDefaultValue("cn-hangzhou"),
            new AttributeDefinition().setCode("Capacity").setName("Capacity").setModuleCode("capacity").setType("INT_RANGE")
                .setMin(100L).setMax(10000L).setStep(100L).setUnit("GB").setDefaultValue("100"))))
        .setPrices(new ArrayList<>(List.of(new PriceDefinition().setAttributeCode("Capacity").setValueCode("*")
            .setMonthlyPrice(new BigDecimal(perGb)))));
  }

  private Quote ossQuote(String pinnedVersion) {
    return quote(request("oss", Map.of("Capacity", "1000"), "Subscription", 1, "Month").setCatalogVersion(pinnedVersion)).value();
  }

  @Test
  void aNewProductIsPublishedThenRepricedWhileRenewalsKeepTheAgreedVersion() throws InterruptedException {
    CatalogAdminService admin = clients.admin;
    long v1 = admin.createDraft("oss", oss("0.12")).value();
    assertThat(admin.validateDraft(v1).value()).isEmpty();
    assertThat(clients.catalog.describeProduct("oss").code()).as("a draft is not sold").isEqualTo(CatalogErrors.PRODUCT_NOT_FOUND);
    CatalogVersionView published = admin.publish(v1, null).value();
    assertThat(published.getStatus()).isEqualTo("PUBLISHED");
    String version1 = published.getVersion();
    assertThat(ossQuote(null).getFinalAmount()).isEqualTo(cny("120.00"));
    assertThat(ossQuote(null).getCatalogVersion()).isEqualTo(version1);

    // a published version is immutable: it cannot be published again, and what it says stays
    assertThat(admin.publish(v1, Instant.now().plusSeconds(3600)).code()).isEqualTo(CatalogErrors.VERSION_NOT_DRAFT);
    assertThat(admin.describeVersion(v1).value().getDefinition().getPrices()).singleElement()
        .extracting(p -> p.getMonthlyPrice().stripTrailingZeros().toPlainString()).isEqualTo("0.12");

    long v2 = admin.createDraft("oss", oss("0.15")).value();
    Instant effective = Instant.now().plusSeconds(3);
    CatalogVersionView second = admin.publish(v2, effective).value();
    assertThat(second.getEffectiveFrom()).isEqualTo(effective.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    assertThat(ossQuote(null).getCatalogVersion()).as("not in force yet").isEqualTo(version1);
    assertThat(quote(request("oss", Map.of(), "Subscription", 1, "Month").setCatalogVersion(second.getVersion())).code())
        .as("a version not in force yet cannot be pinned").isEqualTo(CatalogErrors.INVALID_CATALOG_VERSION);
    while (Instant.now().isBefore(effective.plusMillis(50))) {
      Thread.sleep(100);
    }
    assertThat(ossQuote(null).getCatalogVersion()).isEqualTo(second.getVersion());
    assertThat(ossQuote(null).getFinalAmount()).isEqualTo(cny("150.00"));
    assertThat(ossQuote(version1).getFinalAmount()).as("renewal at the agreed price").isEqualTo(cny("120.00"));

    CatalogVersionView retired = admin.retire(v1).value();
    assertThat(retired.getStatus()).isEqualTo("OFFLINE");
    assertThat(ossQuote(version1).getFinalAmount()).as("a retired version still prices renewals").isEqualTo(cny("120.00"));
    assertThat(admin.retire(v1).code()).isEqualTo(CatalogErrors.VERSION_NOT_PUBLISHED);
    assertThat(admin.publish(v1, null).code()).isEqualTo(CatalogErrors.VERSION_NOT_DRAFT);
    assertThat(admin.listVersions("oss")).extracting(CatalogVersionView::getVersionId, CatalogVersionView::getStatus)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(v2, "PUBLISHED"), org.assertj.core.groups.Tuple.tuple(v1, "OFFLINE"));
  }

  @Test
  void aDraftWithProblemsReportsEveryOneAndCannotBePublished() {
    ProductDefinition bad = oss("0.12");
    bad.getAttributes().add(new AttributeDefinition().setCode("Tier").setName("Tier").setModuleCode("tier").setType("ENUM")
        .setValues(new ArrayList<>(List.of(new AttributeValue().setValue("standard"), new AttributeValue().setValue("archive"))))
        .setDefaultValue("standard"));
    bad.getAttributes().get(1).setDefaultValue("50");
    bad.getPrices().add(new PriceDefinition().setAttributeCode("Tier").setValueCode("standard").setMonthlyPrice(new BigDecimal("1")));
    bad.setRules(new ArrayList<>(List.of(new RuleDefinition().setCode("ArchiveOnlyBig").setKind("REQUIRES")
        .setWhen(new ConditionDefinition().setAttribute("Tier").setValues(new ArrayList<>(List.of("archive"))))
        .setThen(new ConditionDefinition().setAttribute("Size").setMin(1000L)))));
    long id = clients.admin.createDraft("oss-bad", bad).value();
    List<String> problems = clients.admin.validateDraft(id).value();
    assertThat(problems).extracting(p -> p.substring(0, p.indexOf(':'))).containsExactly(
        "InvalidAttribute", "UnknownAttribute", "MissingPrice", "UnknownAttribute");
    assertThat(problems.get(0)).contains("Capacity").contains("OutOfRange");
    assertThat(problems).contains("MissingPrice: Tier archive has no price", "UnknownAttribute: rule ArchiveOnlyBig names an unknown attribute Size");
    Outcome<CatalogVersionView> refused = clients.admin.publish(id, null);
    assertThat(refused.code()).isEqualTo(CatalogErrors.VERSION_INVALID);
    assertThat(refused.details()).isEqualTo(problems);
    assertThat(clients.admin.describeVersion(id).value().getStatus()).isEqualTo("DRAFT");

    long fine = clients.admin.createDraft("oss-bad", oss("0.12")).value();
    assertThat(clients.admin.publish(fine, Instant.now().minusSeconds(3600)).code()).isEqualTo(CatalogErrors.INVALID_EFFECTIVE_FROM);
    assertThat(clients.admin.describeVersion(424242L).code()).isEqualTo(CatalogErrors.VERSION_NOT_FOUND);
    assertThat(clients.admin.createDraft("Bad Code", new ProductDefinition()).code()).isEqualTo(CatalogErrors.INVALID_DEFINITION);
  }
}
