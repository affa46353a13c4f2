package io.cloudtrade.lifecycle.application;

import io.cloudtrade.kernel.IdGenerator;
import io.cloudtrade.lifecycle.api.ProductionEvents;
import io.cloudtrade.lifecycle.api.ProductionNotification;
import io.cloudtrade.lifecycle.domain.InstanceState;
import io.cloudtrade.lifecycle.domain.ServicePeriod;
import io.cloudtrade.lifecycle.persistence.InstanceMapper;
import io.cloudtrade.lifecycle.persistence.InstanceRow;
import io.cloudtrade.lifecycle.persistence.ProductionTaskMapper;
import io.cloudtrade.lifecycle.persistence.ProductionTaskRow;
import io.cloudtrade.order.api.OrderPaidEvent;
import io.cloudtrade.support.Events;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the instance of a paid order (status Creating) and asks the product's control plane to
 * produce it with a {@link ProductionNotification}.
 *
 * <p>The instance and its production task are written in one transaction; the notification is
 * published after the commit. Idempotent under redelivery: the instance id and the order id are
 * UNIQUE; an OrderPaid event for an instance that is still Creating and unacknowledged publishes the
 * notification again as a new attempt; for an instance already produced (or failed) it does
 * nothing. When publishing fails the exception propagates, so RocketMQ redelivers the event and the
 * next delivery sends a new attempt.
 */
@Service
public class CreateInstanceForPaidOrder {
  /** The only trading center for now. */
  static final String CENTER = "cn";

  static final String ACTION_CREATE = "CREATE";
  static final String ORDER_TYPE_NEW = "New";
  static final String ORDER_TYPE_RENEW = "Renew";
  static final String DEFAULT_RENEW_STATUS = "ManualRenewal";

  private static final Logger log = LoggerFactory.getLogger(CreateInstanceForPaidOrder.class);

  private final InstanceMapper instances;
  private final ProductionTaskMapper tasks;
  private final TransactionTemplate tx;
  private final Events events;
  private final IdGenerator ids;
  private final RenewInstanceForPaidOrder renew;
  private final Clock clock;

  @Autowired
  public CreateInstanceForPaidOrder(InstanceMapper instances, ProductionTaskMapper tasks, TransactionTemplate tx,
      Events events, IdGenerator ids, RenewInstanceForPaidOrder renew) {
    this(instances, tasks, tx, events, ids, renew, Clock.systemUTC());
  }

  CreateInstanceForPaidOrder(InstanceMapper instances, ProductionTaskMapper tasks, TransactionTemplate tx, Events events,
      IdGenerator ids, RenewInstanceForPaidOrder renew, Clock clock) {
    this.renew = renew;
    this.instances = instances;
    this.tasks = tasks;
    this.tx = tx;
    this.events = events;
    this.ids = ids;
    this.clock = clock;
  }

  /**
   * Handles one delivery of an OrderPaid event, by order type: New (or none) creates the instance,
   * Renew is handed to {@link RenewInstanceForPaidOrder}, any other type is logged and ignored.
   * Events that can never be handled (missing instance id, unknown subscription type) are logged and
   * dropped rather than redelivered forever.
   */
  public void onOrderPaid(OrderPaidEvent e) {
    String type = e.getOrderType() == null ? ORDER_TYPE_NEW : e.getOrderType();
    switch (type) {
      case ORDER_TYPE_NEW -> create(e);
      case ORDER_TYPE_RENEW -> renew.onRenewalPaid(e);
      default -> log.warn("OrderPaid of order {} ignored: order type {} is not handled yet", e.getOrderId(), type);
    }
  }

  private void create(OrderPaidEvent e) {
    String problem = problemOf(e);
    if (problem != null) {
      log.error("OrderPaid of order {} dropped: {} ({})", e.getOrderId(), problem, e);
      return;
    }
    InstanceRow row = newInstance(e);
    Attempt attempt;
    try {
      attempt = tx.execute(s -> {
        instances.insert(row);
        ProductionTaskRow t = newTask(row.instanceId, 1);
        tasks.insert(t);
        return new Attempt(row, t);
      });
    } catch (DuplicateKeyException redelivered) {
      attempt = retryIfStillCreating(e);
      if (attempt == null) {
        return;
      }
    }
    publish(attempt.instance(), attempt.task());
  }

  /** A production task of an instance, to be announced. */
  private record Attempt(InstanceRow instance, ProductionTaskRow task) {}

  /** A new attempt for an instance that exists already, or null when there is nothing to send. */
  private Attempt retryIfStillCreating(OrderPaidEvent e) {
    InstanceRow existing = instances.find(e.getInstanceId());
    if (existing == null || existing.orderId != e.getOrderId()) {
      InstanceRow ofOrder = instances.findByOrder(e.getOrderId());
      log.error("OrderPaid of order {} dropped: instance {} belongs to order {}, and the order has instance {}",
          e.getOrderId(), e.getInstanceId(), existing == null ? null : existing.orderId,
          ofOrder == null ? null : ofOrder.instanceId);
      return null;
    }
    if (InstanceState.ofWireName(existing.status) != InstanceState.CREATING) {
      log.info("OrderPaid of order {} again: instance {} is already {}", e.getOrderId(), existing.instanceId, existing.status);
      return null;
    }
    List<ProductionTaskRow> sent = tasks.findByInstance(existing.instanceId);
    if (sent.stream().anyMatch(t -> t.ackedAt != null)) {
      log.info("OrderPaid of order {} again: instance {} was acknowledged already", e.getOrderId(), existing.instanceId);
      return null;
    }
    int attempt = sent.stream().mapToInt(t -> t.attempt).max().orElse(0) + 1;
    ProductionTaskRow t = newTask(existing.instanceId, attempt);
    tasks.insert(t); // a concurrent delivery taking the same attempt fails here and is redelivered
    log.info("OrderPaid of order {} again: instance {} still Creating, notifying again (attempt {})",
        e.getOrderId(), existing.instanceId, attempt);
    return new Attempt(existing, t);
  }

  private void publish(InstanceRow row, ProductionTaskRow task) {
    ProductionNotification n = new ProductionNotification()
        .setNotificationId(task.notificationId)
        .setInstanceId(row.instanceId)
        .setOrderId(row.orderId)
        .setAccountId(row.accountId)
        .setProductCode(row.productCode)
        .setRegion(row.region)
        .setCenter(CENTER)
        .setAction(ACTION_CREATE)
        .setSpecVersion(row.specVersion)
        .setSpec(InstanceViews.spec(row.spec));
    events.publish(ProductionEvents.TOPIC, row.productCode, row.instanceId, n);
    log.info("production of instance {} ({}) requested: notification {} attempt {}",
        row.instanceId, row.productCode, task.notificationId, task.attempt);
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
    r.status = InstanceState.CREATING.wireName();
    r.renewStatus = e.getRenewalStatus() == null || e.getRenewalStatus().isBlank() ? DEFAULT_RENEW_STATUS : e.getRenewalStatus();
    r.spec = InstanceViews.specJson(e.getConfig());
    r.specVersion = 1;
    r.createTime = now;
    r.endTime = ServicePeriod.endTime(e.getSubscriptionType(), millis(e.getPaidAt()), e.getPeriod(), e.getPeriodUnit());
    r.updateTime = now;
    return r;
  }

  private ProductionTaskRow newTask(String instanceId, int attempt) {
    ProductionTaskRow t = new ProductionTaskRow();
    t.notificationId = Long.toString(ids.next());
    t.instanceId = instanceId;
    t.attempt = attempt;
    t.sentAt = now();
    return t;
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
