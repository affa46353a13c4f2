package io.cloudtrade.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.catalog.api.AttributeView;
import io.cloudtrade.catalog.api.CatalogErrors;
import io.cloudtrade.catalog.api.CatalogService;
import io.cloudtrade.catalog.api.ProductSummary;
import io.cloudtrade.catalog.api.ProductView;
import io.cloudtrade.catalog.api.Quote;
import io.cloudtrade.catalog.api.QuoteLine;
import io.cloudtrade.catalog.api.QuoteRequest;
import io.cloudtrade.catalog.application.CatalogSnapshots;
import io.cloudtrade.infra.embedded.SharedInfrastructure;
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
        .contains(org.assertj.core.groups.Tuple.tuple("ecs", "ecs-2026.11.1", "CNY"),
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
    assertThat(q.getCatalogVersion()).isEqualTo("ecs-2026.11.1");
    assertThat(q.getRegion()).isEqualTo("cn-hangzhou");
    assertThat(q.getConfig()).containsEntry("InstanceType", "ecs.g7.large").containsEntry("SystemDiskSize", "40")
        .containsEntry("NetworkType", "vpc").hasSize(6);
    assertThat(q.getLines()).extracting(QuoteLine::getDescription).containsExactly(
        "InstanceType ecs.g7.large: 298.00 x 1 Month",
        "InternetMaxBandwidthOut 1 Mbps at 23.00/Mbps = 23.00 x 1 Month",
        "SystemDiskSize 40 GB at 1.00/GB (SystemDiskCategory cloud_essd) = 40.00 x 1 Month");
    assertThat(q.getListPrice()).isEqualTo(cny("361.00"));
    assertThat(q.getDiscount()).isEqualTo(cny("0.00"));
    assertThat(q.getFinalAmount()).isEqualTo(cny("361.00"));
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
        "UnknownAttribute: Colour is not an attribute of ecs (catalog ecs-2026.11.1)",
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
    jdbc.update("INSERT INTO product VALUES ('nas', 'nas', 'File Storage NAS', 'CNY', UTC_TIMESTAMP(3))");
    jdbc.update("INSERT INTO catalog_version VALUES (3001, 'nas', 'nas-2026.11.1', 'PUBLISHED', '2099-01-01', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))");
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
}
