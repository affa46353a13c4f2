package io.cloudtrade.sandbox.alipay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

  @Test
  void amountsAreCents() {
    assertThat(Amounts.parse("12.30")).hasValue(1230);
    assertThat(Amounts.parse("12.3")).hasValue(1230);
    assertThat(Amounts.parse("12")).hasValue(1200);
    assertThat(Amounts.parse("0.01")).hasValue(1);
    assertThat(Amounts.parse("100000000.00")).hasValue(Amounts.MAX_CENTS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "0.00", "-1.00", "1.234", "1e3", "1,00", " ", "100000000.01", "abc", ".5"})
  void whatIsNotAnAmountIsRefused(String text) {
    assertThat(Amounts.parse(text)).isEmpty();
  }

  @Test
  void centsAreWrittenWithTwoPlaces() {
    assertThat(Amounts.format(1230)).isEqualTo("12.30");
    assertThat(Amounts.format(1)).isEqualTo("0.01");
    assertThat(Amounts.format(0)).isEqualTo("0.00");
    assertThat(Amounts.format(Amounts.MAX_CENTS)).isEqualTo("100000000.00");
  }
}
