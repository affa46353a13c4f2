package io.cloudtrade.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class GrayRuleTest {
  @Test
  void namedAccountsGetTheNewFlowAndTheRestFollowTheirBucket() {
    GrayRule rule = new GrayRule(3, 0, Map.of("ecs", new GrayRule.ProductRule(0, Set.of(42L))));
    assertThat(rule.flowFor(42L, "ecs")).isEqualTo(GrayRule.VERSIONED);
    assertThat(rule.flowFor(43L, "ecs")).isEqualTo(GrayRule.DIRECT);
    assertThat(rule.flowFor(42L, "rds")).isEqualTo(GrayRule.DIRECT); // the allow-list is per product
    assertThat(GrayRule.everyone().flowFor(43L, "rds")).isEqualTo(GrayRule.VERSIONED);
  }

  @Test
  void aPercentageTakesAboutThatShareAndGrowingItNeverMovesAnAccountBack() {
    GrayRule ten = new GrayRule(1, 10, Map.of());
    GrayRule fifty = new GrayRule(2, 50, Map.of());
    long onTen = LongStream.range(1_380_000_000_000_000L, 1_380_000_000_010_000L).filter(a -> ten.flowFor(a, "ecs").equals(GrayRule.VERSIONED)).count();
    assertThat(onTen).isBetween(800L, 1200L);
    LongStream.range(1_380_000_000_000_000L, 1_380_000_000_010_000L)
        .filter(a -> ten.flowFor(a, "ecs").equals(GrayRule.VERSIONED))
        .forEach(a -> assertThat(fifty.flowFor(a, "ecs")).isEqualTo(GrayRule.VERSIONED));
    assertThat(new GrayRule(0, 0, Map.of()).flowFor(7, "x")).isEqualTo(GrayRule.DIRECT);
    assertThat(new GrayRule(0, 100, Map.of()).flowFor(7, "x")).isEqualTo(GrayRule.VERSIONED);
  }

  @Test
  void percentagesOutsideZeroToHundredAreRefused() {
    assertThatThrownBy(() -> new GrayRule(1, 101, Map.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GrayRule.ProductRule(-1, Set.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
