package io.cloudtrade.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tiered prices, promotions and coupons, and the order they apply in. */
class PricingStrategiesTest {
  private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");

  /** ecs with bandwidth charged 1-5 Mbps at 23.00 and above 5 at 80.00 instead of a flat 23.00. */
  static ProductCatalog tiered() {
    ProductCatalog flat = CatalogFixture.ecs();
    return new ProductCatalog(flat.productCode(), flat.productType(), flat.productName(), flat.currency(), "ecs-tiered.1",
        flat.effectiveFrom(), flat.attributes(),
        flat.prices().stream().filter(p -> !p.attributeCode().equals("InternetMaxBandwidthOut")).toList(), flat.rules(),
        flat.discounts(),
        List.of(PriceTier.of("InternetMaxBandwidthOut", 5L, "23.00"), PriceTier.of("InternetMaxBandwidthOut", null, "80.00")),
        RenewalPolicy.AGREED);
  }

  private static Money cny(String amount) {
    return Money.of(amount, "CNY");
  }

  private static PricedQuote price(ProductCatalog p, Map<String, String> config, String unit, List<Promotion> promotions, Coupon coupon) {
    ResolvedConfiguration r = p.resolve(config);
    assertThat(r.violations()).isEmpty();
    return Pricing.price(p, r.config(), BillingTerm.parse("Subscription", 1, unit).orElseThrow(), promotions, coupon);
  }

  private static Money bandwidth(int mbps) {
    return price(tiered(), Map.of("InternetMaxBandwidthOut", String.valueOf(mbps)), "Month", List.of(), null).lines().stream()
        .filter(l -> l.moduleCode().equals("bandwidth")).findFirst().map(PricedLine::amount).orElse(cny("0.00"));
  }

  @Test
  void tiersAreChargedGraduallyAcrossTheBoundary() {
    assertThat(bandwidth(0)).isEqualTo(cny("0.00"));
    assertThat(bandwidth(1)).isEqualTo(cny("23.00"));
    assertThat(bandwidth(5)).isEqualTo(cny("115.00"));
    assertThat(bandwidth(6)).isEqualTo(cny("195.00"));
    assertThat(bandwidth(8)).isEqualTo(cny("355.00"));
    PricedQuote q = price(tiered(), Map.of("InternetMaxBandwidthOut", "8"), "Month", List.of(), null);
    assertThat(q.lines()).filteredOn(l -> l.moduleCode().equals("bandwidth")).singleElement().extracting(PricedLine::description)
        .isEqualTo("InternetMaxBandwidthOut 8 Mbps tiered per Mbps: 5 x 23.00 (1-5) + 3 x 80.00 (6+) = 355.00 x 1 Month");
  }

  @Test
  void tiersMustBeIncreasingAndCoverTheMaximum() {
    ProductCatalog flat = CatalogFixture.ecs();
    Map<String, Attribute> byCode = new java.util.HashMap<>();
    flat.attributes().forEach(a -> byCode.put(a.code(), a));
    List<PriceEntry> noFlat = flat.prices().stream().filter(p -> !p.attributeCode().equals("InternetMaxBandwidthOut")).toList();
    assertThat(ProductCatalog.tierProblem(byCode, noFlat, List.of(PriceTier.of("InternetMaxBandwidthOut", 5L, "23")))).contains("below its maximum 200");
    assertThat(ProductCatalog.tierProblem(byCode, noFlat, List.of(PriceTier.of("InternetMaxBandwidthOut", 5L, "23"),
        PriceTier.of("InternetMaxBandwidthOut", 5L, "80")))).contains("increasing order");
    assertThat(ProductCatalog.tierProblem(byCode, flat.prices(), List.of(PriceTier.of("InternetMaxBandwidthOut", null, "23"))))
        .contains("both price tiers and a per-unit price");
    assertThat(ProductCatalog.tierProblem(byCode, noFlat, List.of(PriceTier.of("InstanceType", null, "23")))).contains("not an INT_RANGE");
  }

  private static Promotion promotion(String code, String module, String percent, Set<Long> accounts) {
    return new Promotion(code, "sale", "ecs", module, "Subscription", true, accounts, new BigDecimal(percent), FROM, TO);
  }

  @Test
  void aPromotionAppliesFromItsFirstInstantUntilJustBeforeItsEnd() {
    Promotion p = promotion("P15", "instance_type", "15", Set.of());
    assertThat(p.appliesTo("ecs", "Subscription", null, false, FROM.minusMillis(1))).isFalse();
    assertThat(p.appliesTo("ecs", "Subscription", null, false, FROM)).isTrue();
    assertThat(p.appliesTo("ecs", "Subscription", null, false, TO.minusMillis(1))).isTrue();
    assertThat(p.appliesTo("ecs", "Subscription", null, false, TO)).isFalse();
    assertThat(p.appliesTo("rds", "Subscription", null, false, FROM)).isFalse();
    assertThat(p.appliesTo("ecs", "PayAsYouGo", null, false, FROM)).isFalse();
    assertThat(p.appliesTo("ecs", "Subscription", null, true, FROM)).as("renewal").isFalse();
  }

  @Test
  void aUserLimitedPromotionNeedsTheAccount() {
    Promotion p = promotion("VIP", null, "10", Set.of(42L));
    assertThat(p.appliesTo("ecs", "Subscription", null, false, FROM)).isFalse();
    assertThat(p.appliesTo("ecs", "Subscription", 7L, false, FROM)).isFalse();
    assertThat(p.appliesTo("ecs", "Subscription", 42L, false, FROM)).isTrue();
  }

  @Test
  void periodDiscountThenPromotionOnItsModuleThenCoupon() {
    Coupon welcome = new Coupon("WELCOME50", null, null, "CNY", new BigDecimal("50.00"), null, new BigDecimal("300.00"), FROM, TO);
    PricedQuote q = price(tiered(), Map.of(), "Year", List.of(promotion("P15", "instance_type", "15", Set.of())), welcome);
    // list 298 x 12 + 23 x 12 + 40 x 12 = 4332.00; 12 for 10 -> 3610.00 (722.00 off)
    // instance type 3576.00 x 10/12 = 2980.00, 15% = 447.00; then 3163.00 >= 300: 50.00 off -> 3113.00
    assertThat(q.listPrice()).isEqualTo(cny("4332.00"));
    assertThat(q.discounts()).extracting(PricedLine::moduleCode).containsExactly("period_discount", "promotion", "coupon");
    assertThat(q.discounts()).extracting(PricedLine::amount).containsExactly(cny("722.00"), cny("447.00"), cny("50.00"));
    assertThat(q.discounts().get(1).description()).isEqualTo("P15 sale (15% off): instance_type 3576.00 x 10 / 12 = 2980.00 x 15% = 447.00");
    assertThat(q.discounts().get(2).description()).isEqualTo("coupon WELCOME50: 50.00 off 3163.00 (minimum spend 300.00) = 50.00");
    assertThat(q.discount()).isEqualTo(cny("1219.00"));
    assertThat(q.finalAmount()).isEqualTo(cny("3113.00"));
    assertThat(q.couponRefusal()).isNull();
  }

  @Test
  void aPercentagePromotionRoundsHalfUpToTheCent() {
    // one month, whole product: 361.00 x 12.5% = 45.125 -> 45.13
    PricedQuote q = price(tiered(), Map.of(), "Month", List.of(promotion("P125", null, "12.5", Set.of())), null);
    assertThat(q.discounts()).singleElement().extracting(PricedLine::amount).isEqualTo(cny("45.13"));
    assertThat(q.finalAmount()).isEqualTo(cny("315.87"));
  }

  @Test
  void discountsNeverGoBelowZero() {
    Coupon big = new Coupon("BIG", null, null, "CNY", new BigDecimal("10000.00"), null, null, FROM, TO);
    PricedQuote q = price(tiered(), Map.of(), "Month",
        List.of(promotion("A", null, "60", Set.of()), promotion("B", null, "60", Set.of())), big);
    assertThat(q.discounts()).extracting(PricedLine::amount).containsExactly(cny("216.60"), cny("144.40"), cny("0.00"));
    assertThat(q.finalAmount()).isEqualTo(cny("0.00"));
  }

  @Test
  void aCouponBelowItsMinimumSpendIsRefusedAndNotApplied() {
    Coupon welcome = new Coupon("WELCOME50", null, null, "CNY", new BigDecimal("50.00"), null, new BigDecimal("300.00"), FROM, TO);
    PricedQuote q = price(tiered(), Map.of("InstanceType", "ecs.c7.large", "InternetMaxBandwidthOut", "0"), "Month", List.of(), welcome);
    // 232 + 40 = 272.00 < 300.00
    assertThat(q.couponRefusal()).isEqualTo(
        "coupon WELCOME50 needs a spend of at least 300.00 CNY, this quote comes to 272.00 CNY before it");
    assertThat(q.discounts()).isEmpty();
  }

  @Test
  void aCouponIsRefusedOutsideItsWindowForAnotherProductOrCurrency() {
    Coupon rdsOnly = new Coupon("RDS10", null, "rds", "CNY", null, new BigDecimal("10"), null, FROM, TO);
    assertThat(rdsOnly.refusal("rds", "CNY", FROM)).isEmpty();
    assertThat(rdsOnly.refusal("rds", "CNY", FROM.minusMillis(1))).hasValueSatisfying(r -> assertThat(r).contains("valid only from"));
    assertThat(rdsOnly.refusal("rds", "CNY", TO)).hasValueSatisfying(r -> assertThat(r).contains("expired at 2026-12-01T00:00:00Z"));
    assertThat(rdsOnly.refusal("ecs", "CNY", FROM)).hasValueSatisfying(r -> assertThat(r).contains("applies only to product rds"));
    assertThat(rdsOnly.refusal("rds", "USD", FROM)).isPresent();
  }

  @Test
  void aPercentageCouponTakesItsShareOfWhatRemains() {
    Coupon tenth = new Coupon("TENTH", null, null, "CNY", null, new BigDecimal("10"), null, FROM, TO);
    PricedQuote q = price(tiered(), Map.of(), "Month", List.of(), tenth);
    assertThat(q.discounts()).singleElement().satisfies(d -> {
      assertThat(d.amount()).isEqualTo(cny("36.10"));
      assertThat(d.description()).isEqualTo("coupon TENTH: 361.00 x 10% (minimum spend 0.00) = 36.10");
    });
  }
}
