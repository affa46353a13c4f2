package io.cloudtrade.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudtrade.kernel.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProrationTest {
  // a 30-day month: every day is 1/30 of the period
  static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
  static final Instant END = Instant.parse("2026-12-01T00:00:00Z");
  static final Money OLD = Money.of("300.00", "CNY");
  static final Money NEW = Money.of("600.00", "CNY");

  static Instant day(int d) {
    return START.plusSeconds(86_400L * d);
  }

  @Test
  void upgradeCostsTheFullDifferenceAtTheStartAndNothingAtTheEnd() {
    assertThat(Proration.upgrade(OLD, NEW, START, END, START)).isEqualTo(Money.of("300.00", "CNY"));
    assertThat(Proration.upgrade(OLD, NEW, START, END, START.minusSeconds(3600))).isEqualTo(Money.of("300.00", "CNY"));
    assertThat(Proration.upgrade(OLD, NEW, START, END, END)).isEqualTo(Money.zero("CNY"));
    assertThat(Proration.upgrade(OLD, NEW, START, END, END.plusSeconds(1))).isEqualTo(Money.zero("CNY"));
  }

  @Test
  void upgradeIsTheRemainingShare() {
    assertThat(Proration.upgrade(OLD, NEW, START, END, day(10))).isEqualTo(Money.of("200.00", "CNY"));
    // one millisecond before the end: 300.00 x 1 / 2,592,000,000 rounds to 0.00
    assertThat(Proration.upgrade(OLD, NEW, START, END, END.minusMillis(1))).isEqualTo(Money.zero("CNY"));
  }

  @Test
  void roundsHalfUpOnceAtTheEnd() {
    // 0.01 x 1/2 = 0.005 -> 0.01 ; 0.01 x 1/3 = 0.0033 -> 0.00
    Instant mid = START.plusMillis(Proration.length(START, END) / 2);
    assertThat(Proration.upgrade(Money.zero("CNY"), Money.of("0.01", "CNY"), START, END, mid)).isEqualTo(Money.of("0.01", "CNY"));
    assertThat(Proration.refund(Money.of("100.00", "CNY"), START, END, day(20))).isEqualTo(Money.of("33.33", "CNY"));
    assertThat(Proration.refund(Money.of("100.00", "CNY"), START, END, day(10))).isEqualTo(Money.of("66.67", "CNY"));
  }

  @Test
  void downgradeGivesBackTheRemainingShareOfTheDifference() {
    assertThat(Proration.downgrade(NEW, OLD, START, END, day(15))).isEqualTo(Money.of("150.00", "CNY"));
    assertThatThrownBy(() -> Proration.downgrade(OLD, NEW, START, END, day(15))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void temporaryUpgradeChargesOnlyTheWindowInsideTheRestOfThePeriod() {
    assertThat(Proration.temporaryUpgrade(OLD, NEW, START, END, START, day(3), day(6))).isEqualTo(Money.of("30.00", "CNY"));
    // bought on day 4 for a window that began on day 3: days 4-6 only
    assertThat(Proration.temporaryUpgrade(OLD, NEW, START, END, day(4), day(3), day(6))).isEqualTo(Money.of("20.00", "CNY"));
    // a window running past the end of the period is cut at the end
    assertThat(Proration.temporaryUpgrade(OLD, NEW, START, END, START, day(28), day(40))).isEqualTo(Money.of("20.00", "CNY"));
    assertThat(Proration.temporaryUpgrade(OLD, NEW, START, END, START, day(31), day(40))).isEqualTo(Money.zero("CNY"));
    assertThatThrownBy(() -> Proration.temporaryUpgrade(OLD, NEW, START, END, START, day(6), day(6))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refundReturnsEverythingAtTheStartAndNothingAfterTheEnd() {
    Money paid = Money.of("361.00", "CNY");
    assertThat(Proration.refund(paid, START, END, START)).isEqualTo(paid);
    assertThat(Proration.refund(paid, START, END, END)).isEqualTo(Money.zero("CNY"));
  }

  @Test
  void anEmptyPeriodIsRefused() {
    assertThatThrownBy(() -> Proration.refund(OLD, START, START, START)).isInstanceOf(IllegalArgumentException.class);
  }
}
