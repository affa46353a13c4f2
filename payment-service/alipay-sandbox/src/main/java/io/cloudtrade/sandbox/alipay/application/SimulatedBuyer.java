package io.cloudtrade.sandbox.alipay.application;

import io.cloudtrade.sandbox.alipay.domain.Ledger;
import io.cloudtrade.sandbox.alipay.domain.Ledger.Decision;
import io.cloudtrade.sandbox.alipay.domain.Notification;
import io.cloudtrade.sandbox.alipay.domain.Trade;
import io.cloudtrade.sandbox.alipay.domain.TradeKey;
import io.cloudtrade.sandbox.alipay.domain.TradeKind;
import io.cloudtrade.sandbox.alipay.domain.TradeStatus;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The buyer the sandbox plays: pays (or fails) a trade when its QR code is "scanned", and answers a
 * barcode payment as its auth code was told to (PAY at once by default, WAIT for the buyer to
 * confirm, or FAIL).
 */
public final class SimulatedBuyer {
  private static final Logger log = LoggerFactory.getLogger(SimulatedBuyer.class);

  /** How the buyer behind an auth code answers alipay.trade.pay. */
  public enum Behaviour {
    /** Pays at once: 10000, TRADE_SUCCESS. */
    PAY,
    /** Must confirm on the phone: 10003, WAIT_BUYER_PAY until a scan SUCCESS (or payAfterMillis). */
    WAIT,
    /** The code is invalid: 40004 ACQ.PAYMENT_AUTH_CODE_INVALID, no trade. */
    FAIL
  }

  /** An auth code's behaviour; WAIT pays by itself after payAfterMillis when that is given. */
  public record AuthCode(Behaviour behaviour, Long payAfterMillis) {
    public static final AuthCode DEFAULT = new AuthCode(Behaviour.PAY, null);
  }

  /** What a scan of a trade's QR code did. */
  public enum ScanResult {
    PAID,
    CLOSED,
    /** The trade was not waiting for payment: nothing changed. */
    NOT_WAITING
  }

  private final Ledger ledger;
  private final NotifyDispatcher notifier;
  private final ScheduledExecutorService scheduler;
  private final Clock clock;
  private final String buyerUserId;
  private final String buyerLogonId;
  private final Map<String, AuthCode> authCodes = new ConcurrentHashMap<>();

  public SimulatedBuyer(Ledger ledger, NotifyDispatcher notifier, ScheduledExecutorService scheduler, Clock clock,
      String buyerUserId, String buyerLogonId) {
    this.ledger = ledger;
    this.notifier = notifier;
    this.scheduler = scheduler;
    this.clock = clock;
    this.buyerUserId = buyerUserId;
    this.buyerLogonId = buyerLogonId;
  }

  /** Tells how the buyer behind an auth code will answer. */
  public void setAuthCode(String authCode, AuthCode behaviour) {
    authCodes.put(authCode, behaviour);
  }

  public AuthCode authCode(String authCode) {
    return authCodes.getOrDefault(authCode, AuthCode.DEFAULT);
  }

  /** The buyer scans the trade's code and pays it (success) or the payment fails and the trade closes. */
  public ScanResult scan(TradeKey key, boolean success) {
    if (success) {
      return pay(key).isPresent() ? ScanResult.PAID : ScanResult.NOT_WAITING;
    }
    boolean closed = ledger.update(key, t -> t.status() == TradeStatus.WAIT_BUYER_PAY && t.kind() != TradeKind.CANCELLED_UNKNOWN
        ? Decision.change(t.closed(clock.instant()), true)
        : Decision.keep(false));
    if (closed) {
      log.info("trade {} of {}: the buyer's payment failed, closed", key.outTradeNo(), key.appId());
    }
    return closed ? ScanResult.CLOSED : ScanResult.NOT_WAITING;
  }

  /** Pays the trade if it waits for payment, and notifies it; answers the paid trade. */
  public Optional<Trade> pay(TradeKey key) {
    record Paid(Trade trade, Notification notification) {
    }

    Paid paid = ledger.update(key, t -> {
      if (t.status() != TradeStatus.WAIT_BUYER_PAY || t.kind() == TradeKind.CANCELLED_UNKNOWN) {
        return Decision.keep(null);
      }
      Trade next = t.paid(clock.instant(), buyerUserId, buyerLogonId);
      Optional<Notification> notification = notifier.forPayment(next);
      if (notification.isPresent()) {
        next = next.withNotification(notification.get());
      }
      return Decision.change(next, new Paid(next, notification.orElse(null)));
    });
    if (paid == null) {
      return Optional.empty();
    }
    log.info("trade {} of {} paid: {} cents, trade_no {}", key.outTradeNo(), key.appId(), paid.trade().totalCents(),
        paid.trade().tradeNo());
    if (paid.notification() != null) {
      notifier.dispatch(key, paid.notification().notifyId());
    }
    return ledger.find(key);
  }

  /** Pays the trade after a while, if it still waits then. */
  public void payLater(TradeKey key, long millis) {
    scheduler.schedule(() -> pay(key), millis, TimeUnit.MILLISECONDS);
  }
}
