package io.cloudtrade.sandbox.wechatpay.protocol;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Identifiers shaped like WeChat Pay's, random. */
public final class WechatIds {
  private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(WechatTime.BEIJING);

  private WechatIds() {
  }

  /** A 28-digit {@code transaction_id}: 4200, the day, 16 random digits. */
  public static String transactionId(Instant now) {
    return "4200" + DAY.format(now) + digits(16);
  }

  /** A 29-digit {@code refund_id}. */
  public static String refundId(Instant now) {
    return "50" + digits(3) + DAY.format(now) + digits(16);
  }

  /** A Native {@code code_url}. */
  public static String codeUrl() {
    return "weixin://wxpay/bizpayurl?pr=" + alphanumeric(7);
  }

  /** A payer's {@code openid}. */
  public static String openid() {
    return "oUpF8" + alphanumeric(23);
  }

  /** A random string of letters and digits (nonces). */
  public static String alphanumeric(int length) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(ALPHANUMERIC.charAt(r.nextInt(ALPHANUMERIC.length())));
    }
    return s.toString();
  }

  private static String digits(int length) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append((char) ('0' + r.nextInt(10)));
    }
    return s.toString();
  }
}
