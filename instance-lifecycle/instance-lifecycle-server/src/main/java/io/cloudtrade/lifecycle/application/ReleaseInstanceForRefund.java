package io.cloudtrade.lifecycle.application;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.LifecycleErrors;
import io.cloudtrade.lifecycle.api.ProductionAck;
import io.cloudtrade.lifecycle.domain.InstanceState;
import io.cloudtrade.lifecycle.domain.ReleaseAckVerdict;
import io.cloudtrade.lifecycle.persistence.InstanceMapper;
import io.cloudtrade.lifecycle.persistence.InstanceRow;
import io.cloudtrade.lifecycle.persistence.ProductionTaskMapper;
import io.cloudtrade.lifecycle.persistence.ProductionTaskRow;
import io.cloudtrade.lifecycle.persistence.RefusedOrderRow;
import io.cloudtrade.order.api.OrderPaidEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out a Refund order (event tag RefundRequested): asks the control plane to release the
 * instance (RELEASE) and tells the order service Delivering; the control plane's success moves the
 * instance to Released (Delivered), its failure leaves it as it is (Failed, with the reason). An
 * instance that cannot be released (unknown, another account's, Creating, Failed, Released already)
 * is answered Failed at once.
 *
 * <p>Idempotent by order: a redelivered event finds the order's RELEASE tasks and sends again while
 * none is acknowledged, or publishes the outcome again. Acknowledgements are judged by {@link
 * ReleaseAckVerdict}; the release is a conditional UPDATE from the state the instance was seen in.
 */
@Service
public class ReleaseInstanceForRefund {
  static final String ORDER_TYPE_REFUND = "Refund";

  private static final Logger log = LoggerFactory.getLogger(ReleaseInstanceForRefund.class);

  private final InstanceMapper instances;
  private final ProductionTaskMapper tasks;
  private final ProductionRequests requests;
  private final Deliveries deliveries;
  private final TransactionTemplate tx;
  private final Clock clock;

  public ReleaseInstanceForRefund(InstanceMapper instances, ProductionTaskMapper tasks, ProductionRequests requests,
      Deliveries deliveries, TransactionTemplate tx, Clock clock) {
    this.instances = instances;
    this.tasks = tasks;
    this.requests = requests;
    this.deliveries = deliveries;
    this.tx = tx;
    this.clock = clock;
  }

  /** Handles one delivery of a Refund order's event. */
  public void onRefundRequested(OrderPaidEvent e) {
    RefusedOrderRow refused = deliveries.refusalOf(e.getOrderId());
    if (refused != null) {
      deliveries.announce(refused);
      return;
    }
    InstanceRow instance = e.getInstanceId() == null ? null : instances.find(e.getInstanceId());
    List<ProductionTaskRow> earlier = tasks.findByOrder(e.getOrderId(), ProductionRequests.RELEASE);
    if (!earlier.isEmpty() && replay(instance, earlier)) {
      return;
    }
    if (instance == null || instance.accountId != e.getAccountId()) {
      deliveries.refuse(e, ORDER_TYPE_REFUND, 0, "instance " + e.getInstanceId() + " does not exist");
      return;
    }
    InstanceState state = InstanceState.ofWireName(instance.status);
    if (earlier.isEmpty() && !state.canMoveTo(InstanceState.RELEASED)) {
      deliveries.refuse(e, ORDER_TYPE_REFUND, instance.specVersion,
          "instance is " + instance.status + ", it cannot be released");
      return;
    }
    // a concurrent delivery taking the same attempt fails here and is redelivered
    ProductionTaskRow task = tx.execute(s -> requests.record(instance.instanceId, ProductionRequests.RELEASE,
        e.getOrderId(), ORDER_TYPE_REFUND, instance.specVersion, null));
    requests.send(instance, task, e.getOrderId(), instance.spec);
    deliveries.delivering(e.getOrderId(), instance.instanceId, ORDER_TYPE_REFUND, instance.specVersion);
  }

  /** Publishes again how an acknowledged release ended; false when none is acknowledged (send again). */
  private boolean replay(InstanceRow instance, List<ProductionTaskRow> earlier) {
    int version = instance == null ? 0 : instance.specVersion;
    ProductionTaskRow first = earlier.get(0);
    if (earlier.stream().anyMatch(t -> AcknowledgeProduction.OUTCOME_SUCCESS.equals(t.outcome))) {
      deliveries.delivered(first.orderId, first.instanceId, ORDER_TYPE_REFUND, version);
      return true;
    }
    if (earlier.stream().anyMatch(t -> t.ackedAt == null)) {
      log.info("Refund order {} again: release of instance {} not acknowledged yet, notifying again", first.orderId,
          first.instanceId);
      return false;
    }
    deliveries.failed(first.orderId, first.instanceId, ORDER_TYPE_REFUND, version, earlier.get(earlier.size() - 1).reason);
    return true;
  }

  /** Applies the control plane's acknowledgement of a RELEASE task. */
  Outcome<InstanceView> acknowledge(ProductionAck ack, InstanceRow row, ProductionTaskRow task) {
    for (int round = 0; round < 2; round++) {
      Boolean earlier = task.ackedAt == null ? null : AcknowledgeProduction.OUTCOME_SUCCESS.equals(task.outcome);
      ReleaseAckVerdict verdict = ReleaseAckVerdict.of(InstanceState.ofWireName(row.status), ack.isSuccess(), earlier);
      long orderId = task.orderId == null ? row.orderId : task.orderId;
      switch (verdict) {
        case INVALID_STATE:
          return Outcome.rejected(LifecycleErrors.INVALID_STATE, "instance " + row.instanceId + " is " + row.status
              + (ack.isSuccess() ? ", it cannot be released" : ", its release cannot fail any more"));
        case ALREADY_SETTLED:
          tasks.markTaskAcked(task.notificationId, outcome(ack), Deliveries.clip(ack.getReason()), now());
          announce(ack, row, orderId);
          return Outcome.ok(InstanceViews.view(row));
        case FAIL:
          tasks.markTaskAcked(task.notificationId, AcknowledgeProduction.OUTCOME_FAILURE, Deliveries.clip(ack.getReason()), now());
          log.warn("release of instance {} failed: {}", row.instanceId, ack.getReason());
          announce(ack, row, orderId);
          return Outcome.ok(InstanceViews.view(row));
        case APPLY:
          String from = row.status;
          String instanceId = row.instanceId;
          String notificationId = task.notificationId;
          if (Boolean.TRUE.equals(tx.execute(s -> {
            if (instances.markReleased(instanceId, from, InstanceState.RELEASED.wireName(), now()) == 0) {
              return false;
            }
            tasks.markTaskAcked(notificationId, AcknowledgeProduction.OUTCOME_SUCCESS, null, now());
            return true;
          }))) {
            InstanceRow after = instances.find(row.instanceId);
            log.info("instance {} released ({} -> Released) for order {}", row.instanceId, from, orderId);
            announce(ack, after, orderId);
            return Outcome.ok(InstanceViews.view(after));
          }
          row = instances.find(row.instanceId);
          task = tasks.find(task.notificationId);
          break;
        default:
          throw new IllegalStateException("unknown verdict " + verdict);
      }
    }
    throw new IllegalStateException("instance " + row.instanceId + " changed twice while being released");
  }

  private void announce(ProductionAck ack, InstanceRow row, long orderId) {
    if (ack.isSuccess()) {
      deliveries.delivered(orderId, row.instanceId, ORDER_TYPE_REFUND, row.specVersion);
    } else {
      deliveries.failed(orderId, row.instanceId, ORDER_TYPE_REFUND, row.specVersion, ack.getReason());
    }
  }

  private static String outcome(ProductionAck ack) {
    return ack.isSuccess() ? AcknowledgeProduction.OUTCOME_SUCCESS : AcknowledgeProduction.OUTCOME_FAILURE;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
