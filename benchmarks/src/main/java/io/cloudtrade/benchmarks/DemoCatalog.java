package io.cloudtrade.benchmarks;

import io.cloudtrade.catalog.application.CatalogLoader;
import io.cloudtrade.catalog.application.CatalogSnapshots;
import io.cloudtrade.catalog.domain.AllowedValue;
import io.cloudtrade.catalog.domain.Attribute;
import io.cloudtrade.catalog.domain.AttributeType;
import io.cloudtrade.catalog.domain.Catalog;
import io.cloudtrade.catalog.domain.Condition;
import io.cloudtrade.catalog.domain.PeriodDiscount;
import io.cloudtrade.catalog.domain.PeriodUnit;
import io.cloudtrade.catalog.domain.PriceEntry;
import io.cloudtrade.catalog.domain.ProductCatalog;
import io.cloudtrade.catalog.domain.Rule;
import io.cloudtrade.catalog.domain.RuleKind;
import java.time.Instant;
import java.util.List;

/**
 * The demo catalog that {@code product-catalog-server}'s migration {@code
 * db/migration/ct_catalog/V2__demo_catalog.sql} seeds (ecs-2026.11.1 and rds-2026.11.1), built in
 * memory from the same rows, the way {@link CatalogLoader} builds it from the database. Keep the two in
 * step: the benchmarks check the quotes they compute against the amounts the gateway returns for the
 * seeded catalog (see {@link QuoteScenario}).
 */
final class DemoCatalog {
  static final Instant EFFECTIVE_FROM = Instant.parse("2026-11-01T00:00:00Z");

  private DemoCatalog() {}

  static Catalog catalog() {
    return new Catalog(List.of(ecs(), rds()));
  }

  /**
   * The catalog server's own snapshot holder over this in-memory catalog: {@link CatalogLoader#load()}
   * is the one method overridden, so nothing touches a database.
   */
  static CatalogSnapshots snapshots() {
    Catalog catalog = catalog();
    CatalogLoader inMemory = new CatalogLoader(null, null) {
      @Override
      public Catalog load() {
        return catalog;
      }
    };
    return new CatalogSnapshots(inMemory);
  }

  static ProductCatalog ecs() {
    List<Attribute> attributes = List.of(
        enumeration("Region", "Region", "region", "cn-hangzhou",
            value("cn-hangzhou", "China (Hangzhou)"), value("cn-shanghai", "China (Shanghai)"),
            value("cn-beijing", "China (Beijing)"), value("ap-southeast-1", "Singapore")),
        enumeration("InstanceType", "Instance type", "instance_type", "ecs.g7.large",
            value("ecs.g7.large", "ecs.g7.large (2 vCPU 8 GiB, general purpose)"),
            value("ecs.g7.xlarge", "ecs.g7.xlarge (4 vCPU 16 GiB, general purpose)"),
            value("ecs.c7.large", "ecs.c7.large (2 vCPU 4 GiB, compute optimized)"),
            value("ecs.r7.large", "ecs.r7.large (2 vCPU 16 GiB, memory optimized)"),
            value("ecs.g8i.xlarge", "ecs.g8i.xlarge (4 vCPU 16 GiB, general purpose, Intel Emerald Rapids)")),
        enumeration("NetworkType", "Network type", "network", "vpc", value("vpc", "VPC"), value("classic", "Classic network")),
        range("InternetMaxBandwidthOut", "Public bandwidth", "bandwidth", 0, 200, 1, "Mbps", "1"),
        enumeration("SystemDiskCategory", "System disk category", "system_disk", "cloud_essd",
            value("cloud_essd", "ESSD (PL1)"), value("cloud_ssd", "Standard SSD"), value("cloud_efficiency", "Ultra disk")),
        range("SystemDiskSize", "System disk size", "system_disk", 20, 2040, 10, "GB", "40"));
    List<PriceEntry> prices = List.of(
        PriceEntry.of("InstanceType", "ecs.g7.large", "298.0000"),
        PriceEntry.of("InstanceType", "ecs.g7.xlarge", "596.0000"),
        PriceEntry.of("InstanceType", "ecs.c7.large", "232.0000"),
        PriceEntry.of("InstanceType", "ecs.r7.large", "396.0000"),
        PriceEntry.of("InstanceType", "ecs.g8i.xlarge", "652.0000"),
        PriceEntry.of("InternetMaxBandwidthOut", "*", "23.0000"),
        PriceEntry.when("SystemDiskSize", "*", "SystemDiskCategory", "cloud_essd", "1.0000"),
        PriceEntry.when("SystemDiskSize", "*", "SystemDiskCategory", "cloud_ssd", "1.0000"),
        PriceEntry.when("SystemDiskSize", "*", "SystemDiskCategory", "cloud_efficiency", "0.3500"));
    List<Rule> rules = List.of(
        Rule.onlyInRegions("G8iOnlyInEastChina", Condition.oneOf("InstanceType", "ecs.g8i.*"), List.of("cn-hangzhou", "cn-shanghai")),
        new Rule("G8iRequiresEssd", RuleKind.REQUIRES, Condition.oneOf("InstanceType", "ecs.g8i.*"),
            Condition.oneOf("SystemDiskCategory", "cloud_essd")),
        new Rule("CloudEfficiencyDiskUpTo500", RuleKind.RANGE_WHEN, Condition.oneOf("SystemDiskCategory", "cloud_efficiency"),
            Condition.between("SystemDiskSize", 20L, 500L)),
        new Rule("PublicBandwidthRequiresVpc", RuleKind.REQUIRES, Condition.between("InternetMaxBandwidthOut", 1L, null),
            Condition.oneOf("NetworkType", "vpc")));
    return new ProductCatalog("ecs", "ecs", "Elastic Compute Service", "CNY", "ecs-2026.11.1", EFFECTIVE_FROM,
        attributes, prices, rules, List.of(yearDiscount()));
  }

  static ProductCatalog rds() {
    List<Attribute> attributes = List.of(
        enumeration("Region", "Region", "region", "cn-hangzhou",
            value("cn-hangzhou", "China (Hangzhou)"), value("cn-shanghai", "China (Shanghai)"),
            value("cn-beijing", "China (Beijing)"), value("ap-southeast-1", "Singapore")),
        enumeration("Engine", "Database engine", "engine", "MySQL", value("MySQL", "MySQL"), value("PostgreSQL", "PostgreSQL")),
        enumeration("EngineVersion", "Engine version", "engine", "8.0",
            value("5.7", "MySQL 5.7"), value("8.0", "MySQL 8.0"), value("15", "PostgreSQL 15"), value("16", "PostgreSQL 16")),
        enumeration("Category", "Edition", "instance_class", "HighAvailability",
            value("Basic", "Basic (single node)"), value("HighAvailability", "High-availability (primary and standby)")),
        enumeration("DBInstanceClass", "Instance class", "instance_class", "mysql.n2.medium.1",
            value("mysql.n2.medium.1", "mysql.n2.medium.1 (2 vCPU 4 GiB)"), value("mysql.n4.large.1", "mysql.n4.large.1 (4 vCPU 16 GiB)"),
            value("pg.n2.medium.1", "pg.n2.medium.1 (2 vCPU 4 GiB)"), value("pg.n4.large.1", "pg.n4.large.1 (4 vCPU 16 GiB)")),
        enumeration("DBInstanceStorageType", "Storage type", "storage", "cloud_essd",
            value("cloud_essd", "ESSD (PL1) cloud disk"), value("local_ssd", "Local SSD")),
        range("DBInstanceStorage", "Storage", "storage", 20, 2000, 5, "GB", "20"),
        new Attribute("SqlAudit", "SQL Explorer and audit", "sql_audit", AttributeType.BOOLEAN, List.of(), null, null, null, null, "false"));
    List<PriceEntry> prices = List.of(
        PriceEntry.when("DBInstanceClass", "mysql.n2.medium.1", "Category", "Basic", "190.0000"),
        PriceEntry.when("DBInstanceClass", "mysql.n2.medium.1", "Category", "HighAvailability", "380.0000"),
        PriceEntry.when("DBInstanceClass", "mysql.n4.large.1", "Category", "Basic", "640.0000"),
        PriceEntry.when("DBInstanceClass", "mysql.n4.large.1", "Category", "HighAvailability", "1280.0000"),
        PriceEntry.when("DBInstanceClass", "pg.n2.medium.1", "Category", "Basic", "200.0000"),
        PriceEntry.when("DBInstanceClass", "pg.n2.medium.1", "Category", "HighAvailability", "400.0000"),
        PriceEntry.when("DBInstanceClass", "pg.n4.large.1", "Category", "Basic", "660.0000"),
        PriceEntry.when("DBInstanceClass", "pg.n4.large.1", "Category", "HighAvailability", "1320.0000"),
        PriceEntry.when("DBInstanceStorage", "*", "DBInstanceStorageType", "cloud_essd", "1.0000"),
        PriceEntry.when("DBInstanceStorage", "*", "DBInstanceStorageType", "local_ssd", "0.8000"),
        PriceEntry.of("SqlAudit", "true", "60.0000"));
    List<Rule> rules = List.of(
        new Rule("MySQLVersions", RuleKind.REQUIRES, Condition.oneOf("Engine", "MySQL"), Condition.oneOf("EngineVersion", "5.7", "8.0")),
        new Rule("PostgreSQLVersions", RuleKind.REQUIRES, Condition.oneOf("Engine", "PostgreSQL"), Condition.oneOf("EngineVersion", "15", "16")),
        new Rule("MySQLInstanceClasses", RuleKind.REQUIRES, Condition.oneOf("Engine", "MySQL"), Condition.oneOf("DBInstanceClass", "mysql.*")),
        new Rule("PostgreSQLInstanceClasses", RuleKind.REQUIRES, Condition.oneOf("Engine", "PostgreSQL"),
            Condition.oneOf("DBInstanceClass", "pg.*")),
        new Rule("LocalSsdRequiresHighAvailability", RuleKind.REQUIRES, Condition.oneOf("DBInstanceStorageType", "local_ssd"),
            Condition.oneOf("Category", "HighAvailability")),
        new Rule("LocalSsdUpTo1000", RuleKind.RANGE_WHEN, Condition.oneOf("DBInstanceStorageType", "local_ssd"),
            Condition.between("DBInstanceStorage", 20L, 1000L)),
        Rule.onlyInRegions("LocalSsdNotInSingapore", Condition.oneOf("DBInstanceStorageType", "local_ssd"),
            List.of("cn-hangzhou", "cn-shanghai", "cn-beijing")));
    return new ProductCatalog("rds", "rds", "ApsaraDB RDS", "CNY", "rds-2026.11.1", EFFECTIVE_FROM,
        attributes, prices, rules, List.of(yearDiscount()));
  }

  private static PeriodDiscount yearDiscount() {
    return new PeriodDiscount(PeriodUnit.Year, 10, 12, "12 months for the price of 10");
  }

  private static AllowedValue value(String code, String name) {
    return new AllowedValue(code, name);
  }

  private static Attribute enumeration(String code, String name, String module, String defaultValue, AllowedValue... values) {
    return new Attribute(code, name, module, AttributeType.ENUM, List.of(values), null, null, null, null, defaultValue);
  }

  private static Attribute range(String code, String name, String module, long min, long max, long step, String unit, String defaultValue) {
    return new Attribute(code, name, module, AttributeType.INT_RANGE, List.of(), min, max, step, unit, defaultValue);
  }
}
