package io.cloudtrade.payment.api;

import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** A payment of an order. */
public class Payment implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private long paymentId;
  private long orderId;
  private long accountId;
  /** {@code BALANCE} here; later also {@code ALIPAY}, {@code WECHAT} */
  private String channel;
  /** {@code SUCCEEDED}, {@code PENDING}, {@code FAILED} */
  private String status;
  private Money amount;
  /** UTC */
  private Instant createdAt;

  public long getPaymentId() {
    return paymentId;
  }

  public Payment setPaymentId(long paymentId) {
    this.paymentId = paymentId;
    return this;
  }

  public long getOrderId() {
    return orderId;
  }

  public Payment setOrderId(long orderId) {
    this.orderId = orderId;
    return this;
  }

  public long getAccountId() {
    return accountId;
  }

  public Payment setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public String getChannel() {
    return channel;
  }

  public Payment setChannel(String channel) {
    this.channel = channel;
    return this;
  }

  public String getStatus() {
    return status;
  }

  public Payment setStatus(String status) {
    this.status = status;
    return this;
  }

  public Money getAmount() {
    return amount;
  }

  public Payment setAmount(Money amount) {
    this.amount = amount;
    return this;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Payment setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  @Override
  public String toString() {
    return "Payment{" + "paymentId=" + paymentId + ", " + "orderId=" + orderId + ", " + "accountId=" + accountId + ", " + "channel=" + channel + ", " + "status=" + status + ", " + "amount=" + amount + ", " + "createdAt=" + createdAt + "}";
  }
}
