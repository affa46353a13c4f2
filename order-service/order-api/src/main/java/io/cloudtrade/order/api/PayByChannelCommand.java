package io.cloudtrade.order.api;

import io.cloudtrade.kernel.BusinessField;
import java.io.Serial;
import java.io.Serializable;

/** Pay an unpaid order through Alipay or WeChat Pay: by a QR code the customer scans, or the customer's barcode. */
public class PayByChannelCommand implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @BusinessField("accountId")
  private long accountId;
  @BusinessField("orderId")
  private long orderId;
  /** {@code Alipay} or {@code WechatPay} */
  private String channel;
  /** {@code QR} or {@code Barcode} */
  private String scene;
  /** Barcode only: the code read from the customer's app */
  private String authCode;

  public long getAccountId() {
    return accountId;
  }

  public PayByChannelCommand setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public long getOrderId() {
    return orderId;
  }

  public PayByChannelCommand setOrderId(long orderId) {
    this.orderId = orderId;
    return this;
  }

  public String getChannel() {
    return channel;
  }

  public PayByChannelCommand setChannel(String channel) {
    this.channel = channel;
    return this;
  }

  public String getScene() {
    return scene;
  }

  public PayByChannelCommand setScene(String scene) {
    this.scene = scene;
    return this;
  }

  public String getAuthCode() {
    return authCode;
  }

  public PayByChannelCommand setAuthCode(String authCode) {
    this.authCode = authCode;
    return this;
  }

  @Override
  public String toString() {
    return "PayByChannelCommand{" + "accountId=" + accountId + ", " + "orderId=" + orderId + ", " + "channel=" + channel + ", " + "scene=" + scene + ", " + "authCode=" + authCode + "}";
  }
}
