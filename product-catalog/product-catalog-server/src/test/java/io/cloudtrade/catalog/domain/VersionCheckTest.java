package io.cloudtrade.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VersionCheckTest {
  @Test
  void aConsistentVersionHasNoProblem() {
    ProductCatalog ecs = CatalogFixture.ecs();
    assertThat(VersionCheck.check(ecs.productName(), ecs.productType(), ecs.currency(), ecs.attributes(),
        ecs.prices().stream().filter(p -> !p.attributeCode().equals("InstanceType") || !p.valueCode().equals("x")).toList(),
        List.of(), ecs.rules(), ecs.discounts())).isEmpty();
  }

  @Test
  void reportsEveryProblemNotJustTheFirst() {
    List<Attribute> attributes = List.of(
        CatalogFixture.anEnum("Size", "size", "s", "s", "m"),
        CatalogFixture.anInt("Disk", "disk", 10, 100, 10, "GB", "10"));
    List<Violation> problems = VersionCheck.check("", "t", "cny", attributes,
        List.of(PriceEntry.of("Size", "s", "1.00"), PriceEntry.of("Colour", "red", "1.00")),
        List.of(PriceTier.of("Disk", 50L, "1.00")),
        List.of(new Rule("R1", RuleKind.REQUIRES, Condition.oneOf("Size", "m"), Condition.oneOf("Zone", "a"))),
        List.of(new PeriodDiscount(PeriodUnit.Year, 10, 12, "a"), new PeriodDiscount(PeriodUnit.Year, 11, 12, "b")));
    assertThat(problems).extracting(Violation::code).containsExactly(
        "InvalidProduct", "InvalidProduct", "MissingRegion", "UnknownAttribute", "MissingPrice", "InvalidTier", "UnknownAttribute",
        "InvalidPeriodDiscount");
    assertThat(problems).extracting(Violation::detail).contains("MissingPrice: Size m has no price",
        "UnknownAttribute: rule R1 names an unknown attribute Zone");
  }
}
