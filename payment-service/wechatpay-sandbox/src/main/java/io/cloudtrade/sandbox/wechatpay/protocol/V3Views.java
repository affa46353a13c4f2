package io.cloudtrade.sandbox.wechatpay.protocol;

import io.cloudtrade.sandbox.wechatpay.domain.Refund;
import io.cloudtrade.sandbox.wechatpay.domain.Trade;
import io.cloudtrade.sandbox.wechatpay.domain.TradeState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The API v3 JSON shapes of transactions and refunds (as the SDK's models read them). */
public final class V3Views {
  private V3Views() {
  }

  /** A transaction, as answered by the query APIs and encrypted in TRANSACTION.* notifications. */
  public static Map<String, Object> transaction(Trade t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("appid", t.appid());
    m.put("mchid", t.mchid());
    m.put("out_trade_no", t.outTradeNo());
    boolean paid = t.successTime() != null;
    if (paid || t.state() == TradeState.USERPAYING) {
      m.put("transaction_id", t.transactionId());
    }
    m.put("trade_type", t.tradeType().name());
    m.put("trade_state", t.state().name());
    m.put("trade_state_desc", t.state().description());
    if (paid) {
      m.put("bank_type", "OTHERS");
    }
    if (t.attach() != null) {
      m.put("attach", t.attach());
    }
    if (paid) {
      m.put("success_time", WechatTime.rfc3339(t.successTime()));
    }
    if (t.openid() != null) {
      m.put("payer", Map.of("openid", t.openid()));
    }
    Map<String, Object> amount = new LinkedHashMap<>();
    amount.put("total", t.totalFen());
    if (paid) {
      amount.put("payer_total", t.totalFen());
    }
    amount.put("currency", t.currency());
    amount.put("payer_currency", t.currency());
    m.put("amount", amount);
    m.put("promotion_detail", List.of());
    return m;
  }

  /** A refund, as answered by the refund APIs. */
  public static Map<String, Object> refund(Refund r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("refund_id", r.refundId());
    m.put("out_refund_no", r.outRefundNo());
    m.put("transaction_id", r.transactionId());
    m.put("out_trade_no", r.outTradeNo());
    m.put("channel", "ORIGINAL");
    m.put("user_received_account", "支付用户零钱");
    if (r.successTime() != null) {
      m.put("success_time", WechatTime.rfc3339(r.successTime()));
    }
    m.put("create_time", WechatTime.rfc3339(r.createTime()));
    m.put("status", r.status().name());
    m.put("funds_account", "AVAILABLE");
    Map<String, Object> amount = new LinkedHashMap<>();
    amount.put("total", r.totalFen());
    amount.put("refund", r.refundFen());
    amount.put("from", List.of());
    amount.put("payer_total", r.totalFen());
    amount.put("payer_refund", r.refundFen());
    amount.put("settlement_refund", r.refundFen());
    amount.put("settlement_total", r.totalFen());
    amount.put("discount_refund", 0);
    amount.put("currency", r.currency());
    amount.put("refund_fee", 0);
    m.put("amount", amount);
    m.put("promotion_detail", List.of());
    return m;
  }

  /** A refund, as encrypted in REFUND.* notifications. */
  public static Map<String, Object> refundNotification(Refund r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mchid", r.mchid());
    m.put("transaction_id", r.transactionId());
    m.put("out_trade_no", r.outTradeNo());
    m.put("refund_id", r.refundId());
    m.put("out_refund_no", r.outRefundNo());
    m.put("refund_status", r.status().name());
    if (r.successTime() != null) {
      m.put("success_time", WechatTime.rfc3339(r.successTime()));
    }
    m.put("create_time", WechatTime.rfc3339(r.createTime()));
    m.put("user_received_account", "支付用户零钱");
    m.put("amount", Map.of("total", r.totalFen(), "refund", r.refundFen(), "payer_total", r.totalFen(),
        "payer_refund", r.refundFen()));
    return m;
  }

  /** An API v3 error body. */
  public static Map<String, Object> error(String code, String message) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("message", message);
    return m;
  }
}
