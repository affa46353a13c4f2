package io.cloudtrade.reseller.application;

import io.cloudtrade.reseller.config.WebhookConfiguration;
import io.cloudtrade.reseller.domain.SecretCipher;
import io.cloudtrade.reseller.domain.TamperedSecretException;
import io.cloudtrade.reseller.domain.WebhookBackoff;
import io.cloudtrade.reseller.domain.WebhookSignature;
import io.cloudtrade.reseller.persistence.DefinitionJson;
import io.cloudtrade.reseller.persistence.WebhookDeliveryMapper;
import io.cloudtrade.reseller.persistence.WebhookDeliveryRow;
import io.cloudtrade.reseller.persistence.WebhookDeliveryRow.Status;
import io.cloudtrade.reseller.persistence.WebhookTargetMapper;
import io.cloudtrade.reseller.persistence.WebhookTargetRow;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Sends the enqueued webhooks to resellers, signed, at least once each.
 *
 * <p>Every {@code cloudtrade.reseller.webhook.poll-interval} it takes the due PENDING deliveries
 * (at most {@code batch-size}) and claims each with a conditional UPDATE on the due time and
 * attempts it read (attempts + 1, due again at the end of a lease), so of two pollers only one sends
 * it, and a poller that died mid-attempt leaves it to be taken again once the lease ends. The
 * claimed deliveries are sent concurrently, and the poll waits for them all (each is bounded by the
 * connect and request timeouts, far below the lease).
 *
 * <p>The target is the reseller's rules in force at that moment (its webhook URL, and the secret
 * that signs the body), so a reseller that changes its URL or secret gets every later attempt at
 * the new one; one whose rules have no webhook any more has the delivery DEAD at once. The request
 * is a POST of the stored payload with the headers {@code X-CloudTrade-Event}, {@code
 * X-CloudTrade-Delivery} (what receivers deduplicate by: a delivery can arrive twice), {@code
 * X-CloudTrade-Timestamp} and {@code X-CloudTrade-Signature} ({@link WebhookSignature}).
 *
 * <p>A 2xx answer makes the delivery DELIVERED. Any other answer, a timeout, a refused connection,
 * a secret that does not open: the delivery is due again after {@link WebhookBackoff#delayAfter}
 * the attempts so far, and once {@code max-attempts} are spent it is DEAD, with one ERROR line that
 * starts with {@code ALERT webhook dead}. Every change of state is conditional on the claim, so an
 * answer that comes after the lease ended (and another poller took the delivery) changes nothing.
 */
@Service
public class DeliverWebhooks {
  static final String NO_WEBHOOK = "no webhook configured";
  private static final int MAX_ERROR_LENGTH = 512;

  private static final Logger log = LoggerFactory.getLogger(DeliverWebhooks.class);

  private final WebhookDeliveryMapper deliveries;
  private final WebhookTargetMapper targets;
  private final SecretCipher secrets;
  private final WebhookBackoff backoff;
  private final WebhookConfiguration.Settings settings;
  private final HttpClient http;
  private final Clock clock;

  @Autowired
  public DeliverWebhooks(WebhookDeliveryMapper deliveries, WebhookTargetMapper targets, SecretCipher secrets,
      WebhookBackoff backoff, WebhookConfiguration.Settings settings) {
    this(deliveries, targets, secrets, backoff, settings, Clock.systemUTC());
  }

  DeliverWebhooks(WebhookDeliveryMapper deliveries, WebhookTargetMapper targets, SecretCipher secrets,
      WebhookBackoff backoff, WebhookConfiguration.Settings settings, Clock clock) {
    this.deliveries = deliveries;
    this.targets = targets;
    this.secrets = secrets;
    this.backoff = backoff;
    this.settings = settings;
    this.clock = clock;
    this.http = HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** A delivery this poller holds: the claim's lease and attempt number, and the request if one is sent. */
  private record Claimed(WebhookDeliveryRow row, Instant lease, int attempt, CompletableFuture<HttpResponse<Void>> answer) {}

  /** One poll: sends what is due. Failures of the database are logged and left to the next poll. */
  @Scheduled(fixedDelayString = "${cloudtrade.reseller.webhook.poll-interval:500ms}",
      initialDelayString = "${cloudtrade.reseller.webhook.poll-interval:500ms}")
  public void poll() {
    try {
      deliverDue();
    } catch (RuntimeException e) {
      log.warn("webhook poll failed, trying again at the next poll: {}", e.toString());
    }
  }

  /** Claims and sends the due deliveries, and records how each went; returns how many were attempted. */
  int deliverDue() {
    Instant now = now();
    List<WebhookDeliveryRow> due = deliveries.findDue(Status.PENDING.name(), now, settings.batchSize());
    List<Claimed> sent = new ArrayList<>();
    for (WebhookDeliveryRow row : due) {
      try {
        Claimed c = claimAndSend(row);
        if (c != null) {
          sent.add(c);
        }
      } catch (RuntimeException e) { // the database: the delivery is taken again once its lease ends
        log.warn("webhook attempt not started reseller={} delivery={} event={}: {}",
            row.resellerId, row.deliveryId, row.eventKey, e.toString());
      }
    }
    for (Claimed c : sent) {
      try {
        record(c);
      } catch (RuntimeException e) {
        log.warn("webhook attempt outcome not recorded reseller={} delivery={} event={} attempt={}: {}",
            c.row().resellerId, c.row().deliveryId, c.row().eventKey, c.attempt(), e.toString());
      }
    }
    return sent.size();
  }

  /** Claims one delivery and starts its request; null if another poller had it, or it was settled without one. */
  private Claimed claimAndSend(WebhookDeliveryRow row) {
    Instant now = now();
    int attempt = row.attempts + 1;
    Instant lease = now.plus(settings.lease());
    if (deliveries.claim(row.deliveryId, Status.PENDING.name(), row.nextAttemptAt, row.attempts, lease) == 0) {
      return null; // another poller claimed it first
    }
    Claimed claimed = new Claimed(row, lease, attempt, null);
    if (backoff.spent(row.attempts)) {
      // its attempts were spent without an outcome recorded (a poller died mid-attempt): no more
      dead(claimed, row.lastStatusCode, row.lastError, now);
      return null;
    }
    WebhookTargetRow target;
    String url;
    try {
      target = targets.findInForce(row.resellerId);
      url = target == null ? null : DefinitionJson.readRuleSet(target.definitionJson).getWebhookUrl();
    } catch (RuntimeException cannotRead) { // the database, unreadable rules: an attempt that failed
      failed(claimed, null, "cannot read the reseller's rules: " + describe(cannotRead));
      return null;
    }
    if (url == null || url.isBlank()) {
      if (finish(claimed, Status.DEAD, lease, null, NO_WEBHOOK, null)) {
        log.warn("webhook dropped, reseller has no webhook configured reseller={} delivery={} event={} rulesInForce={}",
            row.resellerId, row.deliveryId, row.eventKey, target == null ? "none" : "v" + target.version);
      }
      return null;
    }
    try {
      HttpRequest request = request(row, url, target, now);
      return new Claimed(row, lease, attempt, http.sendAsync(request, HttpResponse.BodyHandlers.discarding()));
    } catch (RuntimeException cannotSend) { // a malformed URL, no secret, a secret that does not open
      failed(claimed, null, describe(cannotSend));
      return null;
    }
  }

  /** The signed POST of the stored payload. */
  private HttpRequest request(WebhookDeliveryRow row, String url, WebhookTargetRow target, Instant now) {
    long timestamp = now.getEpochSecond();
    String signature = signature(target, timestamp, row.payload);
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(settings.requestTimeout())
        .header("Content-Type", "application/json")
        .header("X-CloudTrade-Event", row.eventType)
        .header("X-CloudTrade-Delivery", Long.toString(row.deliveryId))
        .header("X-CloudTrade-Timestamp", Long.toString(timestamp))
        .header(WebhookSignature.HEADER, signature)
        .POST(HttpRequest.BodyPublishers.ofString(row.payload, StandardCharsets.UTF_8))
        .build();
  }

  /**
   * Signs with the secret of the rules in force, opened for this request only.
   *
   * @throws IllegalStateException if the rules have no secret, or it does not open (another master key)
   */
  private String signature(WebhookTargetRow target, long timestamp, String body) {
    if (target.webhookSecretCiphertext == null) {
      throw new IllegalStateException("the webhook of rules v" + target.version + " has no secret to sign with");
    }
    byte[] secret;
    try {
      secret = secrets.open(PublishedRules.webhookSecretBinding(target.resellerId, target.version),
          target.webhookSecretCiphertext);
    } catch (TamperedSecretException e) {
      throw new IllegalStateException("the webhook secret of rules v" + target.version + " does not open: " + e.getMessage(), e);
    }
    try {
      return WebhookSignature.sign(secret, timestamp, body);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  /** Waits for the answer of a sent delivery and records it. */
  private void record(Claimed c) {
    HttpResponse<Void> response;
    try {
      response = c.answer().join();
    } catch (CompletionException | CancellationException e) {
      failed(c, null, describe(e.getCause() == null ? e : e.getCause()));
      return;
    }
    int code = response.statusCode();
    if (code >= 200 && code < 300) {
      if (finish(c, Status.DELIVERED, c.lease(), code, null, now())) {
        log.info("webhook delivered reseller={} delivery={} event={} attempt={} status={}",
            c.row().resellerId, c.row().deliveryId, c.row().eventKey, c.attempt(), code);
      }
    } else {
      failed(c, code, "HTTP " + code);
    }
  }

  /** A failed attempt: due again after the backoff, or dead if it was the last. */
  private void failed(Claimed c, Integer statusCode, String error) {
    Instant now = now();
    if (backoff.spent(c.attempt())) {
      dead(c, statusCode, error, now);
      return;
    }
    Instant next = now.plus(backoff.delayAfter(c.attempt()));
    if (finish(c, Status.PENDING, next, statusCode, error, null)) {
      log.info("webhook attempt failed reseller={} delivery={} event={} attempt={} of {} status={} error={} nextAttemptAt={}",
          c.row().resellerId, c.row().deliveryId, c.row().eventKey, c.attempt(), backoff.maxAttempts(), statusCode,
          error, next);
    }
  }

  /** The delivery is given up: DEAD, and one ALERT line for the operators. */
  private void dead(Claimed c, Integer statusCode, String error, Instant now) {
    if (!finish(c, Status.DEAD, c.lease(), statusCode, error, null)) {
      return;
    }
    WebhookDeliveryRow row = c.row();
    log.error("ALERT webhook dead reseller={} delivery={} event={} eventType={} attempts={} lastStatus={} lastError={}"
        + " createdAt={} deadSince={}; no more automatic attempts: the reseller misses this event unless an operator"
        + " sends it again", row.resellerId, row.deliveryId, row.eventKey, row.eventType, c.attempt(), statusCode, error,
        row.createdAt, now);
  }

  /** Moves the claimed delivery to {@code status}; false if the claim was lost meanwhile. */
  private boolean finish(Claimed c, Status status, Instant nextAttemptAt, Integer statusCode, String error,
      Instant deliveredAt) {
    int changed = deliveries.finishAttempt(c.row().deliveryId, Status.PENDING.name(), c.lease(), c.attempt(),
        status.name(), nextAttemptAt, statusCode, truncate(error), deliveredAt);
    if (changed == 0) {
      log.warn("webhook attempt outcome not recorded, its claim was lost (lease {} ended?) reseller={} delivery={} event={}"
          + " attempt={} outcome={}", c.lease(), c.row().resellerId, c.row().deliveryId, c.row().eventKey, c.attempt(), status);
    }
    return changed == 1;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
  }

  private static String truncate(String error) {
    return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
  }

  /** Now, to the millisecond the database keeps, so that a due time compares equal to what was written. */
  private Instant now() {
    return Instant.ofEpochMilli(clock.millis());
  }
}
