package io.cloudtrade.sandbox.wechatpay.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudtrade.sandbox.wechatpay.domain.Merchant;
import io.cloudtrade.sandbox.wechatpay.domain.Merchants;
import io.cloudtrade.sandbox.wechatpay.domain.NotifyPolicy;
import io.cloudtrade.sandbox.wechatpay.domain.Refund;
import io.cloudtrade.sandbox.wechatpay.domain.Trade;
import io.cloudtrade.sandbox.wechatpay.protocol.AeadAes256Gcm;
import io.cloudtrade.sandbox.wechatpay.protocol.PlatformKeys;
import io.cloudtrade.sandbox.wechatpay.protocol.V3Authorization;
import io.cloudtrade.sandbox.wechatpay.protocol.V3Views;
import io.cloudtrade.sandbox.wechatpay.protocol.WechatIds;
import io.cloudtrade.sandbox.wechatpay.protocol.WechatTime;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends WeChat Pay notifications to merchants' {@code notify_url}: the resource encrypted with the
 * merchant's APIv3key (AEAD_AES_256_GCM), the request signed with the platform key in the
 * {@code Wechatpay-*} headers exactly as the SDK's {@code NotificationParser} verifies them. An
 * attempt succeeds on any 2xx; otherwise (or when the connection fails) it is retried along the
 * retry schedule. The {@link NotifyPolicy} may delay, duplicate, drop or reorder notifications.
 */
public final class Notifier {
  private static final Logger log = LoggerFactory.getLogger(Notifier.class);

  private final PlatformKeys keys;
  private final Merchants merchants;
  private final Clock clock;
  private final ObjectMapper json;
  private final ScheduledExecutorService scheduler;
  private final List<Duration> retrySchedule;
  private final Duration timeout;
  private final HttpClient http;
  private final Map<String, List<Delivery>> deliveries = new ConcurrentHashMap<>();
  private NotifyPolicy policy;
  private long sequence;
  private SplittableRandom random;

  public Notifier(PlatformKeys keys, Merchants merchants, Clock clock, ObjectMapper json,
      ScheduledExecutorService scheduler, List<Duration> retrySchedule, Duration timeout, NotifyPolicy policy) {
    this.keys = keys;
    this.merchants = merchants;
    this.clock = clock;
    this.json = json;
    this.scheduler = scheduler;
    this.retrySchedule = List.copyOf(retrySchedule);
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    setPolicy(policy);
  }

  /** Replaces the delivery policy; its sequence and random generator start afresh. */
  public synchronized void setPolicy(NotifyPolicy policy) {
    this.policy = policy;
    this.sequence = 0;
    this.random = new SplittableRandom(policy.seed());
  }

  public synchronized NotifyPolicy policy() {
    return policy;
  }

  /** Tells the merchant that a transaction was paid (TRANSACTION.SUCCESS), under the policy. */
  public void tradeSucceeded(Trade trade) {
    notification(trade).ifPresent(this::dispatch);
  }

  /** Tells the merchant that a refund succeeded (REFUND.SUCCESS), under the policy. */
  public void refundSucceeded(Refund refund) {
    notification(refund).ifPresent(this::dispatch);
  }

  /**
   * Sends a transaction's notification again, now, whatever the policy.
   *
   * @return false when the transaction has nothing to notify (not paid, or no notify_url)
   */
  public boolean resend(Trade trade) {
    if (trade.successTime() == null) {
      return false;
    }
    return notification(trade).map(n -> schedule(n, 1, 0)).orElse(false);
  }

  /** Sends a refund's notification again, now, whatever the policy; false when there is nothing to notify. */
  public boolean resend(Refund refund) {
    return notification(refund).map(n -> schedule(n, 1, 0)).orElse(false);
  }

  /** The delivery attempts made so far for a transaction ({@link #tradeSubject}) or a refund ({@link #refundSubject}). */
  public List<Delivery> deliveries(String subject) {
    return List.copyOf(deliveries.getOrDefault(subject, List.of()));
  }

  public static String tradeSubject(String mchid, String outTradeNo) {
    return "trade/" + mchid + "/" + outTradeNo;
  }

  public static String refundSubject(String mchid, String outRefundNo) {
    return "refund/" + mchid + "/" + outRefundNo;
  }

  private Optional<Notification> notification(Trade t) {
    if (t.notifyUrl() == null) {
      return Optional.empty();
    }
    return merchants.find(t.mchid()).map(m -> envelope(m, tradeSubject(t.mchid(), t.outTradeNo()), t.notifyUrl(),
        "TRANSACTION.SUCCESS", "支付成功", "transaction", V3Views.transaction(t)));
  }

  private Optional<Notification> notification(Refund r) {
    if (r.notifyUrl() == null) {
      return Optional.empty();
    }
    return merchants.find(r.mchid()).map(m -> envelope(m, refundSubject(r.mchid(), r.outRefundNo()), r.notifyUrl(),
        "REFUND." + r.status().name(), "退款成功", "refund", V3Views.refundNotification(r)));
  }

  private Notification envelope(Merchant m, String subject, String url, String eventType, String summary,
      String originalType, Map<String, Object> plaintext) {
    String nonce = WechatIds.alphanumeric(12);
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("original_type", originalType);
    resource.put("algorithm", AeadAes256Gcm.ALGORITHM);
    resource.put("ciphertext", AeadAes256Gcm.encrypt(m.apiV3Key(), nonce, originalType, write(plaintext)));
    resource.put("associated_data", originalType);
    resource.put("nonce", nonce);
    Map<String, Object> body = new LinkedHashMap<>();
    String id = UUID.randomUUID().toString();
    body.put("id", id);
    body.put("create_time", WechatTime.rfc3339(clock.instant()));
    body.put("resource_type", "encrypt-resource");
    body.put("event_type", eventType);
    body.put("summary", summary);
    body.put("resource", resource);
    return new Notification(id, subject, eventType, url, write(body), keys.serialFor(m.platformKeyMode()));
  }

  private void dispatch(Notification n) {
    List<Long> delays;
    long firstRetry = retrySchedule.isEmpty() ? 0 : retrySchedule.get(0).toMillis();
    synchronized (this) {
      delays = policy.plan(++sequence, random, firstRetry);
    }
    if (delays.isEmpty()) {
      log.info("notify {} {} {} dropped by the notify policy", n.eventType, n.subject, n.id);
      return;
    }
    for (long delay : delays) {
      schedule(n, 1, delay);
    }
  }

  private boolean schedule(Notification n, int attempt, long delayMillis) {
    try {
      scheduler.schedule(() -> attempt(n, attempt), delayMillis, TimeUnit.MILLISECONDS);
      return true;
    } catch (RejectedExecutionException stopping) {
      return false;
    }
  }

  private void attempt(Notification n, int attempt) {
    Instant now = clock.instant();
    String timestamp = Long.toString(now.getEpochSecond());
    String nonce = WechatIds.alphanumeric(32);
    String signature = keys.sign(timestamp + "\n" + nonce + "\n" + n.body + "\n");
    int status = 0;
    String error = null;
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(n.url))
          .timeout(timeout)
          .header("Content-Type", "application/json")
          .header("Wechatpay-Timestamp", timestamp)
          .header("Wechatpay-Nonce", nonce)
          .header("Wechatpay-Signature", signature)
          .header("Wechatpay-Serial", n.serial)
          .header("Wechatpay-Signature-Type", V3Authorization.SCHEMA)
          .POST(HttpRequest.BodyPublishers.ofString(n.body, StandardCharsets.UTF_8))
          .build();
      status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException | IllegalArgumentException e) {
      error = e.toString();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    deliveries.computeIfAbsent(n.subject, k -> new CopyOnWriteArrayList<>())
        .add(new Delivery(n.id, n.eventType, attempt, now, status, error));
    if (status >= 200 && status < 300) {
      log.info("notify {} {} {} delivered at attempt {} ({})", n.eventType, n.subject, n.id, attempt, status);
      return;
    }
    if (attempt > retrySchedule.size()) {
      log.warn("notify {} {} {} given up after {} attempts ({})", n.eventType, n.subject, n.id, attempt,
          error != null ? error : status);
      return;
    }
    Duration next = retrySchedule.get(attempt - 1);
    log.info("notify {} {} {} failed at attempt {} ({}), retry in {}", n.eventType, n.subject, n.id, attempt,
        error != null ? error : status, next);
    schedule(n, attempt + 1, next.toMillis());
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * One attempt to deliver a notification.
   *
   * @param status the HTTP status answered, 0 when there was no answer
   * @param error why there was no answer
   */
  public record Delivery(String notificationId, String eventType, int attempt, Instant at, int status, String error) {
  }

  private record Notification(String id, String subject, String eventType, String url, String body, String serial) {
  }
}
