package io.cloudtrade.sandbox.alipay.application;

import io.cloudtrade.sandbox.alipay.domain.AlipayTime;
import io.cloudtrade.sandbox.alipay.domain.Amounts;
import io.cloudtrade.sandbox.alipay.domain.Ledger;
import io.cloudtrade.sandbox.alipay.domain.Ledger.Decision;
import io.cloudtrade.sandbox.alipay.domain.Notification;
import io.cloudtrade.sandbox.alipay.domain.Refund;
import io.cloudtrade.sandbox.alipay.domain.Trade;
import io.cloudtrade.sandbox.alipay.domain.TradeKey;
import io.cloudtrade.sandbox.alipay.domain.TradeKind;
import io.cloudtrade.sandbox.alipay.domain.TradeStatus;
import io.cloudtrade.sandbox.alipay.protocol.OpenApiCall;
import io.cloudtrade.sandbox.alipay.protocol.OpenApiMethod;
import io.cloudtrade.sandbox.alipay.protocol.OpenApiResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The face-to-face payment methods of the gateway (alipay.trade.precreate, pay, query, close, cancel,
 * refund, fastpay.refund.query) over the ledger, with Alipay's business codes (ACQ.*) for rejections.
 */
public final class TradeMethods {
  /** alipay.trade.cancel refunds a paid trade only this long after its payment (Alipay: 24 hours). */
  public static final Duration CANCEL_WINDOW = Duration.ofHours(24);
  private static final Logger log = LoggerFactory.getLogger(TradeMethods.class);
  private static final int MAX_OUT_TRADE_NO = 64;
  private static final int MAX_SUBJECT = 256;

  private final Ledger ledger;
  private final SimulatedBuyer buyer;
  private final NotifyDispatcher notifier;
  private final TradeNumbers numbers;
  private final Clock clock;
  private final String qrCodeBase;

  public TradeMethods(Ledger ledger, SimulatedBuyer buyer, NotifyDispatcher notifier, TradeNumbers numbers,
      Clock clock, String qrCodeBase) {
    this.ledger = ledger;
    this.buyer = buyer;
    this.notifier = notifier;
    this.numbers = numbers;
    this.clock = clock;
    this.qrCodeBase = qrCodeBase.endsWith("/") ? qrCodeBase : qrCodeBase + "/";
  }

  /** The methods by their names. */
  public Map<String, OpenApiMethod> methods() {
    return Map.of(
        "alipay.trade.precreate", this::precreate,
        "alipay.trade.pay", this::pay,
        "alipay.trade.query", this::query,
        "alipay.trade.close", this::close,
        "alipay.trade.cancel", this::cancel,
        "alipay.trade.refund", this::refund,
        "alipay.trade.fastpay.refund.query", this::refundQuery);
  }

  /** alipay.trade.precreate: a trade to be paid by scanning the QR code answered. */
  public OpenApiResult precreate(OpenApiCall call) {
    OpenApiResult invalid = checkNewTrade(call);
    if (invalid != null) {
      return invalid;
    }
    String outTradeNo = call.text("out_trade_no");
    long cents = Amounts.parse(call.text("total_amount")).getAsLong();
    Instant now = clock.instant();
    Trade trade = Trade.open(call.appId(), outTradeNo, numbers.tradeNo(now), TradeKind.QR_CODE, call.text("subject"),
        cents, call.notifyUrl(), qrCodeBase + numbers.qrToken(), null, now);
    Optional<Trade> existing = ledger.insertIfAbsent(trade);
    if (existing.isPresent()) {
      OpenApiResult conflict = againstExisting(existing.get(), TradeKind.QR_CODE, cents);
      if (conflict != null) {
        return conflict;
      }
      trade = existing.get();
    } else {
      log.info("trade {} of {} precreated: {} cents", outTradeNo, call.appId(), cents);
    }
    return OpenApiResult.success(fields("out_trade_no", trade.outTradeNo(), "qr_code", trade.qrCode()));
  }

  /** alipay.trade.pay: the merchant scanned the buyer's payment code (scene bar_code). */
  public OpenApiResult pay(OpenApiCall call) {
    OpenApiResult invalid = checkNewTrade(call);
    if (invalid != null) {
      return invalid;
    }
    String scene = call.text("scene");
    String authCode = call.text("auth_code");
    if (!"bar_code".equals(scene) && !"security_code".equals(scene)) {
      return invalidParameter("scene must be bar_code or security_code");
    }
    if (authCode == null) {
      return invalidParameter("auth_code is required");
    }
    String outTradeNo = call.text("out_trade_no");
    long cents = Amounts.parse(call.text("total_amount")).getAsLong();
    TradeKey key = new TradeKey(call.appId(), outTradeNo);
    Optional<Trade> before = ledger.find(key);
    if (before.isPresent()) {
      OpenApiResult conflict = againstExisting(before.get(), TradeKind.BAR_CODE, cents);
      return conflict != null ? conflict : OpenApiResult.inProcess(payFields(before.get()));
    }
    SimulatedBuyer.AuthCode behaviour = buyer.authCode(authCode);
    if (behaviour.behaviour() == SimulatedBuyer.Behaviour.FAIL) {
      log.info("trade {} of {}: auth code {} refused", outTradeNo, call.appId(), authCode);
      return OpenApiResult.businessFailed("ACQ.PAYMENT_AUTH_CODE_INVALID",
          "支付失败，获取顾客账户信息失败，请顾客刷新付款码后重新收款，如再次收款失败，请联系管理员处理。[SOUNDWAVE_PARSER_FAIL]");
    }
    Instant now = clock.instant();
    Trade trade = Trade.open(call.appId(), outTradeNo, numbers.tradeNo(now), TradeKind.BAR_CODE, call.text("subject"),
        cents, call.notifyUrl(), null, authCode, now);
    Optional<Trade> existing = ledger.insertIfAbsent(trade);
    if (existing.isPresent()) {
      OpenApiResult conflict = againstExisting(existing.get(), TradeKind.BAR_CODE, cents);
      return conflict != null ? conflict : OpenApiResult.inProcess(payFields(existing.get()));
    }
    if (behaviour.behaviour() == SimulatedBuyer.Behaviour.WAIT) {
      log.info("trade {} of {}: waiting for the buyer to confirm (auth code {})", outTradeNo, call.appId(), authCode);
      if (behaviour.payAfterMillis() != null) {
        buyer.payLater(key, behaviour.payAfterMillis());
      }
      return OpenApiResult.inProcess(payFields(trade));
    }
    // another caller may have acted on the new trade in between: answer what it has become
    Trade paid = buyer.pay(key).orElseGet(() -> ledger.find(key).orElseThrow());
    return switch (paid.status()) {
      case TRADE_SUCCESS -> OpenApiResult.success(payFields(paid));
      case WAIT_BUYER_PAY -> OpenApiResult.inProcess(payFields(paid));
      default -> OpenApiResult.businessFailed("ACQ.TRADE_HAS_CLOSE", "交易已经关闭");
    };
  }

  /** alipay.trade.query, by trade_no or out_trade_no. */
  public OpenApiResult query(OpenApiCall call) {
    return withTrade(call, t -> {
      boolean paid = t.wasPaid();
      String paidAmount = paid ? Amounts.format(t.totalCents()) : "0.00";
      return OpenApiResult.success(fields(
          "trade_no", t.tradeNo(),
          "out_trade_no", t.outTradeNo(),
          "buyer_logon_id", t.buyerLogonId(),
          "trade_status", t.status().name(),
          "total_amount", Amounts.format(t.totalCents()),
          "receipt_amount", paidAmount,
          "buyer_pay_amount", paidAmount,
          "point_amount", "0.00",
          "invoice_amount", paidAmount,
          "send_pay_date", AlipayTime.format(t.gmtPayment()),
          "buyer_user_id", t.buyerUserId(),
          "subject", t.subject(),
          "fund_bill_list", paid ? fundBills(t) : null));
    });
  }

  /** alipay.trade.close: closes a trade that waits for payment. */
  public OpenApiResult close(OpenApiCall call) {
    return withTrade(call, found -> ledger.update(found.key(), t -> {
      if (t.status() != TradeStatus.WAIT_BUYER_PAY) {
        return Decision.keep(OpenApiResult.businessFailed("ACQ.TRADE_STATUS_ERROR", "交易状态不合法"));
      }
      log.info("trade {} of {} closed by the merchant", t.outTradeNo(), t.appId());
      return Decision.change(t.closed(clock.instant()),
          OpenApiResult.success(fields("trade_no", t.tradeNo(), "out_trade_no", t.outTradeNo())));
    }));
  }

  /**
   * alipay.trade.cancel, for a barcode payment whose outcome the merchant does not know: closes an
   * unpaid trade, refunds a paid one (within 24 hours), and remembers an out_trade_no it never saw so
   * that a late payment of it fails.
   */
  public OpenApiResult cancel(OpenApiCall call) {
    String outTradeNo = call.text("out_trade_no");
    String tradeNo = call.text("trade_no");
    if (outTradeNo == null && tradeNo == null) {
      return invalidParameter("out_trade_no or trade_no is required");
    }
    Optional<Trade> found = tradeNo != null ? ledger.findByTradeNo(call.appId(), tradeNo)
        : ledger.find(new TradeKey(call.appId(), outTradeNo));
    if (found.isEmpty()) {
      if (tradeNo != null) {
        return tradeNotExist();
      }
      Instant now = clock.instant();
      Trade unknown = Trade.open(call.appId(), outTradeNo, numbers.tradeNo(now), TradeKind.CANCELLED_UNKNOWN, null,
          0, null, null, null, now);
      found = Optional.of(ledger.insertIfAbsent(unknown).orElse(unknown));
    }
    record Cancelled(OpenApiResult result, Notification notification) {
      static Decision<Cancelled> refused(String subCode, String subMsg) {
        return Decision.keep(new Cancelled(OpenApiResult.businessFailed(subCode, subMsg), null));
      }
    }

    Cancelled cancelled = ledger.update(found.get().key(), t -> {
      Instant now = clock.instant();
      switch (t.status()) {
        case WAIT_BUYER_PAY -> {
          return Decision.change(t.closed(now).cancelled("close"), new Cancelled(cancelAnswer(t, "close", null), null));
        }
        case TRADE_SUCCESS -> {
          if (!t.refunds().isEmpty()) {
            return Cancelled.refused("ACQ.REASON_TRADE_REFUND_FEE_ERR", "退款金额无效");
          }
          if (Duration.between(t.gmtPayment(), now).compareTo(CANCEL_WINDOW) > 0) {
            return Cancelled.refused("ACQ.TRADE_CANCEL_TIME_OUT", "超过撤销时间范围");
          }
          Refund refund = new Refund(t.outTradeNo(), t.totalCents(), t.totalCents(), now, "cancel", true);
          Trade next = t.refunded(refund).cancelled("refund");
          Optional<Notification> notification = notifier.forRefund(next, refund);
          if (notification.isPresent()) {
            next = next.withNotification(notification.get());
          }
          return Decision.change(next, new Cancelled(cancelAnswer(t, "refund", now), notification.orElse(null)));
        }
        case TRADE_CLOSED -> {
          if (t.cancelAction() != null) {
            Instant refundedAt = t.refunds().stream().filter(Refund::byCancel).map(Refund::gmtRefund).findFirst().orElse(null);
            return Decision.keep(new Cancelled(cancelAnswer(t, t.cancelAction(), refundedAt), null));
          }
          if (t.wasPaid()) {
            return Cancelled.refused("ACQ.REASON_TRADE_REFUND_FEE_ERR", "退款金额无效");
          }
          return Decision.change(t.cancelled("close"), new Cancelled(cancelAnswer(t, "close", null), null));
        }
        default -> {
          return Cancelled.refused("ACQ.TRADE_HAS_FINISHED", "交易已经完结");
        }
      }
    });
    log.info("trade {} of {}: cancel answered {} {}", found.get().outTradeNo(), call.appId(), cancelled.result().code(),
        cancelled.result().fields().getOrDefault("action", cancelled.result().subCode()));
    if (cancelled.notification() != null) {
      notifier.dispatch(found.get().key(), cancelled.notification().notifyId());
    }
    return cancelled.result();
  }

  private OpenApiResult cancelAnswer(Trade t, String action, Instant refundedAt) {
    return OpenApiResult.success(fields(
        "trade_no", t.kind() == TradeKind.CANCELLED_UNKNOWN ? null : t.tradeNo(),
        "out_trade_no", t.outTradeNo(),
        "retry_flag", "N",
        "action", action,
        "gmt_refund_pay", AlipayTime.format(refundedAt)));
  }

  /**
   * alipay.trade.refund: deduplicated by (trade, out_request_no), where a missing out_request_no is
   * the out_trade_no and asks for a full refund; the refunds never exceed the paid amount.
   */
  public OpenApiResult refund(OpenApiCall call) {
    OptionalLong amount = Amounts.parse(call.text("refund_amount"));
    if (amount.isEmpty()) {
      return invalidParameter("refund_amount must be an amount in yuan with at most two decimals");
    }
    long cents = amount.getAsLong();
    String requested = call.text("out_request_no");
    String reason = call.text("refund_reason");
    record Refunded(OpenApiResult result, Notification notification) {
      static Decision<Refunded> refused(String subCode, String subMsg) {
        return Decision.keep(new Refunded(OpenApiResult.businessFailed(subCode, subMsg), null));
      }
    }

    return withTrade(call, found -> {
      String outRequestNo = requested != null ? requested : found.outTradeNo();
      Refunded refunded = ledger.update(found.key(), t -> {
        Optional<Refund> same = t.refund(outRequestNo);
        if (same.isPresent()) {
          if (same.get().amountCents() != cents) {
            return Refunded.refused("ACQ.DISCORDANT_REPEAT_REQUEST", "不一致的请求");
          }
          return Decision.keep(new Refunded(refundAnswer(t, same.get(), "N"), null));
        }
        switch (t.status()) {
          case TRADE_FINISHED -> {
            return Refunded.refused("ACQ.TRADE_HAS_FINISHED", "交易已完结");
          }
          case WAIT_BUYER_PAY, TRADE_CLOSED -> {
            return Refunded.refused("ACQ.TRADE_STATUS_ERROR", "交易状态不合法");
          }
          default -> {
          }
        }
        if (requested == null && cents != t.totalCents()) {
          return Decision.keep(new Refunded(OpenApiResult.businessFailed("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL",
              "退款金额与订单金额不一致", refundFailureFields(t)), null));
        }
        if (t.refundedCents() + cents > t.totalCents()) {
          return Decision.keep(new Refunded(OpenApiResult.businessFailed("ACQ.REASON_TRADE_REFUND_FEE_ERR",
              "退款金额无效", refundFailureFields(t)), null));
        }
        Refund refund = new Refund(outRequestNo, cents, t.refundedCents() + cents, clock.instant(), reason, false);
        Trade next = t.refunded(refund);
        Optional<Notification> notification = notifier.forRefund(next, refund);
        if (notification.isPresent()) {
          next = next.withNotification(notification.get());
        }
        return Decision.change(next, new Refunded(refundAnswer(next, refund, "Y"), notification.orElse(null)));
      });
      if (refunded.notification() != null) {
        log.info("trade {} of {}: refund {} of {} cents", found.outTradeNo(), found.appId(), outRequestNo, cents);
        notifier.dispatch(found.key(), refunded.notification().notifyId());
      }
      return refunded.result();
    });
  }

  private OpenApiResult refundAnswer(Trade t, Refund refund, String fundChange) {
    return OpenApiResult.success(fields(
        "trade_no", t.tradeNo(),
        "out_trade_no", t.outTradeNo(),
        "buyer_logon_id", t.buyerLogonId(),
        "fund_change", fundChange,
        "refund_fee", Amounts.format(refund.refundedTotalCents()),
        "gmt_refund_pay", AlipayTime.format(refund.gmtRefund()),
        "buyer_user_id", t.buyerUserId(),
        "send_back_fee", Amounts.format(refund.amountCents())));
  }

  private static Map<String, Object> refundFailureFields(Trade t) {
    return fields("out_trade_no", t.outTradeNo(), "refund_fee", "0.00", "send_back_fee", "0.00");
  }

  /** alipay.trade.fastpay.refund.query: one refund, by its out_request_no. */
  public OpenApiResult refundQuery(OpenApiCall call) {
    String outRequestNo = call.text("out_request_no");
    if (outRequestNo == null) {
      return invalidParameter("out_request_no is required");
    }
    return withTrade(call, t -> t.refund(outRequestNo)
        .map(r -> OpenApiResult.success(fields(
            "trade_no", t.tradeNo(),
            "out_trade_no", t.outTradeNo(),
            "out_request_no", r.outRequestNo(),
            "total_amount", Amounts.format(t.totalCents()),
            "refund_amount", Amounts.format(r.amountCents()),
            "refund_status", "REFUND_SUCCESS",
            "refund_reason", r.reason(),
            "gmt_refund_pay", AlipayTime.format(r.gmtRefund()),
            "send_back_fee", Amounts.format(r.amountCents()))))
        // Alipay: no refund data means the refund did not happen
        .orElse(OpenApiResult.success(fields("trade_no", t.tradeNo(), "out_trade_no", t.outTradeNo()))));
  }

  /** Checks out_trade_no, total_amount and subject of a new trade. */
  private static OpenApiResult checkNewTrade(OpenApiCall call) {
    String outTradeNo = call.text("out_trade_no");
    if (outTradeNo == null || outTradeNo.length() > MAX_OUT_TRADE_NO) {
      return invalidParameter("out_trade_no is required, at most 64 characters");
    }
    if (Amounts.parse(call.text("total_amount")).isEmpty()) {
      return invalidParameter("total_amount must be an amount in yuan in [0.01,100000000] with at most two decimals");
    }
    String subject = call.text("subject");
    if (subject == null || subject.length() > MAX_SUBJECT) {
      return invalidParameter("subject is required, at most 256 characters");
    }
    return null;
  }

  /** Why a new trade with an out_trade_no already taken is refused, or null when it is the same trade. */
  private static OpenApiResult againstExisting(Trade existing, TradeKind kind, long cents) {
    if (existing.kind() == TradeKind.CANCELLED_UNKNOWN || existing.status() == TradeStatus.TRADE_CLOSED) {
      return OpenApiResult.businessFailed("ACQ.TRADE_HAS_CLOSE", "交易已经关闭");
    }
    if (existing.kind() != kind || existing.totalCents() != cents) {
      return OpenApiResult.businessFailed("ACQ.CONTEXT_INCONSISTENT", "交易信息被篡改");
    }
    return switch (existing.status()) {
      case TRADE_SUCCESS -> OpenApiResult.businessFailed("ACQ.TRADE_HAS_SUCCESS", "交易已被支付");
      case TRADE_FINISHED -> OpenApiResult.businessFailed("ACQ.TRADE_HAS_FINISHED", "交易已经完结");
      default -> null;
    };
  }

  /** Runs {@code action} on the trade named by trade_no (first) or out_trade_no of the call. */
  private OpenApiResult withTrade(OpenApiCall call, Function<Trade, OpenApiResult> action) {
    String tradeNo = call.text("trade_no");
    String outTradeNo = call.text("out_trade_no");
    if (tradeNo == null && outTradeNo == null) {
      return invalidParameter("out_trade_no or trade_no is required");
    }
    Optional<Trade> trade = tradeNo != null ? ledger.findByTradeNo(call.appId(), tradeNo)
        : ledger.find(new TradeKey(call.appId(), outTradeNo));
    return trade.filter(t -> t.kind() != TradeKind.CANCELLED_UNKNOWN).map(action).orElseGet(TradeMethods::tradeNotExist);
  }

  private Map<String, Object> payFields(Trade t) {
    boolean paid = t.wasPaid();
    String paidAmount = paid ? Amounts.format(t.totalCents()) : "0.00";
    return fields(
        "trade_no", t.tradeNo(),
        "out_trade_no", t.outTradeNo(),
        "buyer_logon_id", t.buyerLogonId(),
        "total_amount", Amounts.format(t.totalCents()),
        "receipt_amount", paidAmount,
        "buyer_pay_amount", paidAmount,
        "point_amount", "0.00",
        "invoice_amount", paidAmount,
        "gmt_payment", AlipayTime.format(t.gmtPayment()),
        "fund_bill_list", paid ? fundBills(t) : null,
        "buyer_user_id", t.buyerUserId());
  }

  private static List<Map<String, Object>> fundBills(Trade t) {
    return List.of(fields("fund_channel", "ALIPAYACCOUNT", "amount", Amounts.format(t.totalCents())));
  }

  private static OpenApiResult tradeNotExist() {
    return OpenApiResult.businessFailed("ACQ.TRADE_NOT_EXIST", "交易不存在");
  }

  private static OpenApiResult invalidParameter(String why) {
    return OpenApiResult.businessFailed("ACQ.INVALID_PARAMETER", "参数无效: " + why);
  }

  /** An ordered map of name, value pairs; null values are left out of the response. */
  static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }
}
