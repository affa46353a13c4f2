package io.cloudtrade.order.domain;

import io.cloudtrade.order.api.OrderStatus;
import java.util.Map;
import java.util.Set;

/**
 * The states of an order and the transitions allowed between them, declared once. Every change of
 * state in the database is a conditional update from an allowed predecessor (see OrderMapper.xml).
 */
public enum OrderState {
  UNPAID(OrderStatus.UNPAID),
  PAID(OrderStatus.PAID),
  CANCELLED(OrderStatus.CANCELLED);

  private static final Map<OrderState, Set<OrderState>> NEXT =
      Map.of(UNPAID, Set.of(PAID, CANCELLED), PAID, Set.of(), CANCELLED, Set.of());

  private final String wire;

  OrderState(String wire) {
    this.wire = wire;
  }

  /** The status as the API shows it. */
  public String wire() {
    return wire;
  }

  public boolean canBecome(OrderState next) {
    return NEXT.get(this).contains(next);
  }

  /** The payment status BSS shows for an order in this state. */
  public String paymentStatus() {
    return switch (this) {
      case UNPAID -> "Unpaid";
      case PAID -> "Paid";
      case CANCELLED -> "Cancelled";
    };
  }
}
