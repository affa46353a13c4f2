package io.cloudtrade.payment.api;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.kernel.PageRequest;

/** Payments through Alipay and WeChat Pay, exported over Dubbo. */
public interface ChannelPaymentService {
  /**
   * Starts paying an order through a channel. QR: the answer carries the QR code to show; the
   * payment succeeds when the customer pays (notify, or the janitor's query). Barcode: the channel
   * is asked to take the money at once; the answer is Succeeded, Failed, or WaitingForUser (the
   * customer must confirm in the app; the payment service polls and closes it when it times out).
   * An order has at most one succeeded payment: one that succeeds after another is refunded.
   *
   * @return the payment; or {@link PaymentErrors#CHANNEL_UNAVAILABLE}, {@link
   *     io.cloudtrade.kernel.CommonErrors#INVALID_PARAMETER}, {@link PaymentErrors#CHANNEL_REJECTED}
   *     (the channel refused it: its code in the message)
   */
  Outcome<ChannelPayment> startChannelPayment(StartChannelPaymentRequest request);

  /**
   * One payment of the account.
   *
   * @return it, or {@link PaymentErrors#PAYMENT_NOT_FOUND}
   */
  Outcome<ChannelPayment> getChannelPayment(long accountId, long paymentId);

  /**
   * A channel's notification, as it arrived: accepted only if its signature verifies and its app or
   * merchant id, trade number and amount match the payment; processed once however often it comes.
   * Never throws for a bad notification: the answer says how to reply.
   */
  NotifyAnswer acceptNotify(ChannelNotify notify);

  /**
   * Refunds (part of) a succeeded channel payment through its channel. Idempotent by (paymentId,
   * requestNo): the same request again returns the first refund and moves no money.
   *
   * @return the refund; or {@link PaymentErrors#PAYMENT_NOT_FOUND}, {@link
   *     PaymentErrors#PAYMENT_MISMATCH} (not succeeded, or more than is left, or the requestNo used
   *     with another amount), {@link PaymentErrors#CHANNEL_REJECTED}, {@link
   *     PaymentErrors#CHANNEL_UNAVAILABLE} (try again with the same requestNo)
   */
  Outcome<ChannelRefund> refundChannelPayment(RefundChannelPaymentRequest request);

  /**
   * One page of the account's channel payments, every status and both channels, newest first (by
   * creation time, then payment id). The items carry what {@link #getChannelPayment} answers.
   *
   * @param page numbered from 1, at most {@link PageRequest#MAX_PAGE_SIZE} items
   * @return the page (empty beyond the last one); or {@link io.cloudtrade.kernel.CommonErrors#INVALID_PARAMETER}
   *     when {@code page} is missing or out of range
   */
  Outcome<Page<ChannelPayment>> listChannelPayments(long accountId, PageRequest page);

  /**
   * One page of the refunds of the account's channel payments, newest first (by creation time, then
   * refund id), each with its payment's order id and channel and its last change ({@code updatedAt}).
   *
   * @param page numbered from 1, at most {@link PageRequest#MAX_PAGE_SIZE} items
   * @return the page (empty beyond the last one); or {@link io.cloudtrade.kernel.CommonErrors#INVALID_PARAMETER}
   *     when {@code page} is missing or out of range
   */
  Outcome<Page<ChannelRefund>> listChannelRefunds(long accountId, PageRequest page);
}
