package io.cloudtrade.sandbox.wechatpay.application;

import io.cloudtrade.sandbox.wechatpay.domain.Change;
import io.cloudtrade.sandbox.wechatpay.domain.ErrorCodes;
import io.cloudtrade.sandbox.wechatpay.domain.Ledger;
import io.cloudtrade.sandbox.wechatpay.domain.Outcome;
import io.cloudtrade.sandbox.wechatpay.domain.Refund;
import io.cloudtrade.sandbox.wechatpay.domain.Trade;
import io.cloudtrade.sandbox.wechatpay.domain.TradeKey;
import io.cloudtrade.sandbox.wechatpay.domain.TradeState;
import io.cloudtrade.sandbox.wechatpay.domain.TradeType;
import io.cloudtrade.sandbox.wechatpay.protocol.WechatIds;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The person on the other side: scans a Native code and pays (or fails), or enters the password of
 * a waiting micropay. Also finds transactions for the sandbox's controls, which name them by
 * {@code out_trade_no} alone.
 */
public final class Payer {
  /** A sandbox-only code: the transaction is not in a state where the action applies. */
  public static final String STATE_CONFLICT = "STATE_CONFLICT";
  private static final Logger log = LoggerFactory.getLogger(Payer.class);
  private final Ledger ledger;
  private final Clock clock;
  private final Notifier notifier;

  public Payer(Ledger ledger, Clock clock, Notifier notifier) {
    this.ledger = ledger;
    this.clock = clock;
    this.notifier = notifier;
  }

  /**
   * Pays (or fails to pay) a transaction waiting for its payer (NOTPAY or USERPAYING); a paid Native
   * transaction is notified.
   */
  public Outcome<Trade> scan(TradeKey key, boolean pays) {
    Change<Trade> change = pays
        ? ledger.transition(key, EnumSet.of(TradeState.NOTPAY, TradeState.USERPAYING), TradeState.SUCCESS,
            b -> b.successTime(clock.instant()).openid(WechatIds.openid()))
        : ledger.transition(key, EnumSet.of(TradeState.NOTPAY, TradeState.USERPAYING), TradeState.PAYERROR,
            b -> b.failureCode("PAYERROR").openid(WechatIds.openid()));
    if (!change.found()) {
      return Outcome.rejected(ErrorCodes.ORDER_NOT_EXIST, "no transaction " + key.outTradeNo());
    }
    if (!change.applied()) {
      return Outcome.rejected(STATE_CONFLICT, "the transaction is " + change.current().state() + ", not waiting for a payer");
    }
    Trade t = change.current();
    log.info("payer {} {} {}: {}", pays ? "paid" : "failed to pay", key.mchid(), key.outTradeNo(), t.state());
    if (t.state() == TradeState.SUCCESS && t.tradeType() == TradeType.NATIVE) {
      notifier.tradeSucceeded(t);
    }
    return Outcome.ok(t);
  }

  /** The transaction with this {@code out_trade_no}, of {@code mchid} if given (needed only when two merchants share it). */
  public Outcome<Trade> find(String outTradeNo, String mchid) {
    List<Trade> found = ledger.findByOutTradeNo(outTradeNo).stream()
        .filter(t -> mchid == null || t.mchid().equals(mchid))
        .toList();
    if (found.isEmpty()) {
      return Outcome.rejected(ErrorCodes.ORDER_NOT_EXIST, "no transaction " + outTradeNo);
    }
    if (found.size() > 1) {
      return Outcome.rejected(STATE_CONFLICT, "several merchants have " + outTradeNo + ": give mchid");
    }
    return Outcome.ok(found.get(0));
  }

  /** The refund with this {@code out_refund_no}, of {@code mchid} if given. */
  public Outcome<Refund> findRefund(String outRefundNo, String mchid) {
    List<Refund> found = ledger.findRefundsByOutRefundNo(outRefundNo).stream()
        .filter(r -> mchid == null || r.mchid().equals(mchid))
        .toList();
    if (found.isEmpty()) {
      return Outcome.rejected(ErrorCodes.RESOURCE_NOT_EXISTS, "no refund " + outRefundNo);
    }
    if (found.size() > 1) {
      return Outcome.rejected(STATE_CONFLICT, "several merchants have " + outRefundNo + ": give mchid");
    }
    return Outcome.ok(found.get(0));
  }
}
