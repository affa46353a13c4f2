package io.cloudtrade.sandbox.alipay.domain;

/** How a trade came to be. */
public enum TradeKind {
  /** alipay.trade.precreate: the buyer scans the merchant's QR code. */
  QR_CODE,
  /** alipay.trade.pay: the merchant scans the buyer's payment code. */
  BAR_CODE,
  /**
   * alipay.trade.cancel of an out_trade_no Alipay had never seen: kept closed so that a late
   * alipay.trade.pay of it cannot succeed; queries still answer ACQ.TRADE_NOT_EXIST.
   */
  CANCELLED_UNKNOWN
}
