package io.cloudtrade.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientTokensTest {
  @Test
  void acceptsUpTo64PrintableAsciiCharactersOrNone() {
    assertThat(ClientTokens.problem(null)).isNull();
    assertThat(ClientTokens.problem("a".repeat(64))).isNull();
    assertThat(ClientTokens.problem("0c593ea1-3bea-11e9-b96b-88e9fe637760")).isNull();
  }

  @Test
  void refusesEmptyLongSpacesAndNonAscii() {
    assertThat(ClientTokens.problem("")).isNotNull();
    assertThat(ClientTokens.problem("a".repeat(65))).isNotNull();
    assertThat(ClientTokens.problem("a b")).isNotNull();
    assertThat(ClientTokens.problem("令牌")).isNotNull();
  }
}
