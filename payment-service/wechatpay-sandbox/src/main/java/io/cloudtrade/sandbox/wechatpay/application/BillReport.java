package io.cloudtrade.sandbox.wechatpay.application;

import io.cloudtrade.sandbox.wechatpay.domain.Ledger;
import io.cloudtrade.sandbox.wechatpay.domain.Refund;
import io.cloudtrade.sandbox.wechatpay.domain.Trade;
import io.cloudtrade.sandbox.wechatpay.domain.TradeKey;
import io.cloudtrade.sandbox.wechatpay.domain.TradeState;
import io.cloudtrade.sandbox.wechatpay.protocol.WechatTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A day's payments and refunds (Beijing date, as WeChat Pay cuts its bills) as CSV, one line per
 * movement of money: PAY when a transaction was paid, REFUND when a refund was made (or a paid
 * micropay reversed). Amounts in fen.
 */
public final class BillReport {
  /** The header line. */
  public static final String HEADER =
      "time,mchid,appid,trade_type,transaction_id,out_trade_no,type,out_refund_no,refund_id,amount_fen,currency,status";
  private final Ledger ledger;

  public BillReport(Ledger ledger) {
    this.ledger = ledger;
  }

  /**
   * The bill of {@code date}.
   *
   * @param mchid only this merchant's movements; {@code null}: every merchant's
   */
  public String csv(LocalDate date, String mchid) {
    List<Line> lines = new ArrayList<>();
    for (Trade t : ledger.trades()) {
      if (mchid != null && !t.mchid().equals(mchid) || t.successTime() == null) {
        continue;
      }
      if (WechatTime.billDate(t.successTime()).equals(date)) {
        lines.add(new Line(t.successTime(), t, "PAY", "", "", t.totalFen(), "SUCCESS"));
      }
      if (t.state() == TradeState.REVOKED && WechatTime.billDate(t.endTime()).equals(date)) {
        lines.add(new Line(t.endTime(), t, "REFUND", "", "", t.totalFen(), "REVOKED"));
      }
    }
    for (Refund r : ledger.refunds()) {
      Instant at = r.successTime() != null ? r.successTime() : r.createTime();
      if (mchid != null && !r.mchid().equals(mchid) || !WechatTime.billDate(at).equals(date)) {
        continue;
      }
      ledger.find(new TradeKey(r.mchid(), r.outTradeNo())).ifPresent(t ->
          lines.add(new Line(at, t, "REFUND", r.outRefundNo(), r.refundId(), r.refundFen(), r.status().name())));
    }
    lines.sort(Comparator.comparing(Line::at).thenComparing(l -> l.trade.transactionId()));
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (Line l : lines) {
      Trade t = l.trade;
      csv.append(String.join(",", WechatTime.rfc3339(l.at), t.mchid(), t.appid(), t.tradeType().name(),
          t.transactionId(), t.outTradeNo(), l.type, l.outRefundNo, l.refundId, Long.toString(l.amountFen),
          t.currency(), l.status)).append('\n');
    }
    return csv.toString();
  }

  private record Line(Instant at, Trade trade, String type, String outRefundNo, String refundId, long amountFen,
      String status) {
  }
}
