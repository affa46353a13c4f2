package io.cloudtrade.sandbox.wechatpay.domain;

/** How a transaction was started ({@code trade_type}). */
public enum TradeType {
  /** A QR code shown by the merchant and scanned by the payer (API v3 Native). */
  NATIVE,
  /** A payment code shown by the payer and scanned by the merchant (API v2 micropay). */
  MICROPAY
}
