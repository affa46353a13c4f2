package io.cloudtrade.sandbox.alipay.domain;

/** A trade is known by its merchant application and the merchant's out_trade_no. */
public record TradeKey(String appId, String outTradeNo) {
}
