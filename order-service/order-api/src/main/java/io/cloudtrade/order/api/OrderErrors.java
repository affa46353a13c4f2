package io.cloudtrade.order.api;

/** Stable error codes of the order service. */
public final class OrderErrors {
  /** The ClientToken was used before with other parameters. */
  public static final String IDEMPOTENT_PARAMETER_MISMATCH = "IdempotentParameterMismatch";
  /** No such order for this account. */
  public static final String ORDER_NOT_FOUND = "OrderNotFound";
  /** The order is not unpaid (paid, cancelled...). */
  public static final String ORDER_NOT_PAYABLE = "OrderNotPayable";

  /** No instance bought by this account has this id. */
  public static final String INSTANCE_NOT_FOUND = "InstanceNotFound";
  /** The instance is not a subscription: it cannot be renewed. */
  public static final String NOT_RENEWABLE = "InstanceNotRenewable";
  /**
   * The renewal was for an end time the instance no longer has (it was renewed meanwhile): an
   * automatic renewal renews only the period it was due for.
   */
  public static final String INSTANCE_RENEWED_MEANWHILE = "InstanceRenewedMeanwhile";

  /** A request with the same ClientToken is still being processed: retry it later. */
  public static final String ORDER_IN_PROGRESS = "OrderInProgress";
  /** Another change of this instance is in progress: retry once it is done. */
  public static final String CHANGE_IN_PROGRESS = "InstanceChangeInProgress";
  /** ApproveOrder on an order that is not waiting for its reseller's approval. */
  public static final String ORDER_NOT_PENDING_APPROVAL = "OrderNotPendingApproval";
  /** The order is no longer unpaid: it cannot be cancelled. */
  public static final String ORDER_NOT_CANCELLABLE = "OrderNotCancellable";
  /** The instance is not in a state that allows this change (not running, expired, released...). */
  public static final String INSTANCE_NOT_MODIFIABLE = "InstanceNotModifiable";

  private OrderErrors() {}
}
