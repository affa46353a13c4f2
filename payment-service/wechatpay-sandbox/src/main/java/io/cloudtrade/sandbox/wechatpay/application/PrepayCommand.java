package io.cloudtrade.sandbox.wechatpay.application;

/** The body of {@code POST /v3/pay/transactions/native}; amounts in fen. */
public record PrepayCommand(String appid, String mchid, String description, String outTradeNo, String notifyUrl,
    String attach, Long totalFen, String currency) {
}
