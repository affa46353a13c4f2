package io.cloudtrade.lifecycle.application;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.LifecycleErrors;
import io.cloudtrade.lifecycle.api.ProductionAck;
import io.cloudtrade.lifecycle.domain.ActionAckVerdict;
import io.cloudtrade.lifecycle.persistence.InstanceRow;
import io.cloudtrade.lifecycle.persistence.ProductionTaskMapper;
import io.cloudtrade.lifecycle.persistence.ProductionTaskRow;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Settles a control plane's acknowledgement of a STOP (the subscription expired), a START (an
 * expired subscription was renewed) or a RELEASE at the end of the grace period (a task without an
 * order), as {@link ActionAckVerdict} judges it: the production task is marked acknowledged, with
 * the reason on failure.
 *
 * <p>These notifications follow a change of state that has happened already and stands: the
 * instance is Expired, Normal or Released commercially whatever the control plane answers. So a
 * failure rolls nothing back: it is logged as an {@code ALERT} line and the task is left FAILURE
 * (listed with the instance's tasks) for an operator to stop, start or release the resource by hand.
 * An acknowledgement of a task acknowledged before answers the instance unchanged when it agrees,
 * and is rejected when it contradicts.
 */
@Service
public class AcknowledgeLifecycleAction {
  private static final Logger log = LoggerFactory.getLogger(AcknowledgeLifecycleAction.class);

  private final ProductionTaskMapper tasks;
  private final Clock clock;

  public AcknowledgeLifecycleAction(ProductionTaskMapper tasks, Clock clock) {
    this.tasks = tasks;
    this.clock = clock;
  }

  /** Applies the acknowledgement of {@code task} (a STOP, a START or an expiry RELEASE of {@code row}). */
  Outcome<InstanceView> acknowledge(ProductionAck ack, InstanceRow row, ProductionTaskRow task) {
    for (int round = 0; round < 2; round++) {
      Boolean earlier = task.ackedAt == null ? null : AcknowledgeProduction.OUTCOME_SUCCESS.equals(task.outcome);
      ActionAckVerdict verdict = ActionAckVerdict.of(ack.isSuccess(), earlier);
      switch (verdict) {
        case ALREADY_SETTLED:
          return Outcome.ok(InstanceViews.view(row));
        case CONTRADICTS:
          return Outcome.rejected(LifecycleErrors.INVALID_STATE, task.action + " " + task.notificationId + " of instance "
              + row.instanceId + " was acknowledged as " + task.outcome + " already");
        case DONE:
        case FAILED:
          String outcome = ack.isSuccess() ? AcknowledgeProduction.OUTCOME_SUCCESS : AcknowledgeProduction.OUTCOME_FAILURE;
          if (tasks.markTaskAcked(task.notificationId, outcome, Deliveries.clip(ack.getReason()),
              clock.instant().truncatedTo(ChronoUnit.MILLIS)) == 1) {
            if (ack.isSuccess()) {
              log.info("{} of instance {} done by its control plane (notification {})", task.action, row.instanceId,
                  task.notificationId);
            } else {
              log.error("ALERT {} of instance {} ({}) failed at its control plane (notification {}): {}; the instance"
                  + " stays {}, its resource needs an operator", task.action, row.instanceId, row.productCode,
                  task.notificationId, ack.getReason(), row.status);
            }
            return Outcome.ok(InstanceViews.view(row));
          }
          task = tasks.find(task.notificationId); // acknowledged concurrently: judge again
          break;
        default:
          throw new IllegalStateException("unknown verdict " + verdict);
      }
    }
    throw new IllegalStateException("task " + task.notificationId + " acknowledged twice concurrently");
  }
}
