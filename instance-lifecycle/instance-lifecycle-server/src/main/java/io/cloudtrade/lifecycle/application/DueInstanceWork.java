package io.cloudtrade.lifecycle.application;

import io.cloudtrade.lifecycle.config.DueWorkProperties;
import io.cloudtrade.lifecycle.config.ExpiryProperties;
import io.cloudtrade.lifecycle.domain.ExpiryPolicy;
import io.cloudtrade.lifecycle.domain.InstanceState;
import io.cloudtrade.lifecycle.persistence.InstanceMapper;
import io.cloudtrade.lifecycle.persistence.InstanceRow;
import io.cloudtrade.lifecycle.persistence.ProductionTaskRow;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The expiry of subscription instances, found through instance.next_due_at (indexed) and judged by
 * the {@link ExpiryPolicy} ({@code cloudtrade.lifecycle.expiry.*}):
 *
 * <ul>
 *   <li>Normal becomes WaitForExpire {@code warn-before} its end time;
 *   <li>WaitForExpire becomes Expired (sub-status Stopped) {@code stop-after} its end time, and its
 *       control plane is told STOP;
 *   <li>Expired becomes Released {@code release-after} its end time (the release time is recorded),
 *       and its control plane is told RELEASE.
 * </ul>
 *
 * Every step is a conditional UPDATE from the status, end time and next_due_at as read, with the
 * STOP or RELEASE task recorded in the same transaction and published after the commit: of several
 * nodes polling at once exactly one takes a step (the others' updates change nothing and they skip
 * it), and a renewal that came first (a new end time and next_due_at) makes the step change nothing
 * too. Nothing is held in memory between polls, so a restart loses nothing: a step due while the
 * service was down is taken at its first poll, one state after the other. An instance whose
 * next_due_at is early (e.g. the settings changed) is rescheduled. A step that throws is logged and
 * stays due, {@code cloudtrade.lifecycle.due-work.retry-pause} later. Pay-as-you-go instances have
 * no end time and are never due. Time is passed in, so a test can run it at any instant.
 *
 * <p>Each run then makes the auto-renewal attempts due ({@link DueAutoRenewalWork}).
 *
 * <p>The control plane's acknowledgements of STOP and RELEASE are settled by {@link
 * AcknowledgeLifecycleAction}; they change nothing of the instance. One not acknowledged in time
 * (or not published at all) is sent again by {@link ResendLifecycleAction}.
 */
@Service
public class DueInstanceWork {
  /** At most this many steps on one instance in one run (Normal, WaitForExpire, Expired, Released). */
  static final int MAX_STEPS = 3;

  private static final Logger log = LoggerFactory.getLogger(DueInstanceWork.class);

  private final InstanceMapper instances;
  private final ProductionRequests requests;
  private final TransactionTemplate tx;
  private final ExpiryPolicy policy;
  private final ExpiryProperties settings;
  private final DueWorkProperties dueWork;
  private final DueAutoRenewalWork autoRenewals;

  public DueInstanceWork(InstanceMapper instances, ProductionRequests requests, TransactionTemplate tx,
      ExpiryPolicy policy, ExpiryProperties settings, DueWorkProperties dueWork, DueAutoRenewalWork autoRenewals) {
    this.autoRenewals = autoRenewals;
    this.instances = instances;
    this.requests = requests;
    this.tx = tx;
    this.policy = policy;
    this.settings = settings;
    this.dueWork = dueWork;
  }

  /** {@link #runDue} when {@code cloudtrade.lifecycle.expiry.enabled}; the poller calls this. */
  public int runScheduled(Instant at) {
    return settings.enabled() ? runDue(at) : 0;
  }

  /**
   * Takes the expiry steps due at {@code at} (one batch, earliest first), then makes the
   * auto-renewal attempts due then (one batch).
   *
   * @return how many due instances were looked at (by both)
   */
  public int runDue(Instant at) {
    Instant now = at.truncatedTo(ChronoUnit.MILLIS);
    List<InstanceRow> due = instances.findDue(now, settings.batchSize());
    for (InstanceRow row : due) {
      try {
        handle(row, now);
      } catch (RuntimeException e) {
        Instant again = now.plus(dueWork.retryPause());
        log.warn("expiry of instance {} ({}) failed, trying again at {}: {}", row.instanceId, row.status, again,
            e.toString());
        postpone(row, now, again);
      }
    }
    return due.size() + autoRenewals.runDue(now);
  }

  private void handle(InstanceRow first, Instant now) {
    InstanceRow row = first;
    for (int step = 0; step < MAX_STEPS && row != null && row.nextDueAt != null && !row.nextDueAt.isAfter(now); step++) {
      if (!advance(row, now)) {
        return;
      }
      row = instances.find(row.instanceId);
    }
  }

  /** Takes the step due on the row as read; false when there was none or another node took it. */
  private boolean advance(InstanceRow row, Instant now) {
    InstanceState state = InstanceState.ofWireName(row.status);
    ExpiryPolicy.Step step = policy.stepAt(state, row.subscriptionType, row.endTime, now);
    if (step == null) {
      // nothing due (yet): settings changed, or a row never scheduled by them
      Instant next = policy.nextDueAt(state, row.subscriptionType, row.endTime);
      instances.schedule(row.instanceId, row.status, row.endTime, row.nextDueAt, next, now);
      return false;
    }
    String action = switch (step.to()) {
      case EXPIRED -> ProductionRequests.STOP;
      case RELEASED -> ProductionRequests.RELEASE;
      default -> null;
    };
    ProductionTaskRow task = tx.execute(s -> {
      if (instances.advance(row.instanceId, row.status, row.endTime, row.nextDueAt, step.to().wireName(),
          step.subStatus(), step.nextDueAt(), step.releaseTime(), now) == 0) {
        return null; // another node took it, or a renewal came first
      }
      return action == null ? new ProductionTaskRow()
          : requests.record(row.instanceId, action, null, null, row.specVersion, null);
    });
    if (task == null) {
      log.info("expiry of instance {} ({} -> {}) skipped: it changed meanwhile", row.instanceId, row.status,
          step.to().wireName());
      return false;
    }
    log.info("instance {} {} -> {} (end time {}{})", row.instanceId, row.status, step.to().wireName(), row.endTime,
        step.releaseTime() == null ? "" : ", release time " + step.releaseTime());
    if (action != null) {
      try {
        requests.send(row, task, 0, row.spec); // after the commit
      } catch (RuntimeException e) {
        log.warn("instance {} is {} but its {} (notification {}) could not be published now, it is sent again: {}",
            row.instanceId, step.to().wireName(), action, task.notificationId, e.toString());
      }
    }
    return true;
  }

  /** Keeps failed work due, a pause later (unless it moved on meanwhile). */
  private void postpone(InstanceRow row, Instant now, Instant again) {
    try {
      InstanceRow current = instances.find(row.instanceId);
      if (current != null && current.nextDueAt != null && !current.nextDueAt.isAfter(now)) {
        instances.schedule(current.instanceId, current.status, current.endTime, current.nextDueAt, again, now);
      }
    } catch (RuntimeException e) {
      log.warn("could not postpone the expiry of instance {}: {}", row.instanceId, e.toString());
    }
  }
}
