package io.cloudtrade.sandbox.wechatpay.application;

import io.cloudtrade.sandbox.wechatpay.domain.AuthCodeBehaviour;
import io.cloudtrade.sandbox.wechatpay.domain.AuthCodeBook;
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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API v2 micropay (payment code): pay, query, reverse. The payer behind each code behaves as the
 * {@link AuthCodeBook} says: pays, fails, or makes the merchant wait (USERPAYING) until the password
 * is entered, which the merchant learns by polling orderquery and ends by reversing on timeout.
 */
public final class Micropay {
  private static final Logger log = LoggerFactory.getLogger(Micropay.class);
  private final Ledger ledger;
  private final Clock clock;
  private final AuthCodeBook authCodes;
  private final ScheduledExecutorService scheduler;

  public Micropay(Ledger ledger, Clock clock, AuthCodeBook authCodes, ScheduledExecutorService scheduler) {
    this.ledger = ledger;
    this.clock = clock;
    this.authCodes = authCodes;
    this.scheduler = scheduler;
  }

  /**
   * Takes a payment with the payer's code: the paid transaction, or a rejection with v2's
   * {@code err_code} (USERPAYING when the payer must enter a password: poll, then reverse).
   */
  public Outcome<Trade> pay(Merchant merchant, MicropayCommand c) {
    if (!merchant.appid().equals(c.appid())) {
      return Outcome.rejected(ErrorCodes.APPID_MCHID_NOT_MATCH, "appid和mch_id不匹配");
    }
    if (c.outTradeNo() == null || !Checks.OUT_TRADE_NO.matcher(c.outTradeNo()).matches()
        || Checks.blank(c.body()) || c.totalFen() == null || c.totalFen() <= 0 || Checks.blank(c.authCode())
        || Checks.blank(c.spbillCreateIp())
        || (c.currency() != null && !"CNY".equals(c.currency()))) {
      return Outcome.rejected(ErrorCodes.PARAM_ERROR,
          "参数错误 (out_trade_no, body, total_fee, spbill_create_ip, auth_code required)");
    }
    Optional<Trade> existing = ledger.find(new TradeKey(merchant.mchid(), c.outTradeNo()));
    if (existing.isPresent()) {
      return again(existing.get(), c);
    }
    AuthCodeBehaviour behaviour = authCodes.behaviourOf(c.authCode());
    if (behaviour == null) {
      return Outcome.rejected(ErrorCodes.AUTH_CODE_INVALID, "授权码检验错误 (not a payment code)");
    }
    Instant now = clock.instant();
    Trade.Builder b = Trade.builder()
        .mchid(merchant.mchid())
        .appid(c.appid())
        .outTradeNo(c.outTradeNo())
        .transactionId(WechatIds.transactionId(now))
        .tradeType(TradeType.MICROPAY)
        .description(c.body())
        .attach(c.attach())
        .totalFen(c.totalFen())
        .authCode(c.authCode())
        .openid(WechatIds.openid())
        .createTime(now);
    Trade trade = switch (behaviour.kind()) {
      case PAY -> b.state(TradeState.SUCCESS).successTime(now).build();
      case WAIT -> b.state(TradeState.USERPAYING).build();
      case FAIL -> b.state(TradeState.PAYERROR).failureCode(behaviour.errCode()).build();
    };
    Optional<Trade> raced = ledger.open(trade);
    if (raced.isPresent()) {
      return again(raced.get(), c);
    }
    log.info("micropay {} {} {} fen: {}", merchant.mchid(), c.outTradeNo(), c.totalFen(), trade.state());
    if (behaviour.kind() == AuthCodeBehaviour.Kind.WAIT && behaviour.payAfterMillis() > 0) {
      try {
        scheduler.schedule(() -> passwordEntered(trade.key()), behaviour.payAfterMillis(), TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException stopping) {
        log.warn("micropay {} stays USERPAYING: the sandbox is stopping", trade.key());
      }
    }
    return answer(trade);
  }

  /** A merchant's transaction by {@code out_trade_no} or {@code transaction_id}. */
  public Outcome<Trade> query(Merchant merchant, String outTradeNo, String transactionId) {
    Optional<Trade> t = find(merchant, outTradeNo, transactionId);
    return t.map(Outcome::ok).orElseGet(() -> Outcome.rejected(ErrorCodes.ORDERNOTEXIST, "此交易订单号不存在"));
  }

  /**
   * Reverses a transaction: an unpaid one is cancelled, a paid one refunded in full; both end
   * REVOKED. Reversing again is fine; a transaction already (partly) refunded cannot be reversed.
   */
  public Outcome<Trade> reverse(Merchant merchant, String outTradeNo, String transactionId) {
    Optional<Trade> found = find(merchant, outTradeNo, transactionId);
    if (found.isEmpty()) {
      return Outcome.rejected(ErrorCodes.ORDERNOTEXIST, "此交易订单号不存在");
    }
    TradeKey key = found.get().key();
    while (true) {
      Trade t = ledger.find(key).orElseThrow();
      Change<Trade> change;
      switch (t.state()) {
        case CLOSED, REVOKED -> {
          return Outcome.ok(t);
        }
        case REFUND -> {
          return Outcome.rejected(ErrorCodes.TRADE_ERROR, "订单已退款，不能撤销 (already refunded)");
        }
        case SUCCESS -> change = ledger.transition(key, EnumSet.of(TradeState.SUCCESS), TradeState.REVOKED,
            b -> b.refundedFen(t.totalFen()).endTime(clock.instant()));
        default -> change = ledger.transition(key, EnumSet.of(t.state()), TradeState.REVOKED,
            b -> b.endTime(clock.instant()));
      }
      if (change.applied()) {
        log.info("reverse {} {}: REVOKED{}", key.mchid(), key.outTradeNo(),
            t.state().isPaid() ? ", " + t.totalFen() + " fen refunded" : "");
        return Outcome.ok(change.current());
      }
      // someone else changed it in between (e.g. the payer entered the password): decide again
    }
  }

  private void passwordEntered(TradeKey key) {
    Change<Trade> change = ledger.transition(key, EnumSet.of(TradeState.USERPAYING), TradeState.SUCCESS,
        b -> b.successTime(clock.instant()));
    if (change.applied()) {
      log.info("micropay {} {}: the payer entered the password, SUCCESS", key.mchid(), key.outTradeNo());
    }
  }

  private Outcome<Trade> again(Trade t, MicropayCommand c) {
    boolean same = t.tradeType() == TradeType.MICROPAY
        && t.totalFen() == c.totalFen()
        && Objects.equals(t.authCode(), c.authCode())
        && Objects.equals(t.description(), c.body());
    if (!same) {
      return Outcome.rejected(ErrorCodes.OUT_TRADE_NO_USED, "商户订单号重复");
    }
    return switch (t.state()) {
      case SUCCESS, REFUND -> Outcome.rejected(ErrorCodes.ORDERPAID, "订单已支付");
      case REVOKED -> Outcome.rejected(ErrorCodes.ORDERREVERSED, "订单已撤销");
      case CLOSED -> Outcome.rejected(ErrorCodes.ORDERCLOSED, "订单已关闭");
      default -> answer(t);
    };
  }

  private static Outcome<Trade> answer(Trade t) {
    return switch (t.state()) {
      case SUCCESS -> Outcome.ok(t);
      case USERPAYING -> Outcome.rejected(ErrorCodes.USERPAYING, "需要用户输入支付密码");
      case PAYERROR -> Outcome.rejected(t.failureCode(),
          ErrorCodes.NOTENOUGH.equals(t.failureCode()) ? "余额不足" : "支付失败");
      default -> Outcome.rejected(ErrorCodes.TRADE_ERROR, "交易错误");
    };
  }

  private Optional<Trade> find(Merchant merchant, String outTradeNo, String transactionId) {
    if (transactionId != null && !transactionId.isEmpty()) {
      return ledger.findByTransactionId(merchant.mchid(), transactionId);
    }
    if (outTradeNo == null || outTradeNo.isEmpty()) {
      return Optional.empty();
    }
    return ledger.find(new TradeKey(merchant.mchid(), outTradeNo));
  }
}
