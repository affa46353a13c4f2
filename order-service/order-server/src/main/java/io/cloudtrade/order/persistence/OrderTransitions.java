package io.cloudtrade.order.persistence;

import io.cloudtrade.order.domain.OrderState;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Every change of an order's state: allowed only if {@link OrderState} declares it, executed as a
 * conditional UPDATE from the expected state, so that two writers cannot both win.
 */
@Component
public class OrderTransitions {
  private final OrderMapper orders;

  public OrderTransitions(OrderMapper orders) {
    this.orders = orders;
  }

  /**
   * Moves the order from {@code from} to {@code to} at {@code at}.
   *
   * @return false if the order was not in {@code from} any more (another writer won)
   * @throws IllegalStateException if the order state machine has no such transition (a bug)
   */
  public boolean move(long orderId, OrderState from, OrderState to, Instant at) {
    return move(orderId, from, to, at, null);
  }

  /** As {@link #move(long, OrderState, OrderState, Instant)}, recording why (a failure, a cancellation). */
  public boolean move(long orderId, OrderState from, OrderState to, Instant at, String reason) {
    if (!from.canBecome(to)) {
      throw new IllegalStateException("an order cannot go from " + from + " to " + to);
    }
    String why = reason == null || reason.length() <= 512 ? reason : reason.substring(0, 512);
    return orders.transition(orderId, from.wire(), to.wire(), to == OrderState.PAID ? at : null, why, at) == 1;
  }
}
