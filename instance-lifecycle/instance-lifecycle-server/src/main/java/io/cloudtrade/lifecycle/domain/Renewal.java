package io.cloudtrade.lifecycle.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a paid renewal does to an instance: its new end time and state, or why it can never be
 * applied.
 *
 * <p>A renewal extends the current end time by the paid period. An Expired instance (not yet
 * released) is extended from the later of its end time and the payment, and runs again (Expired to
 * Normal, as {@link InstanceState} allows); a WaitForExpire one runs again too (renewed in time). A
 * Creating or Normal instance keeps its state. Pay-as-you-go instances have no end to extend;
 * Released and Failed ones can never be renewed. A renewal meant for one end time (an automatic
 * renewal) is refused once the instance has another one (it was renewed meanwhile): it never renews
 * a period another renewal covered.
 *
 * @param from the state the instance must still be in for this renewal to apply
 * @param to the state after the renewal
 * @param oldEndTime the end time the instance must still have for this renewal to apply
 * @param newEndTime the end time after the renewal
 * @param refusal null when the renewal applies, else why it never can
 */
public record Renewal(InstanceState from, InstanceState to, Instant oldEndTime, Instant newEndTime, String refusal) {
  /** States that run again once renewed; the others keep their state. */
  private static final Set<InstanceState> RUN_AGAIN = EnumSet.of(InstanceState.WAIT_FOR_EXPIRE, InstanceState.EXPIRED);

  public boolean refused() {
    return refusal != null;
  }

  /**
   * Plans the renewal of an instance.
   *
   * @param state the instance's state now
   * @param subscriptionType the instance's subscription type
   * @param endTime the instance's end time now (null for pay-as-you-go)
   * @param paidAt when the renewal was paid
   * @param period the paid period, positive
   * @param periodUnit {@link ServicePeriod#MONTH} or {@link ServicePeriod#YEAR}
   */
  public static Renewal of(InstanceState state, String subscriptionType, Instant endTime, Instant paidAt, int period,
      String periodUnit) {
    return of(state, subscriptionType, endTime, paidAt, period, periodUnit, null);
  }

  /**
   * Plans the renewal of an instance that is meant to extend one end time only.
   *
   * @param expectedEndTime the end time the renewal was bought for: refused when {@code endTime} is
   *     another one; null to extend whatever the end time is
   * @see #of(InstanceState, String, Instant, Instant, int, String)
   */
  public static Renewal of(InstanceState state, String subscriptionType, Instant endTime, Instant paidAt, int period,
      String periodUnit, Instant expectedEndTime) {
    if (!ServicePeriod.SUBSCRIPTION.equals(subscriptionType) || endTime == null) {
      return refuse(state, "instance is " + subscriptionType + ", only a subscription can be renewed");
    }
    InstanceState to = RUN_AGAIN.contains(state) ? InstanceState.NORMAL : state;
    if (state.isFinal() || (to != state && !state.canMoveTo(to))) {
      return refuse(state, "instance is " + state.wireName() + ", it cannot be renewed");
    }
    if (expectedEndTime != null && !expectedEndTime.equals(endTime)) {
      return refuse(state, "the renewal is for end time " + expectedEndTime + " but the instance ends at " + endTime
          + ": it was renewed meanwhile");
    }
    Instant from = state == InstanceState.EXPIRED && paidAt != null && paidAt.isAfter(endTime) ? paidAt : endTime;
    try {
      return new Renewal(state, to, endTime, ServicePeriod.extend(from, period, periodUnit), null);
    } catch (IllegalArgumentException bad) {
      return refuse(state, bad.getMessage());
    }
  }

  private static Renewal refuse(InstanceState state, String why) {
    return new Renewal(state, state, null, null, why);
  }
}
