package io.cloudtrade.sandbox.wechatpay.application;

/** The body of {@code POST /v3/refund/domestic/refunds}; amounts in fen. */
public record RefundCommand(String transactionId, String outTradeNo, String outRefundNo, String reason,
    String notifyUrl, Long refundFen, Long totalFen, String currency) {
}
