package io.cloudtrade.sandbox.alipay.domain;

import java.time.Instant;

/**
 * One refund of a trade, known by its out_request_no.
 *
 * @param refundedTotalCents the trade's refunded total once this refund was made (Alipay's refund_fee)
 * @param byCancel whether alipay.trade.cancel made it
 */
public record Refund(String outRequestNo, long amountCents, long refundedTotalCents, Instant gmtRefund,
    String reason, boolean byCancel) {
}
