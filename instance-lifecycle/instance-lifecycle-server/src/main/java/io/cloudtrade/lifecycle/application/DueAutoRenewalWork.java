package io.cloudtrade.lifecycle.application;

import io.cloudtrade.lifecycle.api.AutoRenewalDue;
import io.cloudtrade.lifecycle.api.AutoRenewalEvents;
import io.cloudtrade.lifecycle.config.DueWorkProperties;
import io.cloudtrade.lifecycle.config.ExpiryProperties;
import io.cloudtrade.lifecycle.domain.AutoRenewalPolicy;
import io.cloudtrade.lifecycle.domain.InstanceState;
import io.cloudtrade.lifecycle.domain.RenewalSetting;
import io.cloudtrade.lifecycle.persistence.InstanceMapper;
import io.cloudtrade.lifecycle.persistence.InstanceRow;
import io.cloudtrade.support.Events;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Auto-renewal attempts, judged by the {@link AutoRenewalPolicy} ({@code
 * cloudtrade.lifecycle.expiry.auto-renew-before} and {@code auto-renew-retry}): an AutoRenewal
 * subscription gets an {@link AutoRenewalDue} event on {@link AutoRenewalEvents#TOPIC} (keyed by
 * instance id) {@code auto-renew-before} its end time, then one every {@code auto-renew-retry},
 * until a renewal moves the end time (attempts start over for the new one) or the end time comes.
 * The order service answers each with a Renew order paid from the balance, at most one per end time.
 *
 * <p>Run by {@link DueInstanceWork#runDue} after the expiry steps. Instances are found by their end
 * time (no column to keep in step when an instance is created, renewed or its setting changes), and
 * each attempt is claimed with a conditional UPDATE on the end time and attempt count read (V7
 * columns auto_renew_*): of several nodes polling at once exactly one makes an attempt, and a renewal
 * or a setting changed meanwhile makes the claim change nothing. The event is published after the
 * claim commits; when the broker does not take it, the next attempt is made {@code
 * cloudtrade.lifecycle.due-work.retry-pause} later (with the next number). Nothing is held in
 * memory between polls.
 */
@Service
public class DueAutoRenewalWork {
  static final List<String> RENEWABLE = List.of(InstanceState.NORMAL.wireName(), InstanceState.WAIT_FOR_EXPIRE.wireName());

  private static final Logger log = LoggerFactory.getLogger(DueAutoRenewalWork.class);

  private final InstanceMapper instances;
  private final Events events;
  private final AutoRenewalPolicy policy;
  private final ExpiryProperties settings;
  private final DueWorkProperties dueWork;

  public DueAutoRenewalWork(InstanceMapper instances, Events events, AutoRenewalPolicy policy, ExpiryProperties settings,
      DueWorkProperties dueWork) {
    this.instances = instances;
    this.events = events;
    this.policy = policy;
    this.settings = settings;
    this.dueWork = dueWork;
  }

  /**
   * Makes the auto-renewal attempts due at {@code at} (one batch, earliest end time first).
   *
   * @return how many instances were looked at
   */
  public int runDue(Instant at) {
    Instant now = at.truncatedTo(ChronoUnit.MILLIS);
    List<InstanceRow> due = instances.findAutoRenewalDue(RenewalSetting.AUTO, RENEWABLE,
        now.plus(settings.autoRenewBefore()), now, settings.batchSize());
    for (InstanceRow row : due) {
      try {
        attempt(row, now);
      } catch (RuntimeException e) {
        log.warn("auto-renewal of instance {} failed, looked at again at the next poll: {}", row.instanceId, e.toString());
      }
    }
    return due.size();
  }

  private void attempt(InstanceRow row, Instant now) {
    AutoRenewalPolicy.Tries tried = new AutoRenewalPolicy.Tries(row.autoRenewEndTime, row.autoRenewAttempt, row.autoRenewAt);
    AutoRenewalPolicy.Attempt attempt = policy.attemptAt(InstanceState.ofWireName(row.status), row.subscriptionType,
        row.renewStatus, row.renewPeriod, row.renewPeriodUnit, row.endTime, tried, now);
    if (attempt == null) {
      // none due for this end time any more (it has come, or the setting is incomplete): stop looking
      record(row, tried, AutoRenewalPolicy.done(row.endTime, tried));
      return;
    }
    if (!record(row, tried, attempt.after())) {
      log.info("auto-renewal attempt {} of instance {} skipped: it changed meanwhile", attempt.number(), row.instanceId);
      return;
    }
    AutoRenewalDue event = new AutoRenewalDue()
        .setInstanceId(row.instanceId)
        .setAccountId(row.accountId)
        .setProductCode(row.productCode)
        .setEndTime(row.endTime)
        .setRenewPeriod(row.renewPeriod)
        .setRenewPeriodUnit(row.renewPeriodUnit)
        .setAttempt(attempt.number())
        .setAt(now);
    try {
      events.publish(AutoRenewalEvents.TOPIC, AutoRenewalEvents.TAG, row.instanceId, event); // after the claim
    } catch (RuntimeException e) {
      Instant again = now.plus(dueWork.retryPause());
      log.warn("auto-renewal attempt {} of instance {} could not be published, next attempt at {}: {}", attempt.number(),
          row.instanceId, again, e.toString());
      record(row, attempt.after(), new AutoRenewalPolicy.Tries(row.endTime, attempt.number(), again));
      return;
    }
    log.info("instance {} auto-renewal attempt {} for end time {} ({} {}), next {}", row.instanceId, attempt.number(),
        row.endTime, row.renewPeriod, row.renewPeriodUnit, attempt.after().nextAt() == null ? "none" : attempt.after().nextAt());
  }

  /** Moves the instance's tries from {@code from} (as read) to {@code to}; false when it changed meanwhile. */
  private boolean record(InstanceRow row, AutoRenewalPolicy.Tries from, AutoRenewalPolicy.Tries to) {
    return instances.recordAutoRenewal(row.instanceId, row.status, row.renewStatus, row.endTime, from.endTime(),
        from.attempts(), to.attempts(), to.nextAt()) == 1;
  }
}
