package io.cloudtrade.order.api;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;

/** Orders, exported over Dubbo. */
public interface OrderService {
  /**
   * Places a new-purchase order at the catalog's price and, if asked, pays it from the balance;
   * once paid, an {@link OrderPaidEvent} is published. Idempotent by (accountId, clientToken): the
   * same token with the same parameters returns the first result; with other parameters it is
   * rejected with {@link OrderErrors#IDEMPOTENT_PARAMETER_MISMATCH}.
   *
   * @return the order; or a catalog rejection (invalid product or configuration, passed through);
   *     {@link OrderErrors#IDEMPOTENT_PARAMETER_MISMATCH}; {@link
   *     io.cloudtrade.kernel.CommonErrors#INVALID_PARAMETER}; a payment rejection such as
   *     NotEnoughBalance (the order then stays Unpaid)
   */
  Outcome<PlacedOrder> createInstance(CreateInstanceCommand command);

  /**
   * Pays an unpaid order from the balance. Paying a paid order again returns it unchanged.
   *
   * @return the order; or {@link OrderErrors#ORDER_NOT_FOUND}, {@link OrderErrors#ORDER_NOT_PAYABLE}
   *     or a payment rejection
   */
  Outcome<PlacedOrder> payOrder(long accountId, long orderId);

  /**
   * One order of the account.
   *
   * @return the order, or {@link OrderErrors#ORDER_NOT_FOUND} (also when it is another account's)
   */
  Outcome<OrderDetail> getOrder(long accountId, long orderId);

  /**
   * Renews a subscription instance: an order of type Renew at {@link #priceRenewal}'s price, paid
   * from the balance; once paid, an {@link OrderPaidEvent} (orderType Renew) makes instance lifecycle
   * extend the instance's end time. Idempotent by (accountId, clientToken) like {@link
   * #createInstance}.
   *
   * With {@link RenewInstanceCommand#getExpectedEndTime()} set, only that end time is renewed (see
   * there); the OrderPaidEvent carries it.
   *
   * @return the order; or the rejections of {@link #priceRenewal}, {@link
   *     OrderErrors#IDEMPOTENT_PARAMETER_MISMATCH}, {@link io.cloudtrade.kernel.CommonErrors#INVALID_PARAMETER},
   *     {@link OrderErrors#INSTANCE_RENEWED_MEANWHILE} (an expected end time that is not the instance's),
   *     a payment rejection (the order then stays Unpaid)
   */
  Outcome<PlacedOrder> renewInstance(RenewInstanceCommand command);

  /**
   * Prices the renewal of a subscription instance for a period, without buying it: under the catalog
   * version its order was agreed under when the product's renewal policy is AGREED (so a later price
   * change never alters it), under the version in force when the policy is CURRENT.
   *
   * @return the price; or {@link OrderErrors#INSTANCE_NOT_FOUND} (also when it is another
   *     account's), {@link OrderErrors#NOT_RENEWABLE} (pay-as-you-go), a catalog rejection (e.g. an
   *     invalid period)
   */
  Outcome<RenewalPrice> priceRenewal(long accountId, String instanceId, int period, String periodUnit);

  /** The account's orders, newest first. */
  Outcome<Page<OrderDetail>> queryOrders(OrderQuery query);

  /**
   * Changes the specification of a running subscription instance (BSS ModifyInstance). Upgrade
   * charges the prorated difference for the rest of the paid period; Downgrade refunds it once the
   * change is applied; TemporaryUpgrade charges the window and reverts by itself at its end. One
   * change at a time per instance. Idempotent by (accountId, clientToken).
   *
   * @return the order; or {@link OrderErrors#CHANGE_IN_PROGRESS} (retryable), {@link
   *     OrderErrors#INSTANCE_NOT_FOUND}, {@link OrderErrors#INSTANCE_NOT_MODIFIABLE}, a catalog
   *     rejection (invalid configuration, a change in the wrong direction), {@link
   *     OrderErrors#IDEMPOTENT_PARAMETER_MISMATCH}, {@link OrderErrors#ORDER_IN_PROGRESS}, {@link
   *     io.cloudtrade.kernel.CommonErrors#INVALID_PARAMETER}, a payment rejection
   */
  Outcome<PlacedOrder> modifyInstance(ModifyInstanceCommand command);

  /**
   * What unsubscribing the instance now would give back, without doing it.
   *
   * @return the refund; or {@link OrderErrors#INSTANCE_NOT_FOUND}, {@link
   *     OrderErrors#INSTANCE_NOT_MODIFIABLE}
   */
  Outcome<RefundPrice> priceRefund(long accountId, String instanceId);

  /**
   * Unsubscribes a subscription instance: a Refund order for {@link #priceRefund}'s amount; the
   * instance is released and the amount goes back to the balance. Idempotent by (accountId,
   * clientToken).
   *
   * @return the order (Refunding, then Refunded); or the rejections of {@link #priceRefund}, {@link
   *     OrderErrors#CHANGE_IN_PROGRESS}, {@link OrderErrors#IDEMPOTENT_PARAMETER_MISMATCH}
   */
  Outcome<PlacedOrder> refundInstance(RefundInstanceCommand command);

  /**
   * Cancels an unpaid order (BSS CancelOrder). Cancelling a cancelled order returns it unchanged.
   * Unpaid orders are also cancelled by themselves when their payment time runs out.
   *
   * @return the order; or {@link OrderErrors#ORDER_NOT_FOUND}, {@link
   *     OrderErrors#ORDER_NOT_CANCELLABLE} (being paid, or paid)
   */
  Outcome<PlacedOrder> cancelOrder(long accountId, long orderId);

  /**
   * Renews a subscription instance and changes its specification from the start of the renewed
   * period (BSS RenewChangeInstance): an order of type RenewChange at the renewal price of the new
   * specification. Instance lifecycle extends the end time at once and applies the new
   * specification when the renewed period starts; if that fails, the difference from a plain
   * renewal goes back to the balance (the renewal stands). The instance takes no other change until
   * then. Idempotent by (accountId, clientToken).
   *
   * @return the order; or the rejections of {@link #priceRenewal} and {@link #modifyInstance}
   */
  Outcome<PlacedOrder> renewChangeInstance(RenewChangeInstanceCommand command);

  /**
   * Starts paying an unpaid order through a payment channel: the answer carries the QR code to show
   * (or the barcode payment's state); the order becomes Paid when the channel confirms the payment.
   * A payment that arrives for an order that cannot take it any more (cancelled, or paid another
   * way) is refunded through its channel.
   *
   * @return the payment; or {@link OrderErrors#ORDER_NOT_FOUND}, {@link OrderErrors#ORDER_NOT_PAYABLE},
   *     the payment service's rejections (channel unavailable or refused, invalid auth code)
   */
  Outcome<OrderChannelPayment> payOrderByChannel(PayByChannelCommand command);

  /**
   * The reseller approves (the order is then paid from its payer's balance, if it was placed to be
   * paid at once, else it waits Unpaid) or rejects (the order is cancelled and its credit given back)
   * an order of one of its customers that its rules held for approval (status PendingApproval).
   * Approving an approved order, or rejecting a rejected one, returns it unchanged.
   *
   * @return the order; or {@link OrderErrors#ORDER_NOT_FOUND} (also for an order of another
   *     reseller's customer), {@link OrderErrors#ORDER_NOT_PENDING_APPROVAL}, the rejections of {@link
   *     #payOrder}
   */
  Outcome<PlacedOrder> approveOrder(ApproveOrderCommand command);
}
