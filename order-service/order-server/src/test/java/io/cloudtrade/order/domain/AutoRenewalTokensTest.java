package io.cloudtrade.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AutoRenewalTokensTest {
  static final Instant END = Instant.parse("2026-03-31T08:00:00Z");

  @Test
  void oneSeriesPerInstanceAndEndTime() {
    assertThat(AutoRenewalTokens.of("i-abc", END, 1)).isEqualTo("auto-renew-i-abc-" + END.toEpochMilli() + "-1");
    assertThat(AutoRenewalTokens.of("i-abc", END, 1)).isEqualTo(AutoRenewalTokens.of("i-abc", END, 1));
    assertThat(AutoRenewalTokens.of("i-abc", END, 2)).isNotEqualTo(AutoRenewalTokens.of("i-abc", END, 1));
    assertThat(AutoRenewalTokens.of("i-abc", END.plusMillis(1), 1)).isNotEqualTo(AutoRenewalTokens.of("i-abc", END, 1));
    assertThat(AutoRenewalTokens.of("i-abd", END, 1)).isNotEqualTo(AutoRenewalTokens.of("i-abc", END, 1));
  }

  @Test
  void longOrOddInstanceIdsAreHashedIntoAValidToken() {
    String longId = "i-" + "x".repeat(80);
    String token = AutoRenewalTokens.of(longId, END, AutoRenewalTokens.MAX_ORDERS);
    assertThat(ClientTokens.problem(token)).isNull();
    assertThat(token).endsWith("-" + END.toEpochMilli() + "-" + AutoRenewalTokens.MAX_ORDERS);
    assertThat(AutoRenewalTokens.of(longId, END, 1)).isEqualTo(AutoRenewalTokens.of(longId, END, 1))
        .isNotEqualTo(AutoRenewalTokens.of(longId + "y", END, 1));
    assertThat(ClientTokens.problem(AutoRenewalTokens.of("i 1", Instant.ofEpochMilli(Long.MAX_VALUE), 100))).isNull();
    assertThat(ClientTokens.problem(AutoRenewalTokens.of("i-é", END, 1))).isNull();
  }

  @Test
  void theSeriesIsBounded() {
    assertThatThrownBy(() -> AutoRenewalTokens.of("i-abc", END, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AutoRenewalTokens.of("i-abc", END, AutoRenewalTokens.MAX_ORDERS + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
