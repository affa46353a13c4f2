package io.cloudtrade.reseller.api;

import java.util.List;

/**
 * The steps reseller rules can ask the order flow to run for an order. The order flow runs the
 * plan's steps in the plan's order and knows nothing of resellers beyond them.
 */
public final class OrderSteps {
  /** The order is charged {@link OrderPlan#getChargeAmount()} instead of CloudTrade's price. */
  public static final String PRICE_ADJUSTMENT = "PRICE_ADJUSTMENT";
  /** The charge is reserved against the customer's credit quota before the order is written. */
  public static final String CREDIT_CHECK = "CREDIT_CHECK";
  /** The order waits (PendingApproval) until the reseller approves it; then it is paid. */
  public static final String APPROVAL = "APPROVAL";
  /** The reseller is sent the order's events (a signed webhook). */
  public static final String NOTIFY_RESELLER = "NOTIFY_RESELLER";

  public static final List<String> ALL = List.of(PRICE_ADJUSTMENT, CREDIT_CHECK, APPROVAL, NOTIFY_RESELLER);

  private OrderSteps() {}
}
