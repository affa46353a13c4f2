package io.cloudtrade.order.application;

import io.cloudtrade.order.persistence.OrderRow;

/**
 * Marks an order paid and announces it, atomically: either the order becomes Paid and exactly one
 * OrderPaid event is eventually delivered, or neither happens.
 */
public interface OrderPaidAnnouncer {
  /**
   * @return true if this call moved the order from Paying to Paid (and so published the event);
   *     false if the order was not Paying any more
   */
  boolean markPaidAndAnnounce(OrderRow order);
}
