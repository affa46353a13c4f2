package io.cloudtrade.sandbox.wechatpay.domain;

/** WeChat Pay's error codes used by the sandbox (API v3 {@code code}, API v2 {@code err_code}). */
public final class ErrorCodes {
  // API v3
  public static final String PARAM_ERROR = "PARAM_ERROR";
  public static final String INVALID_REQUEST = "INVALID_REQUEST";
  public static final String SIGN_ERROR = "SIGN_ERROR";
  public static final String APPID_MCHID_NOT_MATCH = "APPID_MCHID_NOT_MATCH";
  public static final String ORDER_NOT_EXIST = "ORDER_NOT_EXIST";
  public static final String ORDER_CLOSED = "ORDER_CLOSED";
  /** An already paid order; WeChat Pay's v2 spelling is {@link #ORDERPAID}. */
  public static final String ORDER_PAID = "ORDER_PAID";
  public static final String RESOURCE_NOT_EXISTS = "RESOURCE_NOT_EXISTS";
  public static final String NOT_FOUND = "NOT_FOUND";
  public static final String SYSTEM_ERROR = "SYSTEM_ERROR";
  // API v2
  public static final String USERPAYING = "USERPAYING";
  public static final String AUTH_CODE_INVALID = "AUTH_CODE_INVALID";
  public static final String NOTENOUGH = "NOTENOUGH";
  public static final String ORDERPAID = "ORDERPAID";
  public static final String ORDERCLOSED = "ORDERCLOSED";
  public static final String ORDERREVERSED = "ORDERREVERSED";
  public static final String ORDERNOTEXIST = "ORDERNOTEXIST";
  public static final String OUT_TRADE_NO_USED = "OUT_TRADE_NO_USED";
  public static final String TRADE_ERROR = "TRADE_ERROR";

  private ErrorCodes() {
  }
}
