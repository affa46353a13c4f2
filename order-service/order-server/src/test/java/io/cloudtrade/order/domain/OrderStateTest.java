package io.cloudtrade.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderStateTest {
  @Test
  void anUnpaidOrderIsPaidThroughPayingOrCancelled() {
    assertThat(OrderState.UNPAID.canBecome(OrderState.PAYING)).isTrue();
    assertThat(OrderState.UNPAID.canBecome(OrderState.CANCELLED)).isTrue();
    assertThat(OrderState.UNPAID.canBecome(OrderState.PAID)).isFalse(); // never past the Paying claim
    assertThat(OrderState.PAYING.canBecome(OrderState.PAID)).isTrue();
    assertThat(OrderState.PAYING.canBecome(OrderState.UNPAID)).isTrue();
  }

  @Test
  void aPaidOrderIsNeverCancelledAndEndsDeliveredOrFailed() {
    assertThat(OrderState.PAID.canBecome(OrderState.CANCELLED)).isFalse();
    assertThat(OrderState.DELIVERING.canBecome(OrderState.CANCELLED)).isFalse();
    assertThat(OrderState.PAID.canBecome(OrderState.DELIVERING)).isTrue();
    assertThat(OrderState.DELIVERING.canBecome(OrderState.DELIVERED)).isTrue();
    assertThat(OrderState.DELIVERING.canBecome(OrderState.FAILED)).isTrue();
    assertThat(OrderState.REFUNDING.canBecome(OrderState.REFUNDED)).isTrue();
  }

  @Test
  void finalStatesHaveNoWayOut() {
    for (OrderState end : new OrderState[] {OrderState.DELIVERED, OrderState.CANCELLED, OrderState.REFUNDED, OrderState.FAILED}) {
      assertThat(end.isFinal()).isTrue();
      for (OrderState s : OrderState.values()) {
        assertThat(end.canBecome(s)).isFalse();
      }
    }
  }

  @Test
  void paymentStatusFollowsWhetherMoneyWasTaken() {
    assertThat(OrderState.PAYING.paymentStatus()).isEqualTo("Unpaid");
    assertThat(OrderState.DELIVERED.paymentStatus()).isEqualTo("Paid");
    assertThat(OrderState.withPaymentStatus("Paid")).contains("Paid", "Delivering", "Delivered", "Failed").doesNotContain("Unpaid", "Paying");
    assertThat(OrderState.withPaymentStatus("Unpaid")).containsExactlyInAnyOrder("PendingApproval", "Unpaid", "Paying");
    assertThat(OrderState.ofWire("Delivering")).isEqualTo(OrderState.DELIVERING);
    assertThatThrownBy(() -> OrderState.ofWire("Shipped")).isInstanceOf(IllegalArgumentException.class);
  }
}
