package io.cloudtrade.order.api;

/** RocketMQ topic and tags of order events. Payloads are JSON of the event classes. */
public final class OrderEvents {
  public static final String TOPIC = "CT_ORDER_EVENTS";
  public static final String TAG_ORDER_PAID = "OrderPaid";
  /** A Refund order: the instance is to be released (no payment precedes it). */
  public static final String TAG_REFUND_REQUESTED = "RefundRequested";
  /**
   * An order the reseller's rules hold for its approval was placed (status PendingApproval; payload
   * as OrderPaid's, without paidAt). Published with the order's insert, transactionally.
   */
  public static final String TAG_APPROVAL_REQUESTED = "ApprovalRequested";
  /** RocketMQ timer messages that cancel an order still unpaid when they arrive. */
  public static final String TIMEOUT_TOPIC = "CT_ORDER_TIMEOUT";

  private OrderEvents() {}
}
