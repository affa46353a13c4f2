package io.cloudtrade.lifecycle.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.LifecycleErrors;
import io.cloudtrade.lifecycle.api.ProductionAck;
import io.cloudtrade.lifecycle.domain.ExpiryPolicy;
import io.cloudtrade.lifecycle.domain.InstanceState;
import io.cloudtrade.lifecycle.domain.ProductionVerdict;
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
import java.util.Comparator;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a control plane's acknowledgement. The notification it names tells what it settles: a
 * MODIFY goes to {@link AcknowledgeSpecChange}, a Refund order's RELEASE to {@link
 * ReleaseInstanceForRefund}, a STOP, a START and the RELEASE at the end of an expired subscription's
 * grace period (no order) to {@link AcknowledgeLifecycleAction} (their failure is an ALERT and a
 * task left failed; the instance's state, changed already, is not rolled back), a CREATE is settled
 * here. Without a notification id the instance's latest unacknowledged
 * notification is meant, or (when none is open) its creation.
 *
 * <p>Creation: success moves the instance from Creating to Normal (resource id, start time; a
 * subscription's first expiry step is scheduled by the {@link ExpiryPolicy}) and
 * version 1 of its specification to APPLIED; failure moves it to Failed (reason) and version 1 to
 * FAILED; the production task is marked acknowledged in the same transaction. After the commit the
 * order service is told Delivered or Failed. The change is a conditional UPDATE from Creating, so of
 * two concurrent acknowledgements only one changes the instance; the other is judged again against
 * the state the winner left (the same acknowledgement then answers the instance unchanged and
 * publishes the outcome again, a contradicting one is rejected).
 */
@Service
public class AcknowledgeProduction {
  static final String OUTCOME_SUCCESS = "SUCCESS";
  static final String OUTCOME_FAILURE = "FAILURE";

  private static final Logger log = LoggerFactory.getLogger(AcknowledgeProduction.class);

  private final InstanceMapper instances;
  private final InstanceSpecMapper specs;
  private final ProductionTaskMapper tasks;
  private final AcknowledgeSpecChange changes;
  private final ReleaseInstanceForRefund releases;
  private final CreateInstanceForPaidOrder creations;
  private final AcknowledgeLifecycleAction lifecycleActions;
  private final ExpiryPolicy expiry;
  private final TransactionTemplate tx;
  private final Clock clock;

  public AcknowledgeProduction(InstanceMapper instances, InstanceSpecMapper specs, ProductionTaskMapper tasks,
      AcknowledgeSpecChange changes, ReleaseInstanceForRefund releases, CreateInstanceForPaidOrder creations,
      AcknowledgeLifecycleAction lifecycleActions, ExpiryPolicy expiry, TransactionTemplate tx, Clock clock) {
    this.instances = instances;
    this.specs = specs;
    this.tasks = tasks;
    this.changes = changes;
    this.releases = releases;
    this.creations = creations;
    this.lifecycleActions = lifecycleActions;
    this.expiry = expiry;
    this.tx = tx;
    this.clock = clock;
  }

  public Outcome<InstanceView> acknowledge(ProductionAck ack) {
    String problem = problemOf(ack);
    if (problem != null) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, problem);
    }
    InstanceRow row = instances.find(ack.getInstanceId());
    if (row == null) {
      return notFound(ack.getInstanceId());
    }
    ProductionTaskRow task;
    if (ack.getNotificationId() != null) {
      task = tasks.find(ack.getNotificationId());
      if (task == null || !task.instanceId.equals(row.instanceId)) {
        return Outcome.rejected(CommonErrors.INVALID_PARAMETER,
            "notification " + ack.getNotificationId() + " was not sent for instance " + row.instanceId);
      }
    } else {
      task = tasks.findByInstance(row.instanceId).stream().filter(t -> t.ackedAt == null)
          .max(Comparator.comparingInt(t -> t.attempt)).orElse(null);
    }
    String action = task == null || task.action == null ? ProductionRequests.CREATE : task.action;
    return switch (action) {
      case ProductionRequests.MODIFY -> changes.acknowledge(ack, row, task);
      // a Refund order's release names the order; the release at the end of the grace period none
      case ProductionRequests.RELEASE -> task.orderId == null
          ? lifecycleActions.acknowledge(ack, row, task) : releases.acknowledge(ack, row, task);
      case ProductionRequests.STOP, ProductionRequests.START -> lifecycleActions.acknowledge(ack, row, task);
      default -> acknowledgeCreation(ack, row);
    };
  }

  private Outcome<InstanceView> acknowledgeCreation(ProductionAck ack, InstanceRow row) {
    if (ack.isSuccess() && (ack.getResourceId() == null || ack.getResourceId().isBlank() || ack.getResourceId().length() > 128)) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "ResourceId of 1 to 128 characters is required on success");
    }
    // at most twice: a lost race from Creating is judged again against the winner's state
    for (int round = 0; round < 2; round++) {
      ProductionVerdict verdict = ProductionVerdict.of(
          InstanceState.ofWireName(row.status), ack.isSuccess(), Objects.equals(row.resourceId, ack.getResourceId()));
      switch (verdict) {
        case ALREADY_APPLIED:
          creations.announceOutcome(row);
          return Outcome.ok(InstanceViews.view(row));
        case INVALID_STATE:
          return Outcome.rejected(LifecycleErrors.INVALID_STATE, "instance " + row.instanceId + " is " + row.status
              + (ack.isSuccess() ? ", it cannot become Normal" : ", it cannot become Failed"));
        case APPLY:
          if (Boolean.TRUE.equals(tx.execute(s -> apply(ack)))) {
            InstanceRow after = instances.find(row.instanceId);
            log.info("instance {} is {} ({})", after.instanceId, after.status,
                ack.isSuccess() ? "resource " + after.resourceId : "reason: " + after.failureReason);
            creations.announceOutcome(after);
            return Outcome.ok(InstanceViews.view(after));
          }
          row = instances.find(row.instanceId);
          break;
        default:
          throw new IllegalStateException("unknown verdict " + verdict);
      }
    }
    throw new IllegalStateException("instance " + row.instanceId + " left Creating but is still Creating");
  }

  /** True when this acknowledgement moved the instance out of Creating. */
  private boolean apply(ProductionAck ack) {
    Instant now = now();
    String creating = InstanceState.CREATING.wireName();
    int changed = ack.isSuccess()
        ? instances.markProduced(ack.getInstanceId(), creating, InstanceState.NORMAL.wireName(), ack.getResourceId(), now, now)
        : instances.markFailed(ack.getInstanceId(), creating, InstanceState.FAILED.wireName(), ack.getReason(), now);
    if (changed == 0) {
      return false;
    }
    if (ack.isSuccess()) {
      // the row is ours until the commit: its end time is the one to schedule from
      InstanceRow produced = instances.find(ack.getInstanceId());
      Instant due = expiry.nextDueAt(InstanceState.NORMAL, produced.subscriptionType, produced.endTime);
      if (due != null) {
        instances.schedule(produced.instanceId, produced.status, produced.endTime, null, due, now);
      }
    }
    InstanceSpecRow first = specs.findLive(ack.getInstanceId(), 1);
    if (first != null) {
      SpecState to = SpecState.PENDING.to(ack.isSuccess() ? SpecState.APPLIED : SpecState.FAILED);
      specs.move(first.id, SpecState.PENDING.name(), to.name(), null, ack.isSuccess() ? null : Deliveries.clip(ack.getReason()), now);
    }
    tasks.markAcked(ack.getInstanceId(), ack.getNotificationId(), ack.isSuccess() ? OUTCOME_SUCCESS : OUTCOME_FAILURE, now);
    return true;
  }

  private static String problemOf(ProductionAck ack) {
    if (ack == null) {
      return "the acknowledgement is required";
    }
    if (ack.getInstanceId() == null || ack.getInstanceId().isBlank()) {
      return "InstanceId is required";
    }
    if (ack.getNotificationId() != null && ack.getNotificationId().isBlank()) {
      return "NotificationId must not be blank when given";
    }
    if (ack.isSuccess() && ack.getResourceId() != null && ack.getResourceId().length() > 128) {
      return "ResourceId must be at most 128 characters";
    }
    if (!ack.isSuccess() && (ack.getReason() == null || ack.getReason().isBlank() || ack.getReason().length() > 512)) {
      return "Reason of 1 to 512 characters is required on failure";
    }
    return null;
  }

  private static Outcome<InstanceView> notFound(String instanceId) {
    return Outcome.rejected(LifecycleErrors.INSTANCE_NOT_FOUND, "instance " + instanceId + " does not exist");
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
