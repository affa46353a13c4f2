package io.cloudtrade.sandbox.wechatpay.domain;

/** A transaction's identity: {@code out_trade_no} is unique per merchant. */
public record TradeKey(String mchid, String outTradeNo) {
}
