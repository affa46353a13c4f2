package io.cloudtrade.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void parsesAndPrintsTwoDecimals() {
    assertThat(Money.of("12.3", "CNY").minor()).isEqualTo(1230);
    assertThat(Money.ofMinor(5, "CNY").toPlainString()).isEqualTo("0.05");
  }

  @Test
  void refusesFractionsOfAMinorUnit() {
    assertThatThrownBy(() -> Money.of("0.001", "CNY")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesToMixCurrencies() {
    assertThatThrownBy(() -> Money.of("1", "CNY").plus(Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void multipliesByRationalFactorRoundingHalfUp() {
    assertThat(Money.of("10.00", "CNY").times(new BigDecimal("0.333")).toPlainString()).isEqualTo("3.33");
    assertThat(Money.of("0.05", "CNY").times(new BigDecimal("0.5")).toPlainString()).isEqualTo("0.03");
  }
}
