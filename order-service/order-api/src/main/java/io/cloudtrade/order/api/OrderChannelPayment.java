package io.cloudtrade.order.api;

import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;

/** A payment of an order through a channel, as the order service started it; the order becomes Paid when the channel confirms it. */
public class OrderChannelPayment implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private long orderId;
  private long paymentId;
  private String channel;
  private String scene;
  /** the payment's: Pending, WaitingForUser, Succeeded, Failed, Closed */
  private String status;
  /** QR only: what the QR code shows */
  private String qrCode;
  private Money amount;

  public long getOrderId() {
    return orderId;
  }

  public OrderChannelPayment setOrderId(long orderId) {
    this.orderId = orderId;
    return this;
  }

  public long getPaymentId() {
    return paymentId;
  }

  public OrderChannelPayment setPaymentId(long paymentId) {
    this.paymentId = paymentId;
    return this;
  }

  public String getChannel() {
    return channel;
  }

  public OrderChannelPayment setChannel(String channel) {
    this.channel = channel;
    return this;
  }

  public String getScene() {
    return scene;
  }

  public OrderChannelPayment setScene(String scene) {
    this.scene = scene;
    return this;
  }

  public String getStatus() {
    return status;
  }

  public OrderChannelPayment setStatus(String status) {
    this.status = status;
    return this;
  }

  public String getQrCode() {
    return qrCode;
  }

  public OrderChannelPayment setQrCode(String qrCode) {
    this.qrCode = qrCode;
    return this;
  }

  public Money getAmount() {
    return amount;
  }

  public OrderChannelPayment setAmount(Money amount) {
    this.amount = amount;
    return this;
  }

  @Override
  public String toString() {
    return "OrderChannelPayment{" + "orderId=" + orderId + ", " + "paymentId=" + paymentId + ", " + "channel=" + channel + ", " + "scene=" + scene + ", " + "status=" + status + ", " + "qrCode=" + qrCode + ", " + "amount=" + amount + "}";
  }
}
