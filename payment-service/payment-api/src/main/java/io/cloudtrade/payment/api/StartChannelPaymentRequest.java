package io.cloudtrade.payment.api;

import io.cloudtrade.kernel.BusinessField;
import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;

/** Start paying an order through a payment channel: a QR code for the customer to scan (online), or the customer's barcode presented at a counter (offline). */
public class StartChannelPaymentRequest implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** the payer */
  @BusinessField("accountId")
  private long accountId;
  @BusinessField("orderId")
  private long orderId;
  @BusinessField("amount")
  private Money amount;
  /** {@link ChannelPayments#ALIPAY} or {@link ChannelPayments#WECHATPAY} */
  private String channel;
  /** {@link ChannelPayments#QR} or {@link ChannelPayments#BARCODE} */
  private String scene;
  /** BARCODE only: the code read from the customer's app */
  private String authCode;
  /** what the customer sees in the app, e.g. the product name */
  private String subject;

  public long getAccountId() {
    return accountId;
  }

  public StartChannelPaymentRequest setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public long getOrderId() {
    return orderId;
  }

  public StartChannelPaymentRequest setOrderId(long orderId) {
    this.orderId = orderId;
    return this;
  }

  public Money getAmount() {
    return amount;
  }

  public StartChannelPaymentRequest setAmount(Money amount) {
    this.amount = amount;
    return this;
  }

  public String getChannel() {
    return channel;
  }

  public StartChannelPaymentRequest setChannel(String channel) {
    this.channel = channel;
    return this;
  }

  public String getScene() {
    return scene;
  }

  public StartChannelPaymentRequest setScene(String scene) {
    this.scene = scene;
    return this;
  }

  public String getAuthCode() {
    return authCode;
  }

  public StartChannelPaymentRequest setAuthCode(String authCode) {
    this.authCode = authCode;
    return this;
  }

  public String getSubject() {
    return subject;
  }

  public StartChannelPaymentRequest setSubject(String subject) {
    this.subject = subject;
    return this;
  }

  @Override
  public String toString() {
    return "StartChannelPaymentRequest{" + "accountId=" + accountId + ", " + "orderId=" + orderId + ", " + "amount=" + amount + ", " + "channel=" + channel + ", " + "scene=" + scene + ", " + "authCode=" + authCode + ", " + "subject=" + subject + "}";
  }
}
