package io.cloudtrade.payment.domain;

import io.cloudtrade.payment.api.ChannelPayments;
import java.time.Instant;

/**
 * A channel payment or refund as our records have it, for reconciliation.
 *
 * @param channel the payment's channel (a refund's is its payment's)
 * @param refundRequestNo the refund's request number; "" for a payment
 * @param status our status: a payment's (Pending, WaitingForUser, Succeeded, Failed, Closed) or a refund's
 *     (Pending, Succeeded, Failed)
 * @param time when the money moved by our clock: a payment's paid_at, a refund's settling time; null if it did not
 */
public record OurRecord(LineType type, String outTradeNo, String refundRequestNo, String channel, long amountMinor,
    String currency, String status, Instant time) {
  public OurRecord {
    refundRequestNo = refundRequestNo == null ? "" : refundRequestNo;
  }

  /** What it is matched by. */
  public RecordKey key() {
    return new RecordKey(type, outTradeNo, refundRequestNo);
  }

  /** Whether we count the money as moved: a succeeded payment or refund. */
  public boolean moneyMoved() {
    return ChannelPayments.SUCCEEDED.equals(status);
  }
}
