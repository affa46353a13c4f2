package io.cloudtrade.order.application;

/**
 * The payment time of unpaid orders: each new order gets a timer that, when it fires, cancels the
 * order if it is still unpaid (see {@link CancelUnpaidOrders#onPaymentTimeout}). A timer, not a scan.
 */
public interface OrderTimeouts {
  /** Starts the order's payment timer; throws if it could not be stored (the order is then not written). */
  void schedule(long orderId);
}
