package io.cloudtrade.payment.api;

import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** A refund of a channel payment. */
public class ChannelRefund implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private long refundId;
  private long paymentId;
  private String requestNo;
  private Money amount;
  /** Succeeded or Failed */
  private String status;
  private String failureReason;
  private Instant createdAt;

  public long getRefundId() {
    return refundId;
  }

  public ChannelRefund setRefundId(long refundId) {
    this.refundId = refundId;
    return this;
  }

  public long getPaymentId() {
    return paymentId;
  }

  public ChannelRefund setPaymentId(long paymentId) {
    this.paymentId = paymentId;
    return this;
  }

  public String getRequestNo() {
    return requestNo;
  }

  public ChannelRefund setRequestNo(String requestNo) {
    this.requestNo = requestNo;
    return this;
  }

  public Money getAmount() {
    return amount;
  }

  public ChannelRefund setAmount(Money amount) {
    this.amount = amount;
    return this;
  }

  public String getStatus() {
    return status;
  }

  public ChannelRefund setStatus(String status) {
    this.status = status;
    return this;
  }

  public String getFailureReason() {
    return failureReason;
  }

  public ChannelRefund setFailureReason(String failureReason) {
    this.failureReason = failureReason;
    return this;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public ChannelRefund setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  @Override
  public String toString() {
    return "ChannelRefund{" + "refundId=" + refundId + ", " + "paymentId=" + paymentId + ", " + "requestNo=" + requestNo + ", " + "amount=" + amount + ", " + "status=" + status + ", " + "failureReason=" + failureReason + ", " + "createdAt=" + createdAt + "}";
  }
}
