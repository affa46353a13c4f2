package io.cloudtrade.lifecycle.application;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.LifecycleErrors;
import io.cloudtrade.lifecycle.api.ProductionAck;
import io.cloudtrade.lifecycle.config.DueWorkProperties;
import io.cloudtrade.lifecycle.domain.ChangeAckVerdict;
import io.cloudtrade.lifecycle.domain.SpecKind;
import io.cloudtrade.lifecycle.domain.SpecState;
import io.cloudtrade.lifecycle.persistence.InstanceMapper;
import io.cloudtrade.lifecycle.persistence.InstanceRow;
import io.cloudtrade.lifecycle.persistence.InstanceSpecMapper;
import io.cloudtrade.lifecycle.persistence.InstanceSpecRow;
import io.cloudtrade.lifecycle.persistence.ProductionTaskMapper;
import io.cloudtrade.lifecycle.persistence.ProductionTaskRow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a control plane's acknowledgement of a MODIFY notification to the version it was sent
 * for, as {@link ChangeAckVerdict} judges it:
 *
 * <ul>
 *   <li>success: in one transaction the instance takes the version's specification (a conditional
 *       UPDATE on the version below it), the version becomes APPLIED (a temporary one due again at
 *       its revert time), a revert also marks its temporary upgrade REVERTED; then Delivered is
 *       published for the order (a revert has no order of its own: it is logged);
 *   <li>failure: the version becomes FAILED and the instance keeps its specification; Failed is
 *       published with the control plane's reason (partial for a RenewChange, whose renewal stands:
 *       see {@link Deliveries#versionFailed}). A failed revert stays PENDING and is due again after
 *       {@code retry-pause}: a revert must happen.
 * </ul>
 *
 * The same acknowledgement again answers the instance unchanged and publishes the outcome again (so
 * an acknowledgement retried because publishing failed is not lost).
 */
@Service
public class AcknowledgeSpecChange {
  private static final Logger log = LoggerFactory.getLogger(AcknowledgeSpecChange.class);
  /** The sub-status of an instance whose Direct-flow change the control plane could not apply. */
  static final String MODIFY_FAILED = "ModifyFailed";

  private final InstanceMapper instances;
  private final InstanceSpecMapper specs;
  private final ProductionTaskMapper tasks;
  private final Deliveries deliveries;
  private final TransactionTemplate tx;
  private final DueWorkProperties settings;
  private final Clock clock;

  public AcknowledgeSpecChange(InstanceMapper instances, InstanceSpecMapper specs, ProductionTaskMapper tasks,
      Deliveries deliveries, TransactionTemplate tx, DueWorkProperties settings, Clock clock) {
    this.instances = instances;
    this.specs = specs;
    this.tasks = tasks;
    this.deliveries = deliveries;
    this.tx = tx;
    this.settings = settings;
    this.clock = clock;
  }

  Outcome<InstanceView> acknowledge(ProductionAck ack, InstanceRow row, ProductionTaskRow task) {
    if (task.specId == null) {
      throw new IllegalStateException("MODIFY task " + task.notificationId + " names no specification version");
    }
    // at most twice: a lost race (another attempt of the same version acknowledged meanwhile) is judged again
    for (int round = 0; round < 2; round++) {
      InstanceSpecRow version = specs.find(task.specId);
      SpecKind kind = SpecKind.valueOf(version.kind);
      Boolean earlier = task.ackedAt == null ? null : AcknowledgeProduction.OUTCOME_SUCCESS.equals(task.outcome);
      if (ChangeSpecForPaidOrder.DIRECT_FLOW.equals(version.flow)) {
        return acknowledgeDirect(ack, row, task, version, earlier);
      }
      ChangeAckVerdict verdict = ChangeAckVerdict.of(SpecState.valueOf(version.status), kind, ack.isSuccess(), earlier);
      switch (verdict) {
        case INVALID_STATE:
          return Outcome.rejected(LifecycleErrors.INVALID_STATE, "specification version " + version.version
              + " of instance " + row.instanceId + " is " + version.status
              + (ack.isSuccess() ? ", it cannot be applied any more" : ", it cannot fail any more"));
        case ALREADY_SETTLED:
          tasks.markTaskAcked(task.notificationId, outcome(ack), Deliveries.clip(ack.getReason()), now());
          announce(version, instances.find(row.instanceId));
          return Outcome.ok(InstanceViews.view(instances.find(row.instanceId)));
        case APPLY:
          if (Boolean.TRUE.equals(tx.execute(s -> apply(version, task, row.instanceId)))) {
            InstanceRow after = instances.find(row.instanceId);
            announce(specs.find(version.id), after);
            return Outcome.ok(InstanceViews.view(after));
          }
          break;
        case FAIL:
          if (Boolean.TRUE.equals(tx.execute(s -> fail(version, task, ack.getReason())))) {
            InstanceRow after = instances.find(row.instanceId);
            announce(specs.find(version.id), after);
            return Outcome.ok(InstanceViews.view(after));
          }
          break;
        case RETRY_LATER:
          Instant due = now().plus(settings.retryPause());
          tx.executeWithoutResult(s -> {
            tasks.markTaskAcked(task.notificationId, AcknowledgeProduction.OUTCOME_FAILURE, Deliveries.clip(ack.getReason()),
                now());
            specs.setDue(version.id, SpecState.PENDING.name(), due, now());
          });
          log.warn("revert of instance {} to the specification of version {} failed ({}); trying again at {}",
              row.instanceId, version.revertsToVersion, ack.getReason(), due);
          return Outcome.ok(InstanceViews.view(instances.find(row.instanceId)));
        default:
          throw new IllegalStateException("unknown verdict " + verdict);
      }
      ProductionTaskRow now = tasks.find(task.notificationId);
      task.ackedAt = now.ackedAt;
      task.outcome = now.outcome;
    }
    throw new IllegalStateException("specification version " + task.specVersion + " of instance " + row.instanceId
        + " changed twice while being acknowledged");
  }

  /**
   * A version of the old (Direct) flow was applied before the control plane was asked: success
   * confirms it; a failure is recorded and the instance flagged ModifyFailed for an operator, with
   * no rollback and no refund (the Versioned flow does both).
   */
  private Outcome<InstanceView> acknowledgeDirect(ProductionAck ack, InstanceRow row, ProductionTaskRow task,
      InstanceSpecRow version, Boolean earlier) {
    if (earlier != null && earlier != ack.isSuccess()) {
      return Outcome.rejected(LifecycleErrors.INVALID_STATE, "notification " + task.notificationId + " was acknowledged "
          + (earlier ? "as a success" : "as a failure") + " already");
    }
    if (earlier == null) {
      tx.executeWithoutResult(s -> {
        tasks.markTaskAcked(task.notificationId, outcome(ack), Deliveries.clip(ack.getReason()), now());
        if (!ack.isSuccess()) {
          instances.flagSubStatus(row.instanceId, row.status, MODIFY_FAILED, now());
        }
      });
      if (!ack.isSuccess()) {
        log.error("ALERT instance {} took specification version {} (order {}, Direct flow) but the control plane failed to apply it: {}."
            + " Not rolled back; flagged {} for an operator", row.instanceId, version.version, version.orderId, ack.getReason(),
            MODIFY_FAILED);
      }
    }
    return Outcome.ok(InstanceViews.view(instances.find(row.instanceId)));
  }

  /** True when this acknowledgement applied the version. */
  private boolean apply(InstanceSpecRow version, ProductionTaskRow task, String instanceId) {
    Instant now = now();
    SpecKind kind = SpecKind.valueOf(version.kind);
    SpecState.PENDING.to(SpecState.APPLIED);
    Instant due = kind == SpecKind.TEMPORARY ? version.revertAt : null;
    if (specs.move(version.id, SpecState.PENDING.name(), SpecState.APPLIED.name(), due, null, now) == 0) {
      return false; // another attempt of the same version was acknowledged first
    }
    if (instances.applySpec(instanceId, version.version - 1, version.version, version.spec, now) == 0) {
      InstanceRow current = instances.find(instanceId);
      throw new IllegalStateException("instance " + instanceId + " is at specification version "
          + (current == null ? null : current.specVersion) + ", version " + version.version + " cannot be applied on it");
    }
    if (kind == SpecKind.REVERT) {
      InstanceSpecRow temporary = specs.findByOrder(version.orderId, SpecKind.TEMPORARY.name());
      SpecState.REVERTING.to(SpecState.REVERTED);
      if (temporary == null
          || specs.move(temporary.id, SpecState.REVERTING.name(), SpecState.REVERTED.name(), null, null, now) == 0) {
        throw new IllegalStateException("the temporary upgrade of order " + version.orderId + " of instance " + instanceId
            + " is not reverting");
      }
    }
    tasks.markTaskAcked(task.notificationId, AcknowledgeProduction.OUTCOME_SUCCESS, null, now);
    return true;
  }

  /** True when this acknowledgement failed the version. */
  private boolean fail(InstanceSpecRow version, ProductionTaskRow task, String reason) {
    Instant now = now();
    SpecState.PENDING.to(SpecState.FAILED);
    if (specs.move(version.id, SpecState.PENDING.name(), SpecState.FAILED.name(), null, Deliveries.clip(reason), now) == 0) {
      return false;
    }
    tasks.markTaskAcked(task.notificationId, AcknowledgeProduction.OUTCOME_FAILURE, Deliveries.clip(reason), now);
    return true;
  }

  /** Publishes how the version ended for its order; a revert has none and is only logged. */
  private void announce(InstanceSpecRow version, InstanceRow instance) {
    SpecKind kind = SpecKind.valueOf(version.kind);
    SpecState state = SpecState.valueOf(version.status);
    if (kind == SpecKind.REVERT) {
      if (state != SpecState.APPLIED) {
        return;
      }
      log.info("instance {} reverted to the specification of version {} as version {} (temporary upgrade of order {} ended)",
          version.instanceId, version.revertsToVersion, version.version, version.orderId);
      return;
    }
    if (state == SpecState.FAILED) {
      deliveries.versionFailed(version, instance.specVersion);
    } else if (state != SpecState.PENDING && state != SpecState.SCHEDULED) {
      deliveries.delivered(version.orderId, version.instanceId, version.orderType, version.version);
    }
  }

  private static String outcome(ProductionAck ack) {
    return ack.isSuccess() ? AcknowledgeProduction.OUTCOME_SUCCESS : AcknowledgeProduction.OUTCOME_FAILURE;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
