package io.cloudtrade.sandbox.wechatpay.application;

import java.util.regex.Pattern;

/** Formats WeChat Pay checks on its parameters. */
final class Checks {
  /** {@code out_trade_no}: 6 to 32 of digits, letters, {@code _-|*}. */
  static final Pattern OUT_TRADE_NO = Pattern.compile("[0-9A-Za-z_\\-|*]{6,32}");
  /** {@code out_refund_no}: 1 to 64 of digits, letters, {@code _-|*@}. */
  static final Pattern OUT_REFUND_NO = Pattern.compile("[0-9A-Za-z_\\-|*@]{1,64}");

  private Checks() {
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static boolean isHttpUrl(String s) {
    return s != null && (s.startsWith("https://") || s.startsWith("http://")) && s.length() <= 256;
  }
}
