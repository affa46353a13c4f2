package io.cloudtrade.sandbox.wechatpay.application;

/** The parameters of API v2 {@code /pay/micropay}; amounts in fen. */
public record MicropayCommand(String appid, String outTradeNo, String body, String attach, Long totalFen,
    String currency, String authCode, String spbillCreateIp) {
}
