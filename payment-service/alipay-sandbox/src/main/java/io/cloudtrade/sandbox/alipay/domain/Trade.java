package io.cloudtrade.sandbox.alipay.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One trade of the sandbox's ledger, immutable: every change makes a new version, and the ledger
 * swaps versions with compare-and-set (see {@link TradeStatus} for the allowed transitions).
 *
 * @param version 1 when created, one more at every change
 * @param cancelAction "close" or "refund" once alipay.trade.cancel has acted on the trade
 */
public record Trade(
    long version,
    String appId,
    String outTradeNo,
    String tradeNo,
    TradeKind kind,
    String subject,
    long totalCents,
    String notifyUrl,
    String qrCode,
    String authCode,
    TradeStatus status,
    String buyerUserId,
    String buyerLogonId,
    Instant gmtCreate,
    Instant gmtPayment,
    Instant gmtClose,
    String cancelAction,
    List<Refund> refunds,
    List<Notification> notifications) {

  public Trade {
    refunds = refunds == null ? List.of() : List.copyOf(refunds);
    notifications = notifications == null ? List.of() : List.copyOf(notifications);
  }

  /** A new unpaid trade. */
  public static Trade open(String appId, String outTradeNo, String tradeNo, TradeKind kind, String subject,
      long totalCents, String notifyUrl, String qrCode, String authCode, Instant now) {
    return new Trade(1, appId, outTradeNo, tradeNo, kind, subject, totalCents, notifyUrl, qrCode, authCode,
        TradeStatus.WAIT_BUYER_PAY, null, null, now, null, null, null, List.of(), List.of());
  }

  public TradeKey key() {
    return new TradeKey(appId, outTradeNo);
  }

  /** The sum of the refunds, in cents. */
  public long refundedCents() {
    return refunds.stream().mapToLong(Refund::amountCents).sum();
  }

  /** Whether the buyer paid it (whatever happened afterwards). */
  public boolean wasPaid() {
    return gmtPayment != null;
  }

  public Optional<Refund> refund(String outRequestNo) {
    return refunds.stream().filter(r -> r.outRequestNo().equals(outRequestNo)).findFirst();
  }

  public Optional<Notification> notification(String notifyId) {
    return notifications.stream().filter(n -> n.notifyId().equals(notifyId)).findFirst();
  }

  /** Paid by the buyer. */
  public Trade paid(Instant at, String buyerUserId, String buyerLogonId) {
    return with(b -> {
      b.status = TradeStatus.TRADE_SUCCESS;
      b.gmtPayment = at;
      b.buyerUserId = buyerUserId;
      b.buyerLogonId = buyerLogonId;
    });
  }

  /** Closed unpaid (alipay.trade.close, a failed scan, or cancel). */
  public Trade closed(Instant at) {
    return with(b -> {
      b.status = TradeStatus.TRADE_CLOSED;
      b.gmtClose = at;
    });
  }

  /** With one more refund; a fully refunded trade is closed, as Alipay does. */
  public Trade refunded(Refund refund) {
    return with(b -> {
      b.refunds.add(refund);
      if (refund.refundedTotalCents() == totalCents) {
        b.status = TradeStatus.TRADE_CLOSED;
        b.gmtClose = refund.gmtRefund();
      }
    });
  }

  /** Marked as acted on by alipay.trade.cancel. */
  public Trade cancelled(String action) {
    return with(b -> b.cancelAction = action);
  }

  /** With this notify added, or replacing the one with its notify_id. */
  public Trade withNotification(Notification notification) {
    return with(b -> {
      b.notifications.removeIf(n -> n.notifyId().equals(notification.notifyId()));
      b.notifications.add(notification);
    });
  }

  /** This trade as version {@code version}. */
  public Trade withVersion(long version) {
    return with(b -> b.version = version);
  }

  private Trade with(Consumer<Builder> change) {
    Builder b = new Builder(this);
    change.accept(b);
    return b.build();
  }

  /** Mutable copy used by the withers only. */
  private static final class Builder {
    private long version;
    private final String appId;
    private final String outTradeNo;
    private final String tradeNo;
    private final TradeKind kind;
    private final String subject;
    private final long totalCents;
    private final String notifyUrl;
    private final String qrCode;
    private final String authCode;
    private TradeStatus status;
    private String buyerUserId;
    private String buyerLogonId;
    private final Instant gmtCreate;
    private Instant gmtPayment;
    private Instant gmtClose;
    private String cancelAction;
    private final List<Refund> refunds;
    private final List<Notification> notifications;

    Builder(Trade t) {
      version = t.version;
      appId = t.appId;
      outTradeNo = t.outTradeNo;
      tradeNo = t.tradeNo;
      kind = t.kind;
      subject = t.subject;
      totalCents = t.totalCents;
      notifyUrl = t.notifyUrl;
      qrCode = t.qrCode;
      authCode = t.authCode;
      status = t.status;
      buyerUserId = t.buyerUserId;
      buyerLogonId = t.buyerLogonId;
      gmtCreate = t.gmtCreate;
      gmtPayment = t.gmtPayment;
      gmtClose = t.gmtClose;
      cancelAction = t.cancelAction;
      refunds = new ArrayList<>(t.refunds);
      notifications = new ArrayList<>(t.notifications);
    }

    Trade build() {
      return new Trade(version, appId, outTradeNo, tradeNo, kind, subject, totalCents, notifyUrl, qrCode,
          authCode, status, buyerUserId, buyerLogonId, gmtCreate, gmtPayment, gmtClose, cancelAction, refunds,
          notifications);
    }
  }
}
