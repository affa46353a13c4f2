package io.cloudtrade.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.kernel.Money;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PricingTest {
  private final ProductCatalog ecs = CatalogFixture.ecs();

  private PricedQuote price(Map<String, String> config, String type, int period, String unit) {
    ResolvedConfiguration r = ecs.resolve(config);
    assertThat(r.violations()).isEmpty();
    return Pricing.price(ecs, r.config(), BillingTerm.parse(type, period, unit).orElseThrow());
  }

  private static Money cny(String amount) {
    return Money.of(amount, "CNY");
  }

  @Test
  void oneMonthOfTheDefaultConfigurationHasALinePerPricedModule() {
    PricedQuote q = price(Map.of(), "Subscription", 1, "Month");
    assertThat(q.lines()).extracting(PricedLine::moduleCode).containsExactly("instance_type", "bandwidth", "system_disk");
    assertThat(q.lines()).extracting(PricedLine::description).containsExactly(
        "InstanceType ecs.g7.large: 298.00 x 1 Month",
        "InternetMaxBandwidthOut 1 Mbps at 23.00/Mbps = 23.00 x 1 Month",
        "SystemDiskSize 40 GB at 1.00/GB (SystemDiskCategory cloud_essd) = 40.00 x 1 Month");
    assertThat(q.lines()).extracting(PricedLine::amount).containsExactly(cny("298.00"), cny("23.00"), cny("40.00"));
    assertThat(q.listPrice()).isEqualTo(cny("361.00"));
    assertThat(q.discount()).isEqualTo(cny("0.00"));
    assertThat(q.discounts()).isEmpty();
    assertThat(q.finalAmount()).isEqualTo(cny("361.00"));
  }

  @Test
  void monthsMultiplyAndAConditionalPerUnitPriceWins() {
    PricedQuote q = price(Map.of("SystemDiskCategory", "cloud_efficiency", "SystemDiskSize", "100", "InternetMaxBandwidthOut", "0"),
        "Subscription", 3, "Month");
    // 298 x 3 + 0 + 100 x 0.35 x 3
    assertThat(q.lines()).extracting(PricedLine::amount).containsExactly(cny("894.00"), cny("0.00"), cny("105.00"));
    assertThat(q.finalAmount()).isEqualTo(cny("999.00"));
  }

  @Test
  void aBooleanIsPricedOnlyWhenTrue() {
    PricedQuote q = price(Map.of("DeletionProtection", "true"), "Subscription", 1, "Month");
    assertThat(q.lines()).extracting(PricedLine::moduleCode).contains("protection");
    assertThat(q.listPrice()).isEqualTo(cny("366.00"));
  }

  @Test
  void aYearIsTwelveMonthsForThePriceOfTen() {
    PricedQuote q = price(Map.of(), "Subscription", 1, "Year");
    assertThat(q.lines().get(0).description()).isEqualTo("InstanceType ecs.g7.large: 298.00 x 12 Month");
    assertThat(q.listPrice()).isEqualTo(cny("4332.00"));
    assertThat(q.discount()).isEqualTo(cny("722.00"));
    assertThat(q.finalAmount()).isEqualTo(cny("3610.00"));
    assertThat(q.discounts()).singleElement().satisfies(d -> {
      assertThat(d.description()).startsWith("12 months for the price of 10");
      assertThat(d.amount()).isEqualTo(cny("722.00"));
    });
  }

  @Test
  void everyYearIsDiscounted() {
    // c7.large 232 + 1 Mbps 23 + 40 GB 40 = 295 a month; 2 years list 7080.00, pay 20 months = 5900.00
    PricedQuote two = price(Map.of("InstanceType", "ecs.c7.large"), "Subscription", 2, "Year");
    assertThat(two.listPrice()).isEqualTo(cny("7080.00"));
    assertThat(two.finalAmount()).isEqualTo(cny("5900.00"));
    // 30 GB ultra disk at 0.35 = 10.50: 331.50 a month, 3978.00 a year, pay 3315.00
    PricedQuote odd = price(Map.of("SystemDiskCategory", "cloud_efficiency", "SystemDiskSize", "30"), "Subscription", 1, "Year");
    assertThat(odd.finalAmount()).isEqualTo(cny("3315.00"));
  }

  @Test
  void twelveMonthsAreNotAYear() {
    assertThat(price(Map.of(), "Subscription", 12, "Month").finalAmount()).isEqualTo(cny("4332.00"));
  }

  @Test
  void anHourIsTheMonthlyPriceOver730RoundedHalfUpPerModule() {
    PricedQuote q = price(Map.of(), "PayAsYouGo", 1, "Hour");
    // 298 / 730 = 0.4082 -> 0.41; 23 / 730 = 0.0315 -> 0.03; 40 / 730 = 0.0548 -> 0.05
    assertThat(q.lines()).extracting(PricedLine::amount).containsExactly(cny("0.41"), cny("0.03"), cny("0.05"));
    assertThat(q.lines().get(0).description()).isEqualTo("InstanceType ecs.g7.large: 298.00 / 730 = 0.41 x 1 Hour");
    assertThat(q.finalAmount()).isEqualTo(cny("0.49"));
    assertThat(q.discounts()).isEmpty();
  }

  @Test
  void anHourRoundsAnExactHalfCentUp() {
    // 3.65 / 730 = 0.005 exactly: half-up gives 0.01 (half-even would give 0.00)
    ProductCatalog tiny = new ProductCatalog("t", "t", "t", "CNY", "t.1", CatalogFixture.EFFECTIVE,
        java.util.List.of(CatalogFixture.anEnum("Region", "region", "cn-hangzhou", "cn-hangzhou"),
            CatalogFixture.anEnum("Size", "size", "s", "s")),
        java.util.List.of(PriceEntry.of("Size", "s", "3.65")), java.util.List.of(), java.util.List.of());
    PricedQuote q = Pricing.price(tiny, tiny.resolve(Map.of()).config(), BillingTerm.parse("PayAsYouGo", 1, "Hour").orElseThrow());
    assertThat(q.finalAmount()).isEqualTo(cny("0.01"));
  }
}
