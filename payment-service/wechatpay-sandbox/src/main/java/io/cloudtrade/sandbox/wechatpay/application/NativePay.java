package io.cloudtrade.sandbox.wechatpay.application;

import io.cloudtrade.sandbox.wechatpay.domain.Change;
import io.cloudtrade.sandbox.wechatpay.domain.ErrorCodes;
import io.cloudtrade.sandbox.wechatpay.domain.Ledger;
import io.cloudtrade.sandbox.wechatpay.domain.Merchant;
import io.cloudtrade.sandbox.wechatpay.domain.Outcome;
import io.cloudtrade.sandbox.wechatpay.domain.Trade;
import io.cloudtrade.sandbox.wechatpay.domain.TradeKey;
import io.cloudtrade.sandbox.wechatpay.domain.TradeState;
import io.cloudtrade.sandbox.wechatpay.domain.TradeType;
import io.cloudtrade.sandbox.wechatpay.protocol.WechatIds;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** API v3 Native payments: prepay (a QR code), query, close. */
public final class NativePay {
  private static final Logger log = LoggerFactory.getLogger(NativePay.class);
  private final Ledger ledger;
  private final Clock clock;

  public NativePay(Ledger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * Opens a Native transaction and answers its {@code code_url}. The same request again answers the
   * same code; the same {@code out_trade_no} with other parameters is refused, as is one already paid
   * or closed.
   */
  public Outcome<Trade> prepay(Merchant merchant, PrepayCommand c) {
    Optional<String> invalid = invalid(merchant, c);
    if (invalid.isPresent()) {
      String code = invalid.get().startsWith("appid") ? ErrorCodes.APPID_MCHID_NOT_MATCH : ErrorCodes.PARAM_ERROR;
      return Outcome.rejected(code, invalid.get());
    }
    Instant now = clock.instant();
    Trade candidate = Trade.builder()
        .mchid(merchant.mchid())
        .appid(c.appid())
        .outTradeNo(c.outTradeNo())
        .transactionId(WechatIds.transactionId(now))
        .tradeType(TradeType.NATIVE)
        .state(TradeState.NOTPAY)
        .description(c.description())
        .attach(c.attach())
        .totalFen(c.totalFen())
        .currency(c.currency() == null ? "CNY" : c.currency())
        .notifyUrl(c.notifyUrl())
        .codeUrl(WechatIds.codeUrl())
        .createTime(now)
        .build();
    Optional<Trade> existing = ledger.open(candidate);
    if (existing.isEmpty()) {
      log.info("prepay {} {} {} fen: NOTPAY, {}", merchant.mchid(), c.outTradeNo(), c.totalFen(),
          candidate.codeUrl());
      return Outcome.ok(candidate);
    }
    Trade t = existing.get();
    if (t.state().isPaid()) {
      return Outcome.rejected(ErrorCodes.ORDER_PAID, "该订单已支付 (the order is already paid)");
    }
    if (t.state() == TradeState.CLOSED || t.state() == TradeState.REVOKED) {
      return Outcome.rejected(ErrorCodes.ORDER_CLOSED, "该订单已关闭 (the order is closed)");
    }
    if (!samePrepay(t, candidate)) {
      return Outcome.rejected(ErrorCodes.INVALID_REQUEST,
          "201 商户订单号重复 (out_trade_no used with other parameters)");
    }
    return Outcome.ok(t);
  }

  /** A merchant's transaction by {@code out_trade_no}. */
  public Outcome<Trade> query(Merchant merchant, String outTradeNo) {
    return ledger.find(new TradeKey(merchant.mchid(), outTradeNo))
        .map(Outcome::ok)
        .orElseGet(() -> Outcome.rejected(ErrorCodes.ORDER_NOT_EXIST, "订单不存在 (no such order)"));
  }

  /** A merchant's transaction by WeChat Pay's {@code transaction_id}. */
  public Outcome<Trade> queryById(Merchant merchant, String transactionId) {
    return ledger.findByTransactionId(merchant.mchid(), transactionId)
        .filter(t -> t.successTime() != null || t.state() == TradeState.USERPAYING)
        .map(Outcome::ok)
        .orElseGet(() -> Outcome.rejected(ErrorCodes.ORDER_NOT_EXIST, "订单不存在 (no such order)"));
  }

  /** Closes an unpaid transaction; closing a closed one again is fine. */
  public Outcome<Trade> close(Merchant merchant, String outTradeNo) {
    TradeKey key = new TradeKey(merchant.mchid(), outTradeNo);
    Change<Trade> change = ledger.transition(key, EnumSet.of(TradeState.NOTPAY, TradeState.PAYERROR),
        TradeState.CLOSED, b -> b.endTime(clock.instant()));
    if (change.applied()) {
      log.info("close {} {}: CLOSED", merchant.mchid(), outTradeNo);
      return Outcome.ok(change.current());
    }
    if (!change.found()) {
      return Outcome.rejected(ErrorCodes.ORDER_NOT_EXIST, "订单不存在 (no such order)");
    }
    TradeState state = change.current().state();
    if (state == TradeState.CLOSED) {
      return Outcome.ok(change.current());
    }
    if (state.isPaid()) {
      return Outcome.rejected(ErrorCodes.ORDER_PAID, "订单已支付，不能关闭 (the order is paid)");
    }
    return Outcome.rejected(ErrorCodes.INVALID_REQUEST,
        "订单状态为" + state + "，不能关闭 (cannot close in this state)");
  }

  private static Optional<String> invalid(Merchant merchant, PrepayCommand c) {
    if (!merchant.mchid().equals(c.mchid())) {
      return Optional.of("mchid must be the signing merchant's (" + merchant.mchid() + ")");
    }
    if (!merchant.appid().equals(c.appid())) {
      return Optional.of("appid and mchid do not match (appid和mch_id不匹配)");
    }
    if (Checks.blank(c.description()) || c.description().length() > 127) {
      return Optional.of("description is required, at most 127 characters");
    }
    if (c.outTradeNo() == null || !Checks.OUT_TRADE_NO.matcher(c.outTradeNo()).matches()) {
      return Optional.of("out_trade_no must be 6 to 32 of [0-9A-Za-z_-|*]");
    }
    if (!Checks.isHttpUrl(c.notifyUrl())) {
      return Optional.of("notify_url must be an http(s) URL");
    }
    if (c.totalFen() == null || c.totalFen() <= 0) {
      return Optional.of("amount.total must be a positive number of fen");
    }
    if (c.currency() != null && !"CNY".equals(c.currency())) {
      return Optional.of("amount.currency must be CNY");
    }
    return Optional.empty();
  }

  private static boolean samePrepay(Trade a, Trade b) {
    return a.tradeType() == b.tradeType()
        && Objects.equals(a.appid(), b.appid())
        && Objects.equals(a.description(), b.description())
        && Objects.equals(a.attach(), b.attach())
        && a.totalFen() == b.totalFen()
        && a.currency().equals(b.currency())
        && Objects.equals(a.notifyUrl(), b.notifyUrl());
  }
}
