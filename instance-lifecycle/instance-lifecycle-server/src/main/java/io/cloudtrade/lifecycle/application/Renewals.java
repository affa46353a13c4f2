package io.cloudtrade.lifecycle.application;

import io.cloudtrade.lifecycle.domain.ExpiryPolicy;
import io.cloudtrade.lifecycle.domain.InstanceState;
import io.cloudtrade.lifecycle.domain.Renewal;
import io.cloudtrade.lifecycle.persistence.InstanceMapper;
import io.cloudtrade.lifecycle.persistence.InstanceRenewalMapper;
import io.cloudtrade.lifecycle.persistence.InstanceRenewalRow;
import io.cloudtrade.lifecycle.persistence.InstanceRow;
import io.cloudtrade.order.api.OrderPaidEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;

/**
 * The renewal step of the orders that renew an instance ({@link RenewInstanceForPaidOrder} for
 * Renew, {@link RenewAndChangeSpecForPaidOrder} for RenewChange): plans it ({@link Renewal}) and
 * applies it exactly once per order, inside the caller's transaction: the renewal is recorded in
 * instance_renewal (keyed by order id) together with a conditional UPDATE of the instance on the
 * end time and state it was planned from. The update also reschedules the instance's next expiry
 * step for the new end time ({@link ExpiryPolicy}; a WaitForExpire instance whose new end time is
 * still within warn-before stays WaitForExpire) and clears its release time. A Released instance
 * is never renewed ({@link Renewal} refuses it: the order is answered Failed and refunded), nor is
 * one whose end time is not the order's expected end time (an automatic renewal of an instance renewed
 * meanwhile; orders without one extend whatever the end time is). Because the plan is made from the
 * end time as read and applied on that end time only, a renewal applied in between makes {@link
 * #apply} fail, and the caller's next plan sees the new end time and refuses.
 */
@Service
public class Renewals {
  private final InstanceMapper instances;
  private final InstanceRenewalMapper renewals;
  private final ExpiryPolicy expiry;
  private final Clock clock;

  public Renewals(InstanceMapper instances, InstanceRenewalMapper renewals, ExpiryPolicy expiry, Clock clock) {
    this.instances = instances;
    this.renewals = renewals;
    this.expiry = expiry;
    this.clock = clock;
  }

  /** Whether the order's renewal was applied already. */
  boolean applied(long orderId) {
    return renewals.findByOrder(orderId) != null;
  }

  /**
   * The renewal the order pays for, planned from the instance as read; refused when the order expects
   * another end time than the one read.
   */
  Renewal plan(InstanceRow row, OrderPaidEvent e) {
    return expiry.settle(Renewal.of(InstanceState.ofWireName(row.status), row.subscriptionType, row.endTime,
        millis(e.getPaidAt()), e.getPeriod(), e.getPeriodUnit(), millis(e.getExpectedEndTime())), now());
  }

  /**
   * Applies a planned (not refused) renewal; call it inside the transaction that decides it.
   *
   * @return false when the instance no longer has the end time or state it was planned from (another
   *     renewal won the race): the caller must roll back and plan again
   * @throws org.springframework.dao.DuplicateKeyException when the order's renewal was applied
   *     already (a concurrent delivery)
   */
  boolean apply(OrderPaidEvent e, InstanceRow row, Renewal plan) {
    renewals.insert(record(e, row, plan));
    String subStatus = plan.to() == plan.from() ? null : plan.to().subStatus();
    Instant nextDueAt = expiry.nextDueAt(plan.to(), row.subscriptionType, plan.newEndTime());
    return instances.renew(row.instanceId, plan.from().wireName(), plan.oldEndTime(), plan.to().wireName(), subStatus,
        plan.newEndTime(), nextDueAt, now()) == 1;
  }

  private InstanceRenewalRow record(OrderPaidEvent e, InstanceRow row, Renewal plan) {
    InstanceRenewalRow r = new InstanceRenewalRow();
    r.orderId = e.getOrderId();
    r.instanceId = row.instanceId;
    r.accountId = row.accountId;
    r.period = e.getPeriod();
    r.periodUnit = e.getPeriodUnit();
    r.oldStatus = plan.from().wireName();
    r.newStatus = plan.to().wireName();
    r.oldEndTime = plan.oldEndTime();
    r.newEndTime = plan.newEndTime();
    r.paidAt = millis(e.getPaidAt());
    r.appliedAt = now();
    return r;
  }

  private static Instant millis(Instant t) {
    return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
