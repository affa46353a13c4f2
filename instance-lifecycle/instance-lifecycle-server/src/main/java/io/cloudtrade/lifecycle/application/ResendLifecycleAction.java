package io.cloudtrade.lifecycle.application;

import io.cloudtrade.lifecycle.config.DueWorkProperties;
import io.cloudtrade.lifecycle.domain.InstanceState;
import io.cloudtrade.lifecycle.domain.ResendSchedule;
import io.cloudtrade.lifecycle.persistence.InstanceMapper;
import io.cloudtrade.lifecycle.persistence.InstanceRow;
import io.cloudtrade.lifecycle.persistence.ProductionTaskMapper;
import io.cloudtrade.lifecycle.persistence.ProductionTaskRow;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends again a STOP, START or RELEASE at expiry that its control plane did not acknowledge in time,
 * on the same {@link ResendSchedule} as productions ({@code cloudtrade.lifecycle.due-work.*}); when
 * its attempts are spent it is stuck: no longer sent, one {@code ALERT} line, counted in {@value
 * ResendProduction#STUCK_ALERTS} and listed with the stuck work ({@link StuckProductionWork}).
 *
 * <p>A copy sent again is the same notification (same notification id and sequence), so whichever
 * copy the control plane acknowledges settles it. An action that is moot by the time it is due (the
 * instance is no longer in the state the action serves: a STOP of an instance renewed meanwhile, a
 * START of one expired again) is dropped, not sent; one superseded by a later action of the instance
 * is not due any more ({@link ProductionRequests}). Each step is a conditional UPDATE on the due
 * time (and re-send count) as read, so of several nodes polling at once exactly one sends.
 */
@Service
public class ResendLifecycleAction {
  private static final Logger log = LoggerFactory.getLogger(ResendLifecycleAction.class);

  private final ProductionTaskMapper tasks;
  private final InstanceMapper instances;
  private final ProductionRequests requests;
  private final ResendSchedule schedule;
  private final DueWorkProperties settings;
  private final MeterRegistry meters;

  public ResendLifecycleAction(ProductionTaskMapper tasks, InstanceMapper instances, ProductionRequests requests,
      DueWorkProperties settings, MeterRegistry meters) {
    this.tasks = tasks;
    this.instances = instances;
    this.requests = requests;
    this.schedule = settings.resends();
    this.settings = settings;
    this.meters = meters;
  }

  /**
   * Looks at the unacknowledged actions due at {@code at} (one batch, earliest first).
   *
   * @return how many were due
   */
  public int runDue(Instant at) {
    Instant now = at.truncatedTo(ChronoUnit.MILLIS);
    List<ProductionTaskRow> due = tasks.findDue(now, settings.batchSize());
    for (ProductionTaskRow t : due) {
      try {
        handle(t, now);
      } catch (RuntimeException e) {
        Instant again = now.plus(settings.retryPause());
        log.warn("re-sending {} {} of instance {} failed, looking again at {}: {}", t.action, t.notificationId,
            t.instanceId, again, e.toString());
        try {
          tasks.reschedule(t.notificationId, t.dueAt, again);
        } catch (RuntimeException ignored) {
          // the database is away: it stays due and the next poll tries again
        }
      }
    }
    return due.size();
  }

  private void handle(ProductionTaskRow t, Instant now) {
    InstanceRow instance = instances.find(t.instanceId);
    if (instance == null || !serves(t.action, InstanceState.ofWireName(instance.status))) {
      if (tasks.reschedule(t.notificationId, t.dueAt, null) == 1) {
        log.info("{} {} of instance {} not acknowledged but moot now (instance is {}): not sent again", t.action,
            t.notificationId, t.instanceId, instance == null ? "gone" : instance.status);
      }
      return;
    }
    int sent = t.resends + 1;
    if (schedule.spent(sent)) {
      stuck(t, instance, sent, now);
      return;
    }
    Instant next = now.plus(schedule.waitAfter(sent + 1));
    if (tasks.claimResend(t.notificationId, t.dueAt, t.resends, next, now) == 0) {
      return; // acknowledged meanwhile, or claimed by another poller
    }
    log.info("{} {} of instance {} not acknowledged after {} notification(s), notifying again: attempt {} of {}, next"
        + " look at {}", t.action, t.notificationId, t.instanceId, sent, sent + 1, schedule.maxAttempts(), next);
    send(instance, t);
  }

  /** Whether the action still serves an instance in {@code state}. */
  static boolean serves(String action, InstanceState state) {
    return switch (action) {
      case ProductionRequests.STOP -> state == InstanceState.EXPIRED;
      case ProductionRequests.START -> state == InstanceState.NORMAL || state == InstanceState.WAIT_FOR_EXPIRE;
      case ProductionRequests.RELEASE -> state == InstanceState.RELEASED;
      default -> false;
    };
  }

  private void stuck(ProductionTaskRow t, InstanceRow instance, int sent, Instant now) {
    if (tasks.markStuck(t.notificationId, t.dueAt, now) == 0) {
      return; // acknowledged meanwhile, or claimed by another poller
    }
    Counter.builder(ResendProduction.STUCK_ALERTS).description("production notifications that became stuck (attempts spent)")
        .tag("action", t.action).register(meters).increment();
    log.error("ALERT production stuck: instance={} order={} product={} region={} action={} notification={} attempts={}"
        + " firstSent={} lastSent={} stuckSince={} instanceStatus={}; no more automatic notifications: waiting for the"
        + " control plane's acknowledgement or an operator's retry", t.instanceId, t.orderId, instance.productCode,
        instance.region, t.action, t.notificationId, sent, t.sentAt, t.lastSentAt, now, instance.status);
  }

  /**
   * An operator's retry of a stuck action: attempts from one again, sent now.
   *
   * @return false when it is no longer stuck since {@code stuckAt} (acknowledged or retried meanwhile)
   */
  boolean retry(ProductionTaskRow t, InstanceRow instance, Instant stuckAt, Instant now) {
    if (tasks.rearm(t.notificationId, stuckAt, now.plus(schedule.waitAfter(1)), now) == 0) {
      return false;
    }
    log.info("stuck {} {} of instance {} re-armed: notifying again", t.action, t.notificationId, t.instanceId);
    send(instance, t);
    return true;
  }

  private void send(InstanceRow instance, ProductionTaskRow t) {
    requests.send(instance, t, t.orderId == null ? 0 : t.orderId, instance.spec);
  }
}
