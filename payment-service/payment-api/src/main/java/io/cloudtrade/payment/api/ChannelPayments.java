package io.cloudtrade.payment.api;

/** Names shared by channel payments: channels, scenes, statuses, the event topic. */
public final class ChannelPayments {
  public static final String ALIPAY = "Alipay";
  public static final String WECHATPAY = "WechatPay";

  /** online: the customer scans a QR code (Alipay precreate, WeChat Pay Native) */
  public static final String QR = "QR";
  /** offline: the customer presents a barcode (Alipay trade.pay bar_code, WeChat Pay micropay) */
  public static final String BARCODE = "Barcode";

  public static final String PENDING = "Pending";
  /** a barcode payment the customer still has to confirm in the app */
  public static final String WAITING_FOR_USER = "WaitingForUser";
  public static final String SUCCEEDED = "Succeeded";
  public static final String FAILED = "Failed";
  public static final String CLOSED = "Closed";

  public static final String EVENTS_TOPIC = "CT_PAYMENT_EVENTS";
  public static final String TAG_SUCCEEDED = "PaymentSucceeded";

  private ChannelPayments() {}
}
