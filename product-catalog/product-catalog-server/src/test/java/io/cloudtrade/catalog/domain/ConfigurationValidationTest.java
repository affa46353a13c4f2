package io.cloudtrade.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationValidationTest {
  private final ProductCatalog ecs = CatalogFixture.ecs();

  private List<String> violations(Map<String, String> config) {
    return ecs.resolve(config).violations().stream().map(Violation::detail).toList();
  }

  @Test
  void anEmptyConfigurationIsTheDefaultOneInAttributeOrder() {
    ResolvedConfiguration r = ecs.resolve(Map.of());
    assertThat(r.isValid()).isTrue();
    assertThat(r.config()).containsExactly(
        Map.entry("Region", "cn-hangzhou"), Map.entry("InstanceType", "ecs.g7.large"), Map.entry("NetworkType", "vpc"),
        Map.entry("InternetMaxBandwidthOut", "1"), Map.entry("SystemDiskCategory", "cloud_essd"),
        Map.entry("SystemDiskSize", "40"), Map.entry("DeletionProtection", "false"));
    assertThat(r.region()).isEqualTo("cn-hangzhou");
  }

  @Test
  void aNullConfigurationIsTheDefaultOne() {
    assertThat(ecs.resolve(null).isValid()).isTrue();
  }

  @Test
  void reportsEveryAttributeProblemNotJustTheFirst() {
    List<String> v = violations(Map.of(
        "Colour", "red",
        "InstanceType", "ecs.x9.huge",
        "InternetMaxBandwidthOut", "lots",
        "SystemDiskSize", "5000",
        "DeletionProtection", "maybe"));
    assertThat(v).containsExactlyInAnyOrder(
        "UnknownAttribute: Colour is not an attribute of ecs (catalog ecs-test.1)",
        "InvalidAttributeValue: InstanceType ecs.x9.huge is not one of [ecs.g7.large, ecs.c7.large, ecs.g8i.xlarge]",
        "InvalidAttributeValue: InternetMaxBandwidthOut lots is not a whole number",
        "OutOfRange: SystemDiskSize 5000 is outside 20..2040 GB",
        "InvalidAttributeValue: DeletionProtection maybe is not true or false");
  }

  @Test
  void anIntOffTheStepIsRefused() {
    assertThat(violations(Map.of("SystemDiskSize", "45")))
        .containsExactly("InvalidStep: SystemDiskSize 45 is not 20 plus a multiple of 10 GB");
  }

  @Test
  void aNullValueIsRefused() {
    java.util.HashMap<String, String> config = new java.util.HashMap<>();
    config.put("NetworkType", null);
    assertThat(violations(config)).containsExactly("InvalidAttributeValue: NetworkType has no value");
  }

  @Test
  void onlyInRegionsMatchesByPrefix() {
    assertThat(violations(Map.of("InstanceType", "ecs.g8i.xlarge", "Region", "cn-beijing")))
        .containsExactly("G8iOnlyInEastChina: InstanceType ecs.g8i.xlarge is sold only in Region cn-hangzhou, cn-shanghai, not in cn-beijing");
    assertThat(violations(Map.of("InstanceType", "ecs.g8i.xlarge", "Region", "cn-shanghai"))).isEmpty();
  }

  @Test
  void requiresWithAValueCondition() {
    assertThat(violations(Map.of("InstanceType", "ecs.g8i.xlarge", "SystemDiskCategory", "cloud_efficiency")))
        .containsExactly("G8iRequiresEssd: InstanceType ecs.g8i.xlarge requires SystemDiskCategory in [cloud_essd], got SystemDiskCategory cloud_efficiency");
  }

  @Test
  void requiresWithARangeCondition() {
    assertThat(violations(Map.of("NetworkType", "classic", "InternetMaxBandwidthOut", "5")))
        .containsExactly("PublicBandwidthRequiresVpc: InternetMaxBandwidthOut 5 requires NetworkType in [vpc], got NetworkType classic");
    assertThat(violations(Map.of("NetworkType", "classic", "InternetMaxBandwidthOut", "0"))).isEmpty();
  }

  @Test
  void rangeWhen() {
    assertThat(violations(Map.of("SystemDiskCategory", "cloud_efficiency", "SystemDiskSize", "600")))
        .containsExactly("CloudEfficiencyDiskUpTo500: SystemDiskCategory cloud_efficiency requires SystemDiskSize between 20 and 500, got SystemDiskSize 600");
    assertThat(violations(Map.of("SystemDiskCategory", "cloud_efficiency", "SystemDiskSize", "500"))).isEmpty();
  }

  @Test
  void reportsEveryBrokenRuleAndAttributeTogether() {
    List<String> v = violations(Map.of(
        "InstanceType", "ecs.g8i.xlarge", "Region", "cn-beijing", "SystemDiskCategory", "cloud_efficiency",
        "SystemDiskSize", "1000", "NetworkType", "classic", "InternetMaxBandwidthOut", "5", "Colour", "red"));
    assertThat(v).extracting(s -> s.substring(0, s.indexOf(':'))).containsExactly(
        "UnknownAttribute", "G8iOnlyInEastChina", "G8iRequiresEssd", "CloudEfficiencyDiskUpTo500", "PublicBandwidthRequiresVpc");
  }

  @Test
  void aRuleOnAnInvalidValueIsNotEvaluated() {
    // the size is reported once, as out of range, not again by the rule that reads it
    assertThat(violations(Map.of("SystemDiskCategory", "cloud_efficiency", "SystemDiskSize", "9999")))
        .containsExactly("OutOfRange: SystemDiskSize 9999 is outside 20..2040 GB");
  }

  @Test
  void aCatalogWithAnInvalidDefaultOrAnUnknownRuleAttributeIsRefusedWhenBuilt() {
    assertThatThrownBy(() -> CatalogFixture.anInt("Size", "disk", 20, 100, 10, "GB", "25"))
        .hasMessageContaining("default of attribute Size");
    ProductCatalog ok = CatalogFixture.ecs();
    assertThatThrownBy(() -> new ProductCatalog("ecs", "ecs", "ECS", "CNY", "v", ok.effectiveFrom(), ok.attributes(), ok.prices(),
        List.of(new Rule("Broken", RuleKind.REQUIRES, Condition.oneOf("Nope", "x"), Condition.oneOf("Region", "cn-hangzhou"))), List.of()))
        .hasMessageContaining("rule Broken names an unknown attribute Nope");
  }
}
