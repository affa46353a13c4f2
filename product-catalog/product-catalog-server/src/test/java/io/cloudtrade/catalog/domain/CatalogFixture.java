package io.cloudtrade.catalog.domain;

import java.time.Instant;
import java.util.List;

/** A small ECS-like catalog version built in code, for unit tests. */
final class CatalogFixture {
  static final Instant EFFECTIVE = Instant.parse("2026-11-01T00:00:00Z");

  private CatalogFixture() {}

  static Attribute anEnum(String code, String module, String defaultValue, String... values) {
    return new Attribute(code, code, module, AttributeType.ENUM,
        java.util.Arrays.stream(values).map(v -> new AllowedValue(v, v)).toList(), null, null, null, null, defaultValue);
  }

  static Attribute anInt(String code, String module, long min, long max, long step, String unit, String defaultValue) {
    return new Attribute(code, code, module, AttributeType.INT_RANGE, List.of(), min, max, step, unit, defaultValue);
  }

  static Attribute aBoolean(String code, String module, String defaultValue) {
    return new Attribute(code, code, module, AttributeType.BOOLEAN, List.of(), null, null, null, null, defaultValue);
  }

  static ProductCatalog ecs() {
    return ecs("ecs-test.1", EFFECTIVE);
  }

  static ProductCatalog ecs(String version, Instant effectiveFrom) {
    return new ProductCatalog("ecs", "ecs", "Elastic Compute Service", "CNY", version, effectiveFrom,
        List.of(
            anEnum("Region", "region", "cn-hangzhou", "cn-hangzhou", "cn-shanghai", "cn-beijing", "ap-southeast-1"),
            anEnum("InstanceType", "instance_type", "ecs.g7.large", "ecs.g7.large", "ecs.c7.large", "ecs.g8i.xlarge"),
            anEnum("NetworkType", "network", "vpc", "vpc", "classic"),
            anInt("InternetMaxBandwidthOut", "bandwidth", 0, 200, 1, "Mbps", "1"),
            anEnum("SystemDiskCategory", "system_disk", "cloud_essd", "cloud_essd", "cloud_efficiency"),
            anInt("SystemDiskSize", "system_disk", 20, 2040, 10, "GB", "40"),
            aBoolean("DeletionProtection", "protection", "false")),
        List.of(
            PriceEntry.of("InstanceType", "ecs.g7.large", "298.00"),
            PriceEntry.of("InstanceType", "ecs.c7.large", "232.00"),
            PriceEntry.of("InstanceType", "ecs.g8i.xlarge", "652.00"),
            PriceEntry.of("InternetMaxBandwidthOut", PriceEntry.PER_UNIT, "23.00"),
            PriceEntry.of("SystemDiskSize", PriceEntry.PER_UNIT, "0.50"),
            PriceEntry.when("SystemDiskSize", PriceEntry.PER_UNIT, "SystemDiskCategory", "cloud_essd", "1.00"),
            PriceEntry.when("SystemDiskSize", PriceEntry.PER_UNIT, "SystemDiskCategory", "cloud_efficiency", "0.35"),
            PriceEntry.of("DeletionProtection", "true", "5.00")),
        List.of(
            Rule.onlyInRegions("G8iOnlyInEastChina", Condition.oneOf("InstanceType", "ecs.g8i.*"), List.of("cn-hangzhou", "cn-shanghai")),
            new Rule("G8iRequiresEssd", RuleKind.REQUIRES, Condition.oneOf("InstanceType", "ecs.g8i.*"),
                Condition.oneOf("SystemDiskCategory", "cloud_essd")),
            new Rule("CloudEfficiencyDiskUpTo500", RuleKind.RANGE_WHEN, Condition.oneOf("SystemDiskCategory", "cloud_efficiency"),
                Condition.between("SystemDiskSize", 20L, 500L)),
            new Rule("PublicBandwidthRequiresVpc", RuleKind.REQUIRES, Condition.between("InternetMaxBandwidthOut", 1L, null),
                Condition.oneOf("NetworkType", "vpc"))),
        List.of(new PeriodDiscount(PeriodUnit.Year, 10, 12, "12 months for the price of 10")));
  }
}
