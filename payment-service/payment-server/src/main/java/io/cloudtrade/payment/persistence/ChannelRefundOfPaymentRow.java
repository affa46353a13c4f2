package io.cloudtrade.payment.persistence;

/** A row of channel_refund with the order and channel of the payment it refunds (joined by payment_id). */
public class ChannelRefundOfPaymentRow extends ChannelRefundRow {
  private static final long serialVersionUID = 1L;

  public long orderId;
  public String channel;
}
