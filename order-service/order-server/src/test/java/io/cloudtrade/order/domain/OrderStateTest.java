package io.cloudtrade.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderStateTest {
  @Test
  void onlyUnpaidOrdersChange() {
    assertThat(OrderState.UNPAID.canBecome(OrderState.PAID)).isTrue();
    assertThat(OrderState.UNPAID.canBecome(OrderState.CANCELLED)).isTrue();
    for (OrderState s : OrderState.values()) {
      assertThat(OrderState.PAID.canBecome(s)).isFalse();
      assertThat(OrderState.CANCELLED.canBecome(s)).isFalse();
    }
  }
}
