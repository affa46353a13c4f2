package io.cloudtrade.sandbox.wechatpay.domain;

/** A refund's identity: {@code out_refund_no} is unique per merchant. */
public record RefundKey(String mchid, String outRefundNo) {
}
