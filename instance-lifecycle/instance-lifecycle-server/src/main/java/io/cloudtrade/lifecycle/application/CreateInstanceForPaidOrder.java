package io.cloudtrade.lifecycle.application;

import io.cloudtrade.lifecycle.api.ProductionNotification;
import io.cloudtrade.lifecycle.config.DueWorkProperties;
import io.cloudtrade.lifecycle.domain.InstanceState;
import io.cloudtrade.lifecycle.domain.RenewalSetting;
import io.cloudtrade.lifecycle.domain.ServicePeriod;
import io.cloudtrade.lifecycle.domain.SpecKind;
import io.cloudtrade.lifecycle.domain.SpecState;
import io.cloudtrade.lifecycle.persistence.InstanceMapper;
import io.cloudtrade.lifecycle.persistence.InstanceRow;
import io.cloudtrade.lifecycle.persistence.InstanceSpecMapper;
import io.cloudtrade.lifecycle.persistence.InstanceSpecRow;
import io.cloudtrade.lifecycle.persistence.ProductionTaskMapper;
import io.cloudtrade.lifecycle.persistence.ProductionTaskRow;
import io.cloudtrade.order.api.OrderPaidEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the instance of a paid New order (status Creating, specification version 1) and asks the
 * product's control plane to produce it with a {@link ProductionNotification} (action CREATE); then
 * tells the order service it is Delivering. {@link AcknowledgeProduction} settles it; until then
 * version 1 is due {@code resend-after} later, and {@link ResendProduction} sends it again with
 * backoff, then marks it stuck for an operator (never refunded automatically).
 *
 * <p>The instance, version 1 of its specification history and its production task are written in
 * one transaction; the notification is published after the commit. Idempotent under redelivery:
 * the instance id and the order id are UNIQUE; an OrderPaid event for an instance that is still
 * Creating and unacknowledged publishes the notification again as a new attempt; for an instance
 * already produced (or failed) it publishes the outcome again. When publishing fails the exception
 * propagates, so RocketMQ redelivers the event and the next delivery sends a new attempt.
 */
@Service
public class CreateInstanceForPaidOrder {
  static final String ORDER_TYPE_NEW = "New";
  static final String DEFAULT_RENEW_STATUS = RenewalSetting.MANUAL;

  private static final Logger log = LoggerFactory.getLogger(CreateInstanceForPaidOrder.class);

  private final InstanceMapper instances;
  private final InstanceSpecMapper specs;
  private final ProductionTaskMapper tasks;
  private final ProductionRequests requests;
  private final Deliveries deliveries;
  private final TransactionTemplate tx;
  private final DueWorkProperties settings;
  private final Clock clock;

  public CreateInstanceForPaidOrder(InstanceMapper instances, InstanceSpecMapper specs, ProductionTaskMapper tasks,
      ProductionRequests requests, Deliveries deliveries, TransactionTemplate tx, DueWorkProperties settings, Clock clock) {
    this.instances = instances;
    this.specs = specs;
    this.tasks = tasks;
    this.requests = requests;
    this.deliveries = deliveries;
    this.tx = tx;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Handles one delivery of a New order's OrderPaid event. Events that can never be handled
   * (missing instance id, unknown subscription type) are answered Failed rather than redelivered
   * forever.
   */
  public void create(OrderPaidEvent e) {
    String problem = problemOf(e);
    if (problem != null) {
      log.error("OrderPaid of order {} refused: {} ({})", e.getOrderId(), problem, e);
      deliveries.failed(e.getOrderId(), e.getInstanceId(), ORDER_TYPE_NEW, 0, problem);
      return;
    }
    InstanceRow row = newInstance(e);
    Attempt attempt;
    try {
      attempt = tx.execute(s -> {
        instances.insert(row);
        InstanceSpecRow first = firstVersion(row, row.createTime.plus(settings.resendAfter()));
        specs.insert(first);
        return new Attempt(row, requests.record(row.instanceId, ProductionRequests.CREATE, row.orderId, ORDER_TYPE_NEW,
            row.specVersion, first.id));
      });
    } catch (DuplicateKeyException redelivered) {
      attempt = retryIfStillCreating(e);
      if (attempt == null) {
        return;
      }
    }
    requests.send(attempt.instance(), attempt.task(), attempt.instance().orderId, attempt.instance().spec);
    deliveries.delivering(e.getOrderId(), attempt.instance().instanceId, ORDER_TYPE_NEW, attempt.instance().specVersion);
  }

  /** A production task of an instance, to be announced. */
  private record Attempt(InstanceRow instance, ProductionTaskRow task) {}

  /**
   * A new attempt for an instance that exists already, or null when there is nothing to send (the
   * outcome is then published again).
   */
  private Attempt retryIfStillCreating(OrderPaidEvent e) {
    InstanceRow existing = instances.find(e.getInstanceId());
    if (existing == null || existing.orderId != e.getOrderId()) {
      InstanceRow ofOrder = instances.findByOrder(e.getOrderId());
      log.error("OrderPaid of order {}: instance {} belongs to order {}, and the order has instance {}",
          e.getOrderId(), e.getInstanceId(), existing == null ? null : existing.orderId,
          ofOrder == null ? null : ofOrder.instanceId);
      if (ofOrder == null) {
        deliveries.failed(e.getOrderId(), e.getInstanceId(), ORDER_TYPE_NEW, 0,
            "instance id " + e.getInstanceId() + " is taken by another order");
      }
      return null;
    }
    InstanceState state = InstanceState.ofWireName(existing.status);
    if (state != InstanceState.CREATING) {
      log.info("OrderPaid of order {} again: instance {} is already {}", e.getOrderId(), existing.instanceId, existing.status);
      announceOutcome(existing);
      return null;
    }
    List<ProductionTaskRow> sent = tasks.findByInstance(existing.instanceId);
    if (sent.stream().anyMatch(t -> t.ackedAt != null)) {
      log.info("OrderPaid of order {} again: instance {} was acknowledged already", e.getOrderId(), existing.instanceId);
      return null;
    }
    Long specId = sent.stream().map(t -> t.specId).filter(id -> id != null).findFirst().orElse(null);
    // a concurrent delivery taking the same attempt fails here and is redelivered
    ProductionTaskRow t = requests.record(existing.instanceId, ProductionRequests.CREATE, existing.orderId,
        ORDER_TYPE_NEW, existing.specVersion, specId);
    log.info("OrderPaid of order {} again: instance {} still Creating, notifying again (attempt {})",
        e.getOrderId(), existing.instanceId, t.attempt);
    return new Attempt(existing, t);
  }

  /** Publishes again how the creation ended: Failed with its reason, else Delivered. */
  void announceOutcome(InstanceRow row) {
    if (InstanceState.ofWireName(row.status) == InstanceState.FAILED) {
      deliveries.failed(row.orderId, row.instanceId, ORDER_TYPE_NEW, row.specVersion, row.failureReason);
    } else {
      deliveries.delivered(row.orderId, row.instanceId, ORDER_TYPE_NEW, 1);
    }
  }

  private InstanceRow newInstance(OrderPaidEvent e) {
    Instant now = now();
    InstanceRow r = new InstanceRow();
    r.instanceId = e.getInstanceId();
    r.orderId = e.getOrderId();
    r.accountId = e.getAccountId();
    r.productCode = e.getProductCode();
    r.productType = e.getProductType();
    r.region = e.getRegion();
    r.subscriptionType = e.getSubscriptionType();
    r.seller = e.getSeller();
    r.status = InstanceState.CREATING.wireName();
    r.renewStatus = e.getRenewalStatus() == null || e.getRenewalStatus().isBlank() ? DEFAULT_RENEW_STATUS : e.getRenewalStatus();
    if (RenewalSetting.AUTO.equals(r.renewStatus)) {
      try { // auto-renews for the period bought, when that is a valid renewal period
        RenewalSetting auto = RenewalSetting.of(r.renewStatus, e.getPeriod(), e.getPeriodUnit());
        r.renewPeriod = auto.period();
        r.renewPeriodUnit = auto.periodUnit();
      } catch (IllegalArgumentException noPeriod) {
        log.info("instance {} auto-renews without a period: {}", r.instanceId, noPeriod.getMessage());
      }
    }
    r.spec = InstanceViews.specJson(e.getConfig());
    r.specVersion = 1;
    r.createTime = now;
    r.endTime = ServicePeriod.endTime(e.getSubscriptionType(), millis(e.getPaidAt()), e.getPeriod(), e.getPeriodUnit());
    r.updateTime = now;
    return r;
  }

  /** Version 1, pending, due (sent again unless acknowledged) at {@code dueAt}. */
  private static InstanceSpecRow firstVersion(InstanceRow instance, Instant dueAt) {
    InstanceSpecRow v = new InstanceSpecRow();
    v.instanceId = instance.instanceId;
    v.version = instance.specVersion;
    v.spec = instance.spec;
    v.orderId = instance.orderId;
    v.orderType = ORDER_TYPE_NEW;
    v.kind = SpecKind.PERMANENT.name();
    v.status = SpecState.PENDING.name();
    v.dueAt = dueAt;
    v.createdTime = instance.createTime;
    v.updatedTime = instance.createTime;
    return v;
  }

  private static String problemOf(OrderPaidEvent e) {
    if (e.getInstanceId() == null || e.getInstanceId().isBlank() || e.getInstanceId().length() > 64) {
      return "instanceId must be 1 to 64 characters";
    }
    if (e.getProductCode() == null || e.getProductCode().isBlank()) {
      return "productCode is required";
    }
    try {
      ServicePeriod.endTime(e.getSubscriptionType(), e.getPaidAt(), e.getPeriod(), e.getPeriodUnit());
    } catch (IllegalArgumentException bad) {
      return bad.getMessage();
    }
    return null;
  }

  private static Instant millis(Instant t) {
    return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
