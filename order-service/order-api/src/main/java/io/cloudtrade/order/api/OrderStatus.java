package io.cloudtrade.order.api;

/**
 * Order statuses as they appear on the wire. The allowed transitions are declared in the order
 * server's domain, in one place.
 */
public final class OrderStatus {
  /** The reseller's rules ask for its approval before the order is paid. */
  public static final String PENDING_APPROVAL = "PendingApproval";
  public static final String UNPAID = "Unpaid";
  /** the balance is being charged: neither cancellable nor payable again until it is settled */
  public static final String PAYING = "Paying";
  public static final String PAID = "Paid";
  /** handed to instance lifecycle, which carries it out through the product's control plane */
  public static final String DELIVERING = "Delivering";
  public static final String DELIVERED = "Delivered";
  public static final String CANCELLED = "Cancelled";
  /** a Refund order whose instance is being released */
  public static final String REFUNDING = "Refunding";
  public static final String REFUNDED = "Refunded";
  /** could not be carried out; what was paid went back to the balance */
  public static final String FAILED = "Failed";

  private OrderStatus() {}
}
