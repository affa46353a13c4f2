package io.cloudtrade.payment.domain;

import io.cloudtrade.payment.api.ReconciliationDifferenceKind;
import java.time.Instant;

/**
 * A difference found by {@link BillComparison}; the side without a record has nulls.
 *
 * @param note why, in words, when the kind alone does not say it
 */
public record Difference(ReconciliationDifferenceKind kind, RecordKey key, String channelTradeNo, Long ourAmountMinor,
    String ourStatus, Instant ourTime, Long channelAmountMinor, String channelStatus, Instant channelTime, String currency,
    String note) {

  static Difference of(ReconciliationDifferenceKind kind, RecordKey key, OurRecord ours, BillLine line, String note) {
    return new Difference(kind, key, line == null ? null : line.channelTradeNo(),
        ours == null ? null : ours.amountMinor(), ours == null ? null : ours.status(), ours == null ? null : ours.time(),
        line == null ? null : line.amountMinor(), line == null ? null : line.status(), line == null ? null : line.time(),
        ours == null || ours.currency() == null ? "CNY" : ours.currency(), note);
  }
}
