package io.cloudtrade.order.application;

import io.cloudtrade.order.persistence.OrderRow;
import java.util.function.Supplier;

/**
 * Writes an order held for its reseller's approval and announces it (ApprovalRequested), atomically:
 * the event is delivered if and only if the order was written.
 */
public interface ApprovalAnnouncer {
  /**
   * Runs {@code insert} as the local transaction of the announcement.
   *
   * @return what {@code insert} returned: null when written, or the order a concurrent request with
   *     the same ClientToken wrote first (then nothing is announced)
   */
  OrderRow insertHeldAndAnnounce(OrderRow held, Supplier<OrderRow> insert);
}
