package io.cloudtrade.payment.api;

import io.cloudtrade.kernel.BusinessField;
import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** Published on {@link ChannelPayments#EVENTS_TOPIC} once per payment when it succeeds: the order service marks the order paid, or has the payment refunded if the order can no longer take it. */
public class PaymentSucceededEvent implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @BusinessField("paymentId")
  private long paymentId;
  @BusinessField("orderId")
  private long orderId;
  @BusinessField("accountId")
  private long accountId;
  private String channel;
  @BusinessField("amount")
  private Money amount;
  private String channelTradeNo;
  private Instant paidAt;

  public long getPaymentId() {
    return paymentId;
  }

  public PaymentSucceededEvent setPaymentId(long paymentId) {
    this.paymentId = paymentId;
    return this;
  }

  public long getOrderId() {
    return orderId;
  }

  public PaymentSucceededEvent setOrderId(long orderId) {
    this.orderId = orderId;
    return this;
  }

  public long getAccountId() {
    return accountId;
  }

  public PaymentSucceededEvent setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public String getChannel() {
    return channel;
  }

  public PaymentSucceededEvent setChannel(String channel) {
    this.channel = channel;
    return this;
  }

  public Money getAmount() {
    return amount;
  }

  public PaymentSucceededEvent setAmount(Money amount) {
    this.amount = amount;
    return this;
  }

  public String getChannelTradeNo() {
    return channelTradeNo;
  }

  public PaymentSucceededEvent setChannelTradeNo(String channelTradeNo) {
    this.channelTradeNo = channelTradeNo;
    return this;
  }

  public Instant getPaidAt() {
    return paidAt;
  }

  public PaymentSucceededEvent setPaidAt(Instant paidAt) {
    this.paidAt = paidAt;
    return this;
  }

  @Override
  public String toString() {
    return "PaymentSucceededEvent{" + "paymentId=" + paymentId + ", " + "orderId=" + orderId + ", " + "accountId=" + accountId + ", " + "channel=" + channel + ", " + "amount=" + amount + ", " + "channelTradeNo=" + channelTradeNo + ", " + "paidAt=" + paidAt + "}";
  }
}
