package io.cloudtrade.lifecycle.application;

import io.cloudtrade.lifecycle.config.DueWorkProperties;
import io.cloudtrade.lifecycle.domain.InstanceState;
import io.cloudtrade.lifecycle.domain.ResendSchedule;
import io.cloudtrade.lifecycle.domain.SpecKind;
import io.cloudtrade.lifecycle.domain.SpecState;
import io.cloudtrade.lifecycle.persistence.InstanceMapper;
import io.cloudtrade.lifecycle.persistence.InstanceRow;
import io.cloudtrade.lifecycle.persistence.InstanceSpecMapper;
import io.cloudtrade.lifecycle.persistence.InstanceSpecRow;
import io.cloudtrade.lifecycle.persistence.ProductionTaskMapper;
import io.cloudtrade.lifecycle.persistence.ProductionTaskRow;
import io.cloudtrade.lifecycle.persistence.StuckWorkMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends again a PENDING version whose notification got no acknowledgement in time (a CREATE, a
 * MODIFY, a revert; also a revert the control plane failed), as {@link ResendSchedule} says: the
 * pause doubles from {@code resend-after} up to {@code max-resend-interval}, {@code max-attempts}
 * sends in all. When they are spent the version is stuck: it is no longer due, one line starting
 * with {@code ALERT} is logged, {@value #STUCK_ALERTS} counts it and {@value #STUCK} says how much
 * is stuck now. A stuck creation stays Creating and is not refunded (the resource may exist); a
 * late acknowledgement still settles it, or an operator re-arms it ({@link StuckProductionWork}).
 *
 * <p>Each step claims the version with a conditional UPDATE (status, due time and re-send count as
 * read), so of two pollers only one sends. Every send is a new notification (new notification id)
 * for the same instance and specification version: a control plane recognises a repeat by those.
 */
@Service
public class ResendProduction {
  /** Gauge: work stuck now, versions and lifecycle actions (no instance ids in tags). */
  public static final String STUCK = "cloudtrade.lifecycle.production.stuck";
  /** Counter, tagged by action: work that became stuck. */
  public static final String STUCK_ALERTS = "cloudtrade.lifecycle.production.stuck.alerts";

  private static final Logger log = LoggerFactory.getLogger(ResendProduction.class);

  private final InstanceMapper instances;
  private final InstanceSpecMapper specs;
  private final ProductionTaskMapper tasks;
  private final ProductionRequests requests;
  private final Deliveries deliveries;
  private final TransactionTemplate tx;
  private final ResendSchedule schedule;
  private final MeterRegistry meters;

  public ResendProduction(InstanceMapper instances, InstanceSpecMapper specs, ProductionTaskMapper tasks,
      ProductionRequests requests, Deliveries deliveries, TransactionTemplate tx, DueWorkProperties settings,
      MeterRegistry meters, StuckWorkMapper stuckWork) {
    this.instances = instances;
    this.specs = specs;
    this.tasks = tasks;
    this.requests = requests;
    this.deliveries = deliveries;
    this.tx = tx;
    this.schedule = settings.resends();
    this.meters = meters;
    Gauge.builder(STUCK, stuckWork, StuckWorkMapper::countStuck)
        .description("production notifications never acknowledged within their attempts, waiting for an operator")
        .register(meters);
  }

  /** A PENDING version due at {@code v.dueAt}, as read: its notification is sent again, or it is stuck. */
  void resendDue(InstanceSpecRow v, Instant now) {
    int sent = v.resends + 1;
    String action = actionOf(v);
    if (schedule.spent(sent)) {
      stuck(v, action, sent, now);
      return;
    }
    InstanceRow instance = instances.find(v.instanceId);
    if (ProductionRequests.CREATE.equals(action) && InstanceState.ofWireName(instance.status) != InstanceState.CREATING) {
      log.warn("version 1 of instance {} is pending but the instance is {}: not notifying again", v.instanceId, instance.status);
      specs.reschedule(v.id, SpecState.PENDING.name(), v.dueAt, null, now);
      return;
    }
    Instant next = now.plus(schedule.waitAfter(sent + 1));
    ProductionTaskRow task = tx.execute(s -> {
      if (specs.claimResend(v.id, SpecState.PENDING.name(), v.dueAt, v.resends, next, now) == 0) {
        return null; // acknowledged meanwhile, or claimed by another poller
      }
      return record(v, action);
    });
    if (task == null) {
      return;
    }
    log.info("{} of version {} of instance {} ({}) not acknowledged after {} notification(s), notifying again: attempt {} of {},"
        + " next look at {}", action, v.version, v.instanceId, v.kind, sent, sent + 1, schedule.maxAttempts(), next);
    send(instance, v, task);
  }

  /** The version's attempts are spent: it is no longer due, and an operator is alerted. */
  private void stuck(InstanceSpecRow v, String action, int sent, Instant now) {
    if (specs.markStuck(v.id, SpecState.PENDING.name(), v.dueAt, now) == 0) {
      return; // acknowledged meanwhile, or claimed by another poller
    }
    InstanceRow instance = instances.find(v.instanceId);
    List<ProductionTaskRow> sentFor = tasks.findByInstance(v.instanceId).stream()
        .filter(t -> Objects.equals(t.specId, v.id)).toList();
    Instant first = sentFor.stream().map(t -> t.sentAt).min(Comparator.naturalOrder()).orElse(null);
    Instant last = sentFor.stream().map(t -> t.sentAt).max(Comparator.naturalOrder()).orElse(null);
    Counter.builder(STUCK_ALERTS).description("production notifications that became stuck (attempts spent)")
        .tag("action", action).register(meters).increment();
    log.error("ALERT production stuck: instance={} order={} orderType={} product={} region={} action={} kind={} specVersion={}"
        + " attempts={} firstSent={} lastSent={} stuckSince={} instanceStatus={}; no more automatic notifications,"
        + " nothing refunded: waiting for the control plane's acknowledgement or an operator's retry",
        v.instanceId, v.orderId, v.orderType, instance == null ? null : instance.productCode,
        instance == null ? null : instance.region, action, v.kind, v.version, sent, first, last, now,
        instance == null ? null : instance.status);
  }

  /** CREATE for the first version of a New order, MODIFY for every later one (reverts too). */
  static String actionOf(InstanceSpecRow v) {
    return actionOf(v.version, v.orderType);
  }

  static String actionOf(int version, String orderType) {
    return version == 1 && CreateInstanceForPaidOrder.ORDER_TYPE_NEW.equals(orderType)
        ? ProductionRequests.CREATE : ProductionRequests.MODIFY;
  }

  /** Records one more notification of the version (inside the caller's transaction). */
  ProductionTaskRow record(InstanceSpecRow v, String action) {
    boolean revert = SpecKind.valueOf(v.kind) == SpecKind.REVERT;
    return requests.record(v.instanceId, action, revert ? null : v.orderId, revert ? null : v.orderType, v.version, v.id);
  }

  /** Publishes the notification; an order's version (not a revert, which has none) is Delivering again. */
  void send(InstanceRow instance, InstanceSpecRow v, ProductionTaskRow task) {
    requests.send(instance, task, v.orderId, v.spec);
    if (SpecKind.valueOf(v.kind) != SpecKind.REVERT) {
      deliveries.delivering(v.orderId, v.instanceId, v.orderType, instance.specVersion);
    }
  }
}
