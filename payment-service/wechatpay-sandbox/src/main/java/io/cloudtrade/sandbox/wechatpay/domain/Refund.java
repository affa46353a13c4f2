package io.cloudtrade.sandbox.wechatpay.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One refund in the sandbox's ledger, immutable like {@link Trade}. Amounts are in fen.
 *
 * @param totalFen the total of the refunded transaction
 */
public record Refund(
    String mchid,
    String outRefundNo,
    String refundId,
    String outTradeNo,
    String transactionId,
    long refundFen,
    long totalFen,
    String currency,
    String reason,
    String notifyUrl,
    RefundStatus status,
    Instant createTime,
    Instant successTime,
    long version) {

  public Refund {
    Objects.requireNonNull(mchid);
    Objects.requireNonNull(outRefundNo);
    Objects.requireNonNull(refundId);
    Objects.requireNonNull(outTradeNo);
    Objects.requireNonNull(status);
    Objects.requireNonNull(createTime);
    if (refundFen <= 0 || refundFen > totalFen) {
      throw new IllegalArgumentException("refund " + refundFen + " of " + totalFen);
    }
  }

  public RefundKey key() {
    return new RefundKey(mchid, outRefundNo);
  }

  /** This refund in {@code next} status (success time set on SUCCESS), one version later. */
  public Refund becoming(RefundStatus next, Instant at) {
    return new Refund(mchid, outRefundNo, refundId, outTradeNo, transactionId, refundFen, totalFen, currency, reason,
        notifyUrl, next, createTime, next == RefundStatus.SUCCESS ? at : successTime, version + 1);
  }
}
