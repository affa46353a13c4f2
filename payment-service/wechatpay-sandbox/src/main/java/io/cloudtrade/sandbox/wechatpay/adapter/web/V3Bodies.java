package io.cloudtrade.sandbox.wechatpay.adapter.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The JSON bodies API v3 requests carry (snake_case, unknown fields ignored). */
final class V3Bodies {
  private V3Bodies() {
  }

  /** {@code amount} of a prepay ({@code total}) or a refund ({@code refund}, {@code total}), in fen. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Amount(Long total, Long refund, String currency) {
  }

  /** {@code POST /v3/pay/transactions/native}. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Prepay(String appid, String mchid, String description, String outTradeNo, String notifyUrl, String attach,
      Amount amount) {
  }

  /** {@code POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close}. */
  record Close(String mchid) {
  }

  /** {@code POST /v3/refund/domestic/refunds}. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Refund(String transactionId, String outTradeNo, String outRefundNo, String reason, String notifyUrl,
      Amount amount) {
  }
}
