package io.cloudtrade.payment.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.IdGenerator;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.payment.api.ChannelRefund;
import io.cloudtrade.payment.api.PaymentErrors;
import io.cloudtrade.payment.api.RefundChannelPaymentRequest;
import io.cloudtrade.payment.domain.ChannelPaymentState;
import io.cloudtrade.payment.persistence.ChannelPaymentMapper;
import io.cloudtrade.payment.persistence.ChannelPaymentRow;
import io.cloudtrade.payment.persistence.ChannelRefundMapper;
import io.cloudtrade.payment.persistence.ChannelRefundRow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refunds succeeded channel payments through their channel. The refund row is written first
 * (Pending), under a lock on the payment so that the refunds of one payment never add up to more
 * than it; then the channel is asked, with the request number it deduplicates by, so a retry after
 * no answer is safe and moves no money twice.
 */
@Service
public class RefundThroughChannel {
  static final String PENDING = "Pending";
  static final String SUCCEEDED = "Succeeded";
  static final String FAILED = "Failed";

  private final ChannelPaymentMapper payments;
  private final ChannelRefundMapper refunds;
  private final Map<String, PaymentChannel> channels;
  private final TransactionTemplate tx;
  private final IdGenerator ids;
  private final Clock clock = Clock.systemUTC();

  public RefundThroughChannel(ChannelPaymentMapper payments, ChannelRefundMapper refunds, List<PaymentChannel> channels,
      TransactionTemplate tx, IdGenerator ids) {
    this.payments = payments;
    this.refunds = refunds;
    this.channels = channels.stream().collect(Collectors.toMap(PaymentChannel::name, Function.identity()));
    this.tx = tx;
    this.ids = ids;
  }

  public Outcome<ChannelRefund> refund(RefundChannelPaymentRequest r) {
    if (r.getAmount() == null || r.getAmount().minor() <= 0 || r.getRequestNo() == null || r.getRequestNo().isBlank()
        || r.getRequestNo().length() > 64) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "a positive amount and a requestNo of at most 64 characters are required");
    }
    ChannelPaymentRow p = payments.find(r.getPaymentId());
    if (p == null || p.accountId != r.getAccountId()) {
      return Outcome.rejected(PaymentErrors.PAYMENT_NOT_FOUND, "payment " + r.getPaymentId() + " does not exist");
    }
    if (!ChannelPaymentState.SUCCEEDED.wire().equals(p.status) || !p.currency.equals(r.getAmount().currency())) {
      return Outcome.rejected(PaymentErrors.PAYMENT_MISMATCH, "payment " + p.paymentId + " is " + p.status + " in " + p.currency
          + ": only a succeeded payment is refunded, in its currency");
    }
    ChannelRefundRow row = refunds.find(p.paymentId, r.getRequestNo());
    if (row == null) {
      Outcome<ChannelRefundRow> written = write(p, r);
      if (!written.isOk()) {
        return Outcome.rejectedAs(written);
      }
      row = written.value();
    }
    if (row.amountMinor != r.getAmount().minor()) {
      return Outcome.rejected(PaymentErrors.PAYMENT_MISMATCH, "refund " + r.getRequestNo() + " of payment " + p.paymentId
          + " was asked before for another amount");
    }
    if (!PENDING.equals(row.status)) {
      return Outcome.ok(view(row)); // settled already: the same answer, no money moves
    }
    PaymentChannel channel = channels.get(p.channel);
    if (channel == null) {
      return Outcome.rejected(PaymentErrors.CHANNEL_UNAVAILABLE, p.channel + " is not configured on this payment service");
    }
    PaymentChannel.Answer a = channel.refund(p, row.requestNo, row.amountMinor);
    switch (a.kind()) {
      case REFUNDED -> refunds.settle(row.refundId, PENDING, SUCCEEDED, null, now());
      case FAILED -> {
        refunds.settle(row.refundId, PENDING, FAILED, clip(a.reason()), now());
        return Outcome.rejected(PaymentErrors.CHANNEL_REJECTED, p.channel + " refused refund " + row.requestNo + ": " + a.reason());
      }
      default -> {
        return Outcome.rejected(PaymentErrors.CHANNEL_UNAVAILABLE, p.channel + " gave no answer to refund " + row.requestNo
            + " (" + a.reason() + "); ask again with the same requestNo");
      }
    }
    return Outcome.ok(view(refunds.find(p.paymentId, row.requestNo)));
  }

  /** Writes the refund Pending if what is left of the payment allows it. */
  private Outcome<ChannelRefundRow> write(ChannelPaymentRow p, RefundChannelPaymentRequest r) {
    Instant now = now();
    ChannelRefundRow row = new ChannelRefundRow();
    row.refundId = ids.next();
    row.paymentId = p.paymentId;
    row.accountId = p.accountId;
    row.requestNo = r.getRequestNo();
    row.amountMinor = r.getAmount().minor();
    row.currency = p.currency;
    row.status = PENDING;
    row.reason = r.getReason() == null ? null : r.getReason().substring(0, Math.min(256, r.getReason().length()));
    row.createdAt = now;
    row.updatedAt = now;
    try {
      Boolean fits = tx.execute(s -> {
        refunds.lockPayment(p.paymentId);
        if (refunds.committedMinor(p.paymentId) + row.amountMinor > p.amountMinor) {
          return false;
        }
        refunds.insert(row);
        return true;
      });
      if (!Boolean.TRUE.equals(fits)) {
        return Outcome.rejected(PaymentErrors.PAYMENT_MISMATCH, "refunds of payment " + p.paymentId + " would exceed its "
            + Money.ofMinor(p.amountMinor, p.currency));
      }
      return Outcome.ok(row);
    } catch (DuplicateKeyException sameRequestConcurrently) {
      return Outcome.ok(refunds.find(p.paymentId, r.getRequestNo()));
    }
  }

  static ChannelRefund view(ChannelRefundRow r) {
    return new ChannelRefund()
        .setRefundId(r.refundId)
        .setPaymentId(r.paymentId)
        .setRequestNo(r.requestNo)
        .setAmount(Money.ofMinor(r.amountMinor, r.currency))
        .setStatus(r.status)
        .setFailureReason(r.failureReason)
        .setCreatedAt(r.createdAt);
  }

  private static String clip(String s) {
    return s == null || s.length() <= 512 ? s : s.substring(0, 512);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
