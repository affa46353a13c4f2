package io.cloudtrade.order.api;

/**
 * Order statuses as they appear on the wire. The allowed transitions are declared in the order
 * server's domain, in one place.
 */
public final class OrderStatus {
  public static final String UNPAID = "Unpaid";
  public static final String PAID = "Paid";
  public static final String CANCELLED = "Cancelled";

  private OrderStatus() {}
}
