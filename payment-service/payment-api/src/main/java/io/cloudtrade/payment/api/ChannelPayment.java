package io.cloudtrade.payment.api;

import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** One attempt to pay an order through a channel, as the payment service tracks it. */
public class ChannelPayment implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** also the merchant's trade number (out_trade_no) at the channel */
  private long paymentId;
  private long orderId;
  private long accountId;
  private String channel;
  private String scene;
  /** see {@link ChannelPayments}: Pending, WaitingForUser, Succeeded, Failed, Closed */
  private String status;
  private Money amount;
  /** QR only: the content of the QR code (Alipay qr_code, WeChat code_url) */
  private String qrCode;
  /** the channel's own trade number, once it has one */
  private String channelTradeNo;
  private String failureReason;
  private Instant createdAt;
  private Instant paidAt;
  /** when an unpaid attempt is closed */
  private Instant expiresAt;

  public long getPaymentId() {
    return paymentId;
  }

  public ChannelPayment setPaymentId(long paymentId) {
    this.paymentId = paymentId;
    return this;
  }

  public long getOrderId() {
    return orderId;
  }

  public ChannelPayment setOrderId(long orderId) {
    this.orderId = orderId;
    return this;
  }

  public long getAccountId() {
    return accountId;
  }

  public ChannelPayment setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public String getChannel() {
    return channel;
  }

  public ChannelPayment setChannel(String channel) {
    this.channel = channel;
    return this;
  }

  public String getScene() {
    return scene;
  }

  public ChannelPayment setScene(String scene) {
    this.scene = scene;
    return this;
  }

  public String getStatus() {
    return status;
  }

  public ChannelPayment setStatus(String status) {
    this.status = status;
    return this;
  }

  public Money getAmount() {
    return amount;
  }

  public ChannelPayment setAmount(Money amount) {
    this.amount = amount;
    return this;
  }

  public String getQrCode() {
    return qrCode;
  }

  public ChannelPayment setQrCode(String qrCode) {
    this.qrCode = qrCode;
    return this;
  }

  public String getChannelTradeNo() {
    return channelTradeNo;
  }

  public ChannelPayment setChannelTradeNo(String channelTradeNo) {
    this.channelTradeNo = channelTradeNo;
    return this;
  }

  public String getFailureReason() {
    return failureReason;
  }

  public ChannelPayment setFailureReason(String failureReason) {
    this.failureReason = failureReason;
    return this;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public ChannelPayment setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  public Instant getPaidAt() {
    return paidAt;
  }

  public ChannelPayment setPaidAt(Instant paidAt) {
    this.paidAt = paidAt;
    return this;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public ChannelPayment setExpiresAt(Instant expiresAt) {
    this.expiresAt = expiresAt;
    return this;
  }

  @Override
  public String toString() {
    return "ChannelPayment{" + "paymentId=" + paymentId + ", " + "orderId=" + orderId + ", " + "accountId=" + accountId + ", " + "channel=" + channel + ", " + "scene=" + scene + ", " + "status=" + status + ", " + "amount=" + amount + ", " + "qrCode=" + qrCode + ", " + "channelTradeNo=" + channelTradeNo + ", " + "failureReason=" + failureReason + ", " + "createdAt=" + createdAt + ", " + "paidAt=" + paidAt + ", " + "expiresAt=" + expiresAt + "}";
  }
}
