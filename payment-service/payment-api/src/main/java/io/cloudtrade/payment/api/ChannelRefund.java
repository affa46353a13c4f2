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
  /** the order the refunded payment paid; set by {@link ChannelPaymentService#listChannelRefunds} */
  private long orderId;
  /** the refunded payment's channel, {@link ChannelPayments#ALIPAY} or {@link ChannelPayments#WECHATPAY}; set by the list */
  private String channel;
  private String requestNo;
  private Money amount;
  /** Pending (asked, no answer yet), Succeeded or Failed */
  private String status;
  private String failureReason;
  private Instant createdAt;
  /** the last change of its status; set by {@link ChannelPaymentService#listChannelRefunds} */
  private Instant updatedAt;

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

  public long getOrderId() {
    return orderId;
  }

  public ChannelRefund setOrderId(long orderId) {
    this.orderId = orderId;
    return this;
  }

  public String getChannel() {
    return channel;
  }

  public ChannelRefund setChannel(String channel) {
    this.channel = channel;
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

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public ChannelRefund setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
    return this;
  }

  @Override
  public String toString() {
    return "ChannelRefund{" + "refundId=" + refundId + ", " + "paymentId=" + paymentId + ", " + "orderId=" + orderId + ", " + "channel=" + channel + ", " + "requestNo=" + requestNo + ", " + "amount=" + amount + ", " + "status=" + status + ", " + "failureReason=" + failureReason + ", " + "createdAt=" + createdAt + ", " + "updatedAt=" + updatedAt + "}";
  }
}
