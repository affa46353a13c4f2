package io.cloudtrade.sandbox.alipay.adapter.web;

import io.cloudtrade.sandbox.alipay.domain.Amounts;
import io.cloudtrade.sandbox.alipay.domain.Notification;
import io.cloudtrade.sandbox.alipay.domain.NotifyAttempt;
import io.cloudtrade.sandbox.alipay.domain.Refund;
import io.cloudtrade.sandbox.alipay.domain.Trade;
import java.time.Instant;
import java.util.List;

/** A ledger entry as the controls show it: amounts in yuan, times as UTC instants. */
public record TradeView(
    String appId,
    String outTradeNo,
    String tradeNo,
    String kind,
    String status,
    String subject,
    String totalAmount,
    String refundedAmount,
    String notifyUrl,
    String qrCode,
    String authCode,
    String buyerUserId,
    String buyerLogonId,
    Instant gmtCreate,
    Instant gmtPayment,
    Instant gmtClose,
    String cancelAction,
    List<RefundView> refunds,
    List<NotifyView> notifies,
    long version) {

  /** One refund. */
  public record RefundView(String outRequestNo, String amount, String refundedTotal, Instant gmtRefund,
      String reason, boolean byCancel) {
  }

  /** One notify and its attempts. */
  public record NotifyView(String notifyId, String event, String tradeStatus, String notifyUrl, String state,
      List<NotifyAttempt> attempts) {
  }

  public static TradeView of(Trade t) {
    return new TradeView(t.appId(), t.outTradeNo(), t.tradeNo(), t.kind().name(), t.status().name(), t.subject(),
        Amounts.format(t.totalCents()), Amounts.format(t.refundedCents()), t.notifyUrl(), t.qrCode(), t.authCode(),
        t.buyerUserId(), t.buyerLogonId(), t.gmtCreate(), t.gmtPayment(), t.gmtClose(), t.cancelAction(),
        t.refunds().stream().map(TradeView::refund).toList(),
        t.notifications().stream().map(TradeView::notify).toList(),
        t.version());
  }

  private static RefundView refund(Refund r) {
    return new RefundView(r.outRequestNo(), Amounts.format(r.amountCents()), Amounts.format(r.refundedTotalCents()),
        r.gmtRefund(), r.reason(), r.byCancel());
  }

  private static NotifyView notify(Notification n) {
    return new NotifyView(n.notifyId(), n.event(), n.params().get("trade_status"), n.notifyUrl(), n.state().name(),
        n.attempts());
  }
}
