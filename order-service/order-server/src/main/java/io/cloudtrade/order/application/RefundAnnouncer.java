package io.cloudtrade.order.application;

import io.cloudtrade.order.persistence.OrderRow;
import java.util.function.Supplier;

/**
 * Writes a Refund order and announces it (RefundRequested) atomically: the event goes out if and
 * only if the order's transaction committed.
 */
public interface RefundAnnouncer {
  /**
   * Runs {@code insert} (the order's transaction; it answers null when it inserted the order, or the
   * order already stored under its ClientToken) and announces the order only when it was inserted.
   * What {@code insert} throws is rethrown, and nothing is announced.
   *
   * @return what {@code insert} answered
   */
  OrderRow insertAndAnnounce(OrderRow refund, Supplier<OrderRow> insert);
}
