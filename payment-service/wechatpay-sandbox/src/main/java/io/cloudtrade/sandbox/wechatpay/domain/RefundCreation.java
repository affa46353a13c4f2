package io.cloudtrade.sandbox.wechatpay.domain;

/**
 * The refund stored under an {@code out_refund_no}, and whether this request created it (a repeated
 * request finds the first one and refunds nothing more).
 */
public record RefundCreation(Refund refund, boolean created) {
}
