package io.cloudtrade.sandbox.alipay.application;

import io.cloudtrade.sandbox.alipay.domain.AlipayTime;
import io.cloudtrade.sandbox.alipay.domain.Amounts;
import io.cloudtrade.sandbox.alipay.domain.Ledger;
import io.cloudtrade.sandbox.alipay.domain.Ledger.Decision;
import io.cloudtrade.sandbox.alipay.domain.Notification;
import io.cloudtrade.sandbox.alipay.domain.NotifyAttempt;
import io.cloudtrade.sandbox.alipay.domain.NotifyState;
import io.cloudtrade.sandbox.alipay.domain.Refund;
import io.cloudtrade.sandbox.alipay.domain.Trade;
import io.cloudtrade.sandbox.alipay.domain.TradeKey;
import io.cloudtrade.sandbox.alipay.domain.TradeStatus;
import io.cloudtrade.sandbox.alipay.protocol.OpenApiSignature;
import io.cloudtrade.sandbox.alipay.protocol.SandboxKeys;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alipay's asynchronous notifies ({@code notify_type=trade_status_sync}): made when a trade is paid
 * (or refunded), POSTed to the trade's notify_url signed with the sandbox's key (RSA2 over the sorted
 * parameters but sign and sign_type, what the SDK's {@code AlipaySignature.rsaCheckV1} verifies), and
 * retried on the configured schedule until the merchant answers "success". The {@link NotifyPolicy}
 * can delay, duplicate, drop or reorder them. Every attempt is recorded in the ledger.
 */
public final class NotifyDispatcher {
  private static final Logger log = LoggerFactory.getLogger(NotifyDispatcher.class);
  private static final String PAYMENT = "PAYMENT";

  private final Ledger ledger;
  private final SandboxKeys keys;
  private final NotifyTransport transport;
  private final ScheduledExecutorService scheduler;
  private final Clock clock;
  private final TradeNumbers numbers;
  private final List<Duration> retrySchedule;
  private final boolean notifyRefunds;
  private final String sellerId;

  private final Object policyLock = new Object();
  private NotifyPolicy policy;
  private Random random;
  private final Deque<TradeNotify> held = new ArrayDeque<>();
  private boolean releaseScheduled;

  /** One notify of one trade. */
  private record TradeNotify(TradeKey key, String notifyId) {
  }

  public NotifyDispatcher(Ledger ledger, SandboxKeys keys, NotifyTransport transport,
      ScheduledExecutorService scheduler, Clock clock, TradeNumbers numbers, List<Duration> retrySchedule,
      boolean notifyRefunds, String sellerId, NotifyPolicy policy) {
    this.ledger = ledger;
    this.keys = keys;
    this.transport = transport;
    this.scheduler = scheduler;
    this.clock = clock;
    this.numbers = numbers;
    this.retrySchedule = List.copyOf(retrySchedule);
    this.notifyRefunds = notifyRefunds;
    this.sellerId = sellerId;
    setPolicy(policy);
  }

  /** The notify of a trade's payment, or empty when the trade has no notify_url. */
  public Optional<Notification> forPayment(Trade paid) {
    if (paid.notifyUrl() == null) {
      return Optional.empty();
    }
    return Optional.of(newNotification(PAYMENT, paid, tradeParams(paid)));
  }

  /** The notify of a refund, or empty when the trade has no notify_url or refunds are not notified. */
  public Optional<Notification> forRefund(Trade refunded, Refund refund) {
    if (refunded.notifyUrl() == null || !notifyRefunds) {
      return Optional.empty();
    }
    Map<String, String> params = tradeParams(refunded);
    params.put("out_biz_no", refund.outRequestNo());
    params.put("refund_fee", Amounts.format(refund.refundedTotalCents()));
    params.put("gmt_refund", AlipayTime.formatMillis(refund.gmtRefund()));
    return Optional.of(newNotification("REFUND:" + refund.outRequestNo(), refunded, params));
  }

  private Notification newNotification(String event, Trade trade, Map<String, String> params) {
    String notifyId = numbers.notifyId();
    params.put("notify_id", notifyId);
    return new Notification(notifyId, event, trade.notifyUrl(), params, NotifyState.PENDING, List.of());
  }

  private Map<String, String> tradeParams(Trade t) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("notify_type", "trade_status_sync");
    p.put("app_id", t.appId());
    p.put("auth_app_id", t.appId());
    p.put("charset", "utf-8");
    p.put("version", "1.0");
    p.put("trade_no", t.tradeNo());
    p.put("out_trade_no", t.outTradeNo());
    p.put("trade_status", t.status().name());
    p.put("total_amount", Amounts.format(t.totalCents()));
    p.put("receipt_amount", Amounts.format(t.totalCents()));
    p.put("invoice_amount", Amounts.format(t.totalCents()));
    p.put("buyer_pay_amount", Amounts.format(t.totalCents()));
    p.put("point_amount", "0.00");
    p.put("buyer_id", t.buyerUserId());
    p.put("buyer_logon_id", t.buyerLogonId());
    p.put("seller_id", sellerId);
    p.put("subject", t.subject());
    p.put("gmt_create", AlipayTime.format(t.gmtCreate()));
    p.put("gmt_payment", AlipayTime.format(t.gmtPayment()));
    if (t.status() == TradeStatus.TRADE_CLOSED) {
      p.put("gmt_close", AlipayTime.format(t.gmtClose()));
    }
    p.put("fund_bill_list", "[{\"amount\":\"" + Amounts.format(t.totalCents()) + "\",\"fundChannel\":\"ALIPAYACCOUNT\"}]");
    p.values().removeIf(v -> v == null);
    return p;
  }

  public NotifyPolicy policy() {
    synchronized (policyLock) {
      return policy;
    }
  }

  /** Changes the delivery policy; notifies held by OUT_OF_ORDER are released. */
  public void setPolicy(NotifyPolicy next) {
    synchronized (policyLock) {
      this.policy = next;
      this.random = new Random(next.seed());
    }
    scheduler.execute(this::releaseHeld);
  }

  /** Delivers a notify that was just recorded in the ledger, as the policy says. */
  public void dispatch(TradeKey key, String notifyId) {
    TradeNotify n = new TradeNotify(key, notifyId);
    NotifyPolicy p;
    NotifyPolicy.Mode mode;
    long delay;
    synchronized (policyLock) {
      p = policy;
      mode = p.mode();
      delay = p.delayMillis();
      if (mode == NotifyPolicy.Mode.RANDOM) {
        mode = List.of(NotifyPolicy.Mode.NORMAL, NotifyPolicy.Mode.DELAY, NotifyPolicy.Mode.DUPLICATE,
            NotifyPolicy.Mode.DROP).get(random.nextInt(4));
        delay = 1 + (long) random.nextInt((int) Math.min(Integer.MAX_VALUE, p.delayMillis()));
      }
      if (mode == NotifyPolicy.Mode.OUT_OF_ORDER) {
        held.push(n);
        if (!releaseScheduled) {
          releaseScheduled = true;
          scheduler.schedule(this::releaseHeld, delay, TimeUnit.MILLISECONDS);
        }
      }
    }
    log.info("notify {} of trade {}: policy {}{}", notifyId, key.outTradeNo(), p.mode(),
        p.mode() == mode ? "" : " drew " + mode);
    switch (mode) {
      case NORMAL -> scheduler.execute(() -> deliver(n, 0));
      case DELAY -> scheduler.schedule(() -> deliver(n, 0), delay, TimeUnit.MILLISECONDS);
      case DUPLICATE -> {
        int copies = p.copies();
        scheduler.execute(() -> {
          deliver(n, 0);
          for (int i = 1; i < copies; i++) {
            attempt(n, "DUPLICATE", -1);
          }
        });
      }
      case DROP -> ledger.update(key, t -> t.notification(notifyId)
          .map(x -> Decision.change(t.withNotification(x.inState(NotifyState.DROPPED)), (Void) null))
          .orElse(Decision.keep(null)));
      case OUT_OF_ORDER -> {
        // held: sent by releaseHeld
      }
      default -> throw new IllegalStateException("not a delivery mode: " + mode);
    }
  }

  /** Sends the notifies held by OUT_OF_ORDER now, newest first; answers how many. */
  public int releaseHeld() {
    List<TradeNotify> release;
    synchronized (policyLock) {
      release = List.copyOf(held);
      held.clear();
      releaseScheduled = false;
    }
    for (TradeNotify n : release) {
      deliver(n, 0);
    }
    return release.size();
  }

  /** Sends a trade's notify once, now, whatever its state and the policy; answers the attempt. */
  public NotifyAttempt sendNow(TradeKey key, String notifyId) {
    return attempt(new TradeNotify(key, notifyId), "MANUAL", -1)
        .orElseThrow(() -> new IllegalArgumentException("no notify " + notifyId + " of trade " + key));
  }

  /** At start: resumes the deliveries of the ledger's notifies that are still pending. */
  public void resumePending() {
    for (Trade t : ledger.all()) {
      for (Notification n : t.notifications()) {
        if (n.state() != NotifyState.PENDING) {
          continue;
        }
        int done = (int) n.attempts().stream().filter(a -> !a.kind().equals("DUPLICATE") && !a.kind().equals("MANUAL")).count();
        TradeNotify tn = new TradeNotify(t.key(), n.notifyId());
        if (done == 0) {
          dispatch(t.key(), n.notifyId());
        } else if (done > retrySchedule.size()) {
          ledger.update(t.key(), x -> x.notification(n.notifyId())
              .map(y -> Decision.change(x.withNotification(y.inState(NotifyState.GAVE_UP)), (Void) null))
              .orElse(Decision.keep(null)));
        } else {
          scheduler.schedule(() -> deliver(tn, done), retrySchedule.get(done - 1).toMillis(), TimeUnit.MILLISECONDS);
        }
      }
    }
  }

  /** Attempt {@code retry} (0: the first delivery) of a notify; schedules the next one if unanswered. */
  private void deliver(TradeNotify n, int retry) {
    Optional<NotifyAttempt> done = attempt(n, retry == 0 ? "DELIVERY" : "RETRY", retry);
    if (done.isEmpty() || done.get().acknowledged() || retry >= retrySchedule.size()) {
      return;
    }
    scheduler.schedule(() -> deliver(n, retry + 1), retrySchedule.get(retry).toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * POSTs the notify once and records the attempt.
   *
   * @param retry the attempt's place in the retry schedule, or -1 for one outside it (duplicate, manual)
   * @return the attempt, or empty when there was nothing to send (unknown, or already delivered for a retry)
   */
  private Optional<NotifyAttempt> attempt(TradeNotify n, String kind, int retry) {
    Optional<Notification> found = ledger.find(n.key()).flatMap(t -> t.notification(n.notifyId()));
    if (found.isEmpty() || (retry >= 0 && found.get().state() != NotifyState.PENDING)) {
      return Optional.empty();
    }
    Notification notification = found.get();
    Instant now = clock.instant();
    Map<String, String> params = notification.params();
    params.put("notify_time", AlipayTime.format(now));
    params.put("sign_type", OpenApiSignature.RSA2);
    String content = OpenApiSignature.content(params, Set.of("sign", "sign_type"));
    params.put("sign", OpenApiSignature.sign(content, keys.privateKey(), OpenApiSignature.RSA2, StandardCharsets.UTF_8));
    String body = params.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));

    NotifyTransport.Answer answer = transport.post(notification.notifyUrl(), body);
    boolean acknowledged = answer.acknowledged();
    NotifyAttempt recorded = ledger.update(n.key(), t -> {
      Optional<Notification> current = t.notification(n.notifyId());
      if (current.isEmpty()) {
        return Decision.keep(null);
      }
      Notification c = current.get();
      NotifyAttempt a = new NotifyAttempt(c.attempts().size() + 1, now, kind, acknowledged, answer.toString());
      NotifyState next;
      if (acknowledged || c.state() == NotifyState.DELIVERED) {
        next = NotifyState.DELIVERED;
      } else if (retry < 0) {
        next = c.state();
      } else {
        next = retry >= retrySchedule.size() ? NotifyState.GAVE_UP : NotifyState.PENDING;
      }
      return Decision.change(t.withNotification(c.attempted(a, next)), a);
    });
    log.info("notify {} of trade {} ({} {}) to {}: {} {}", n.notifyId(), n.key().outTradeNo(),
        params.get("trade_status"), notification.event(), notification.notifyUrl(), kind, answer);
    return Optional.ofNullable(recorded);
  }
}
