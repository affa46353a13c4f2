package io.cloudtrade.lifecycle.application;

import io.cloudtrade.lifecycle.domain.InstanceState;
import io.cloudtrade.lifecycle.domain.Renewal;
import io.cloudtrade.lifecycle.persistence.InstanceMapper;
import io.cloudtrade.lifecycle.persistence.InstanceRow;
import io.cloudtrade.lifecycle.persistence.ProductionTaskRow;
import io.cloudtrade.order.api.OrderPaidEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a paid renewal order to its instance: the end time moves on by the paid period (see
 * {@link Renewal}); the order's configuration is ignored.
 *
 * <p>Exactly once per order ({@link Renewals}): the renewal is recorded in instance_renewal (keyed
 * by order id) in the same transaction as a conditional UPDATE of the instance on the end time and
 * state it was planned from. A duplicate order id means the order was applied already (a
 * redelivery, or a concurrent delivery that won). An update that finds the instance changed
 * (another renewal won the race) rolls back and plans again from what the winner left, at most
 * {@value #ROUNDS} times; then the exception propagates and RocketMQ redelivers the event.
 * Renewals that can never succeed (unknown instance, another account's, pay-as-you-go, Released or
 * Failed) are logged and answered Failed.
 *
 * <p>So is a renewal meant for one end time (an automatic renewal: the event's expectedEndTime) once
 * the instance has another one. A manual renewal applied between this renewal's plan and its update
 * makes the update find the end time moved: the next round reads the new end time and refuses, so
 * the period the automatic renewal was due for is never renewed twice. A refusal first looks whether
 * the order itself was applied meanwhile (a concurrent delivery of it moved the end time): then
 * Delivered stands, not Failed.
 *
 * <p>An Expired instance (stopped, not released) runs again: in the same transaction a START task is
 * recorded, published after the commit (its acknowledgement is settled by {@link
 * AcknowledgeLifecycleAction}; a failure there is an ALERT for an operator, the renewal stands). A
 * renewal that arrives for a Released instance is refused (it is never brought back): Failed is
 * published and the order service gives the payment back.
 *
 * <p>The order service is told Delivered once the renewal is applied, and again whenever the event
 * comes back for a renewal applied already (publishing happens after the commit; when it fails, the
 * redelivered event finds the renewal applied and publishes again).
 */
@Service
public class RenewInstanceForPaidOrder {
  static final int ROUNDS = 5;
  static final String ORDER_TYPE_RENEW = "Renew";

  private static final Logger log = LoggerFactory.getLogger(RenewInstanceForPaidOrder.class);

  private final InstanceMapper instances;
  private final Renewals renewals;
  private final Deliveries deliveries;
  private final ProductionRequests requests;
  private final TransactionTemplate tx;

  public RenewInstanceForPaidOrder(InstanceMapper instances, Renewals renewals, Deliveries deliveries,
      ProductionRequests requests, TransactionTemplate tx) {
    this.instances = instances;
    this.renewals = renewals;
    this.deliveries = deliveries;
    this.requests = requests;
    this.tx = tx;
  }

  /** Handles one delivery of an OrderPaid event of order type Renew. */
  public void onRenewalPaid(OrderPaidEvent e) {
    if (e.getInstanceId() == null || e.getInstanceId().isBlank()) {
      log.error("Renewal of order {} refused: instanceId is required ({})", e.getOrderId(), e);
      deliveries.failed(e.getOrderId(), e.getInstanceId(), ORDER_TYPE_RENEW, 0, "instanceId is required");
      return;
    }
    for (int round = 1; round <= ROUNDS; round++) {
      if (renewals.applied(e.getOrderId())) {
        log.info("Renewal of order {} again: already applied to instance {}", e.getOrderId(), e.getInstanceId());
        announceDelivered(e);
        return;
      }
      InstanceRow row = instances.find(e.getInstanceId());
      if (row == null || row.accountId != e.getAccountId()) {
        log.error("Renewal of order {} refused: instance {} {}", e.getOrderId(), e.getInstanceId(),
            row == null ? "does not exist" : "belongs to another account");
        deliveries.failed(e.getOrderId(), e.getInstanceId(), ORDER_TYPE_RENEW, 0,
            "instance " + e.getInstanceId() + " does not exist");
        return;
      }
      Renewal plan = renewals.plan(row, e);
      if (plan.refused() && renewals.applied(e.getOrderId())) {
        continue; // a concurrent delivery applied it after the look above: the next round announces it
      }
      if (plan.refused()) {
        log.error("Renewal of order {} refused: instance {}: {}", e.getOrderId(), row.instanceId, plan.refusal());
        deliveries.failed(e.getOrderId(), row.instanceId, ORDER_TYPE_RENEW, row.specVersion, plan.refusal());
        return;
      }
      boolean restart = plan.from() == InstanceState.EXPIRED;
      ProductionTaskRow start;
      try {
        start = tx.execute(s -> {
          if (!renewals.apply(e, row, plan)) {
            s.setRollbackOnly();
            return null;
          }
          return restart ? requests.record(row.instanceId, ProductionRequests.START, e.getOrderId(), ORDER_TYPE_RENEW,
              row.specVersion, null) : new ProductionTaskRow();
        });
      } catch (DuplicateKeyException raced) {
        // a concurrent delivery of the order (the next round finds it applied and announces it), or
        // another task of the instance took the START's attempt number (the next round plans again)
        log.info("Renewal of order {}: raced on instance {} ({}), looking again (round {})", e.getOrderId(),
            e.getInstanceId(), raced.getMostSpecificCause().getMessage(), round);
        continue;
      }
      if (start != null) {
        log.info("instance {} renewed by order {} for {} {}: end time {} -> {}, {} -> {}", row.instanceId, e.getOrderId(),
            e.getPeriod(), e.getPeriodUnit(), plan.oldEndTime(), plan.newEndTime(), plan.from().wireName(),
            plan.to().wireName());
        if (restart) {
          sendStart(row, start, e.getOrderId());
        }
        deliveries.delivered(e.getOrderId(), row.instanceId, ORDER_TYPE_RENEW, row.specVersion);
        return;
      }
      log.info("Renewal of order {}: instance {} changed meanwhile, planning again (round {})", e.getOrderId(),
          row.instanceId, round);
    }
    throw new IllegalStateException("renewal of order " + e.getOrderId() + " lost the race for instance "
        + e.getInstanceId() + " " + ROUNDS + " times; leaving it to a redelivery");
  }

  /** After the commit; the renewal stands whatever happens to its START. */
  private void sendStart(InstanceRow row, ProductionTaskRow task, long orderId) {
    try {
      requests.send(row, task, orderId, row.spec);
    } catch (RuntimeException ex) {
      log.error("ALERT instance {} was renewed by order {} but its START (notification {}) could not be published: {}",
          row.instanceId, orderId, task.notificationId, ex.toString());
    }
  }

  private void announceDelivered(OrderPaidEvent e) {
    InstanceRow row = instances.find(e.getInstanceId());
    deliveries.delivered(e.getOrderId(), e.getInstanceId(), ORDER_TYPE_RENEW, row == null ? 0 : row.specVersion);
  }
}
