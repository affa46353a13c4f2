package io.cloudtrade.lifecycle.application;

import io.cloudtrade.lifecycle.config.DueWorkProperties;
import io.cloudtrade.lifecycle.domain.InstanceState;
import io.cloudtrade.lifecycle.domain.SpecChange;
import io.cloudtrade.lifecycle.domain.SpecKind;
import io.cloudtrade.lifecycle.domain.SpecState;
import io.cloudtrade.lifecycle.persistence.InstanceMapper;
import io.cloudtrade.lifecycle.persistence.InstanceRow;
import io.cloudtrade.lifecycle.persistence.InstanceSpecMapper;
import io.cloudtrade.lifecycle.persistence.InstanceSpecRow;
import io.cloudtrade.lifecycle.persistence.ProductionTaskRow;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The specification work that falls due by time, found through instance_spec.due_at (indexed):
 *
 * <ul>
 *   <li>a SCHEDULED version that starts (a temporary upgrade whose window opens, or a RenewChange's
 *       permanent specification whose renewed period begins; both alike): it becomes PENDING and is
 *       sent (MODIFY), Delivering is published; or, when the instance can no longer take it ({@link
 *       SpecChange#startRefusal}), it becomes FAILED and Failed is published (partial for a
 *       RenewChange, whose renewal stands; kept due until that publication went through);
 *   <li>an APPLIED temporary upgrade whose window ends: it becomes REVERTING and a REVERT version
 *       (current + 1, exactly the specification of the version before the temporary one) is
 *       written and sent. An instance released meanwhile has nothing to revert;
 *   <li>a PENDING version whose notification (CREATE, MODIFY, revert) got no acknowledgement in
 *       time, or a revert the control plane failed: {@link ResendProduction} sends it again with
 *       backoff, or, its attempts spent, marks it stuck for an operator.
 * </ul>
 *
 * Every step claims its row with a conditional UPDATE (status and due time as read), so two pollers
 * (or a poller and an acknowledgement) never do the same work twice. A step that throws is logged
 * and stays due, {@code retry-pause} later. Time is passed in, so a test can run it at any instant
 * (e.g. as a start-up after the service was down past a revert time).
 */
@Service
public class DueSpecWork {
  private static final Logger log = LoggerFactory.getLogger(DueSpecWork.class);

  private final InstanceMapper instances;
  private final InstanceSpecMapper specs;
  private final ProductionRequests requests;
  private final Deliveries deliveries;
  private final TransactionTemplate tx;
  private final DueWorkProperties settings;
  private final ResendProduction resends;

  public DueSpecWork(InstanceMapper instances, InstanceSpecMapper specs, ProductionRequests requests,
      Deliveries deliveries, TransactionTemplate tx, DueWorkProperties settings, ResendProduction resends) {
    this.instances = instances;
    this.specs = specs;
    this.requests = requests;
    this.deliveries = deliveries;
    this.tx = tx;
    this.settings = settings;
    this.resends = resends;
  }

  /**
   * Does the work due at {@code at} (one batch, earliest first).
   *
   * @return how many due versions were looked at
   */
  public int runDue(Instant at) {
    Instant now = at.truncatedTo(ChronoUnit.MILLIS);
    List<InstanceSpecRow> due = specs.findDue(now, settings.batchSize());
    for (InstanceSpecRow v : due) {
      try {
        handle(v, now);
      } catch (RuntimeException e) {
        Instant again = now.plus(settings.retryPause());
        log.warn("due work on version {} of instance {} ({} {}) failed, trying again at {}: {}", v.version, v.instanceId,
            v.kind, v.status, again, e.toString());
        postpone(v, now, again);
      }
    }
    return due.size();
  }

  /** Keeps failed work due, a pause later (unless it moved on meanwhile). */
  private void postpone(InstanceSpecRow v, Instant now, Instant again) {
    try {
      specs.reschedule(v.id, v.status, v.dueAt, again, now);
    } catch (RuntimeException e) {
      log.warn("could not postpone version {} of instance {}: {}", v.version, v.instanceId, e.toString());
    }
  }

  private void handle(InstanceSpecRow v, Instant now) {
    SpecState state = SpecState.valueOf(v.status);
    SpecKind kind = SpecKind.valueOf(v.kind);
    switch (state) {
      case SCHEDULED -> start(v, now);
      case APPLIED -> {
        if (kind == SpecKind.TEMPORARY) {
          startRevert(v, now);
        } else {
          specs.reschedule(v.id, v.status, v.dueAt, null, now);
        }
      }
      case PENDING -> resends.resendDue(v, now);
      case FAILED -> announceFailure(v, now);
      default -> specs.reschedule(v.id, v.status, v.dueAt, null, now); // nothing to do
    }
  }

  /** A scheduled version that starts (a temporary upgrade's window, a RenewChange's renewed period). */
  private void start(InstanceSpecRow v, Instant now) {
    InstanceRow instance = instances.find(v.instanceId);
    String refusal = SpecChange.startRefusal(InstanceState.ofWireName(instance.status), instance.specVersion, v.version,
        v.revertAt, now);
    if (refusal != null) {
      SpecState.SCHEDULED.to(SpecState.FAILED);
      // stays due until Failed is published
      if (specs.move(v.id, SpecState.SCHEDULED.name(), SpecState.FAILED.name(), now, refusal, now) == 1) {
        v.status = SpecState.FAILED.name();
        v.reason = refusal;
        v.dueAt = now;
        announceFailure(v, now);
      }
      return;
    }
    SpecState.SCHEDULED.to(SpecState.PENDING);
    ProductionTaskRow task = tx.execute(s -> {
      if (specs.move(v.id, SpecState.SCHEDULED.name(), SpecState.PENDING.name(), now.plus(settings.resendAfter()), null,
          now) == 0) {
        return null; // another poller started it
      }
      return requests.record(v.instanceId, ProductionRequests.MODIFY, v.orderId, v.orderType, v.version, v.id);
    });
    if (task == null) {
      return;
    }
    if (v.revertAt == null) {
      log.info("{} of order {} starts on instance {}: version {}", v.orderType, v.orderId, v.instanceId, v.version);
    } else {
      log.info("{} of order {} starts on instance {}: version {} until {}", v.orderType, v.orderId, v.instanceId,
          v.version, v.revertAt);
    }
    requests.send(instance, task, v.orderId, v.spec);
    deliveries.delivering(v.orderId, v.instanceId, v.orderType, instance.specVersion);
  }

  /** An applied temporary upgrade whose window ends: write and send the version that reverts it. */
  private void startRevert(InstanceSpecRow temporary, Instant now) {
    InstanceRow instance = instances.find(temporary.instanceId);
    if (InstanceState.ofWireName(instance.status).isFinal()) {
      log.info("temporary upgrade of order {} not reverted: instance {} is {}", temporary.orderId, instance.instanceId,
          instance.status);
      specs.reschedule(temporary.id, temporary.status, temporary.dueAt, null, now);
      return;
    }
    if (instance.specVersion != temporary.version) {
      log.error("temporary upgrade of order {} cannot revert: instance {} is at version {}, not {}; looking again at {}",
          temporary.orderId, instance.instanceId, instance.specVersion, temporary.version, now.plus(settings.resendAfter()));
      specs.reschedule(temporary.id, temporary.status, temporary.dueAt, now.plus(settings.resendAfter()), now);
      return;
    }
    InstanceSpecRow before = specs.findLive(temporary.instanceId, temporary.revertsToVersion);
    if (before == null) {
      throw new IllegalStateException("instance " + temporary.instanceId + " has no version " + temporary.revertsToVersion);
    }
    InstanceSpecRow revert = new InstanceSpecRow();
    revert.instanceId = temporary.instanceId;
    revert.version = temporary.version + 1;
    revert.spec = before.spec;
    revert.orderId = temporary.orderId;
    revert.orderType = temporary.orderType;
    revert.kind = SpecKind.REVERT.name();
    revert.status = SpecState.PENDING.name();
    revert.revertsToVersion = before.version;
    revert.dueAt = now.plus(settings.resendAfter());
    revert.createdTime = now;
    revert.updatedTime = now;
    SpecState.APPLIED.to(SpecState.REVERTING);
    ProductionTaskRow task = tx.execute(s -> {
      if (specs.move(temporary.id, SpecState.APPLIED.name(), SpecState.REVERTING.name(), null, null, now) == 0) {
        return null; // another poller started the revert
      }
      specs.insert(revert);
      return requests.record(revert.instanceId, ProductionRequests.MODIFY, null, null, revert.version, revert.id);
    });
    if (task == null) {
      return;
    }
    log.info("temporary upgrade of order {} ends on instance {}: reverting to the specification of version {} as version {}",
        temporary.orderId, instance.instanceId, before.version, revert.version);
    requests.send(instance, task, revert.orderId, revert.spec);
  }

  /** A version failed here (not by the control plane) whose Failed is still to be published. */
  private void announceFailure(InstanceSpecRow v, Instant now) {
    InstanceRow instance = instances.find(v.instanceId);
    deliveries.versionFailed(v, instance.specVersion);
    specs.reschedule(v.id, SpecState.FAILED.name(), v.dueAt, null, now);
  }
}
