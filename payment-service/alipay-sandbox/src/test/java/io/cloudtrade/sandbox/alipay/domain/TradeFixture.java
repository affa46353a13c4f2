package io.cloudtrade.sandbox.alipay.domain;

import java.time.Instant;

/** Trades for the unit tests. */
public final class TradeFixture {
  private TradeFixture() {
  }

  /** An unpaid QR code trade of 10.00 yuan. */
  public static Trade anUnpaidTrade(String outTradeNo) {
    return Trade.open("2021000000000001", outTradeNo, "2026112422001" + Math.abs(outTradeNo.hashCode()),
        TradeKind.QR_CODE, "an order", 1000, null, "https://qr.example/bax1", null, Instant.parse("2026-11-24T10:00:00Z"));
  }
}
