package io.cloudtrade.sandbox.wechatpay.application;

import io.cloudtrade.sandbox.wechatpay.domain.Change;
import io.cloudtrade.sandbox.wechatpay.domain.ErrorCodes;
import io.cloudtrade.sandbox.wechatpay.domain.Ledger;
import io.cloudtrade.sandbox.wechatpay.domain.Merchant;
import io.cloudtrade.sandbox.wechatpay.domain.Outcome;
import io.cloudtrade.sandbox.wechatpay.domain.Refund;
import io.cloudtrade.sandbox.wechatpay.domain.RefundCreation;
import io.cloudtrade.sandbox.wechatpay.domain.RefundKey;
import io.cloudtrade.sandbox.wechatpay.domain.RefundStatus;
import io.cloudtrade.sandbox.wechatpay.domain.Trade;
import io.cloudtrade.sandbox.wechatpay.domain.TradeKey;
import io.cloudtrade.sandbox.wechatpay.protocol.WechatIds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API v3 domestic refunds. A refund is deduplicated by {@code out_refund_no}: the same request again
 * answers the same refund and refunds nothing more; together, refunds never exceed what was paid.
 * A refund succeeds at once, or after the configured processing time (PROCESSING until then).
 */
public final class Refunds {
  private static final Logger log = LoggerFactory.getLogger(Refunds.class);
  private static final String MISMATCH =
      "订单金额或退款金额与之前请求不一致 (the amounts differ from the first request)";
  private final Ledger ledger;
  private final Clock clock;
  private final Notifier notifier;
  private final ScheduledExecutorService scheduler;
  private final Duration processingTime;

  public Refunds(Ledger ledger, Clock clock, Notifier notifier, ScheduledExecutorService scheduler,
      Duration processingTime) {
    this.ledger = ledger;
    this.clock = clock;
    this.notifier = notifier;
    this.scheduler = scheduler;
    this.processingTime = processingTime;
  }

  public Outcome<Refund> create(Merchant merchant, RefundCommand c) {
    if (c.outRefundNo() == null || !Checks.OUT_REFUND_NO.matcher(c.outRefundNo()).matches()) {
      return Outcome.rejected(ErrorCodes.PARAM_ERROR, "out_refund_no must be 1 to 64 of [0-9A-Za-z_-|*@]");
    }
    if (c.refundFen() == null || c.refundFen() <= 0 || c.totalFen() == null || c.totalFen() <= 0) {
      return Outcome.rejected(ErrorCodes.PARAM_ERROR, "amount.refund and amount.total must be positive numbers of fen");
    }
    if (c.currency() != null && !"CNY".equals(c.currency())) {
      return Outcome.rejected(ErrorCodes.PARAM_ERROR, "amount.currency must be CNY");
    }
    if (c.notifyUrl() != null && !Checks.isHttpUrl(c.notifyUrl())) {
      return Outcome.rejected(ErrorCodes.PARAM_ERROR, "notify_url must be an http(s) URL");
    }
    if (c.transactionId() == null && c.outTradeNo() == null) {
      return Outcome.rejected(ErrorCodes.PARAM_ERROR, "transaction_id or out_trade_no is required");
    }
    Optional<Trade> trade = c.transactionId() != null
        ? ledger.findByTransactionId(merchant.mchid(), c.transactionId())
        : ledger.find(new TradeKey(merchant.mchid(), c.outTradeNo()));
    if (trade.isEmpty()) {
      return Outcome.rejected(ErrorCodes.RESOURCE_NOT_EXISTS, "订单不存在 (no such transaction)");
    }
    Trade t = trade.get();
    RefundKey key = new RefundKey(merchant.mchid(), c.outRefundNo());
    Optional<Refund> existing = ledger.findRefund(key);
    if (existing.isPresent()) {
      return sameRequest(existing.get(), t, c)
          ? Outcome.ok(existing.get())
          : Outcome.rejected(ErrorCodes.INVALID_REQUEST, MISMATCH);
    }
    if (c.totalFen() != t.totalFen()) {
      return Outcome.rejected(ErrorCodes.INVALID_REQUEST, MISMATCH);
    }
    Instant now = clock.instant();
    boolean atOnce = processingTime.isZero() || processingTime.isNegative();
    Outcome<RefundCreation> outcome = ledger.refund(t.key(), key, c.refundFen(), updated -> new Refund(
        merchant.mchid(), c.outRefundNo(), WechatIds.refundId(now), updated.outTradeNo(), updated.transactionId(),
        c.refundFen(), updated.totalFen(), updated.currency(), c.reason(), c.notifyUrl(),
        atOnce ? RefundStatus.SUCCESS : RefundStatus.PROCESSING, now, atOnce ? now : null, 1));
    if (!outcome.isOk()) {
      return Outcome.rejected(outcome.rejection());
    }
    Refund refund = outcome.value().refund();
    if (!outcome.value().created()) {
      return sameRequest(refund, t, c) ? Outcome.ok(refund) : Outcome.rejected(ErrorCodes.INVALID_REQUEST, MISMATCH);
    }
    log.info("refund {} {} of {} {} fen: {}", merchant.mchid(), refund.outRefundNo(), refund.outTradeNo(),
        refund.refundFen(), refund.status());
    if (atOnce) {
      notifier.refundSucceeded(refund);
    } else {
      try {
        scheduler.schedule(() -> succeed(key), processingTime.toMillis(), TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException stopping) {
        log.warn("refund {} stays PROCESSING: the sandbox is stopping", key);
      }
    }
    return Outcome.ok(refund);
  }

  /** A merchant's refund by {@code out_refund_no}. */
  public Outcome<Refund> query(Merchant merchant, String outRefundNo) {
    return ledger.findRefund(new RefundKey(merchant.mchid(), outRefundNo))
        .map(Outcome::ok)
        .orElseGet(() -> Outcome.rejected(ErrorCodes.RESOURCE_NOT_EXISTS, "退款单不存在 (no such refund)"));
  }

  private void succeed(RefundKey key) {
    Change<Refund> change = ledger.transitionRefund(key, RefundStatus.SUCCESS, clock.instant());
    if (change.applied()) {
      log.info("refund {} {}: SUCCESS", key.mchid(), key.outRefundNo());
      notifier.refundSucceeded(change.current());
    }
  }

  private static boolean sameRequest(Refund r, Trade t, RefundCommand c) {
    return r.outTradeNo().equals(t.outTradeNo())
        && r.refundFen() == c.refundFen()
        && r.totalFen() == c.totalFen();
  }
}
