package io.cloudtrade.lifecycle.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a subscription instance moves on by itself as its paid period runs out, relative to its end
 * time: Normal becomes WaitForExpire {@code warnBefore} the end, WaitForExpire becomes Expired
 * (stopped) {@code stopAfter} the end, Expired becomes Released {@code releaseAfter} the end. The
 * transitions themselves are those {@link InstanceState} declares. Pay-as-you-go instances (no end
 * time), instances being created and final ones have no such step.
 *
 * <p>{@link #nextDueAt} says when the next step of an instance falls due (the job looks at the
 * instance then); {@link #stepAt} says which step is due at a given time, if any. A step due long ago
 * (the service was down) is still taken, one at a time: Normal goes through WaitForExpire to
 * Expired.
 *
 * @param warnBefore how long before the end time a Normal instance becomes WaitForExpire, not negative
 * @param stopAfter how long after the end time it becomes Expired (stopped), not negative
 * @param releaseAfter how long after the end time an Expired instance is released, at least stopAfter
 */
public record ExpiryPolicy(Duration warnBefore, Duration stopAfter, Duration releaseAfter) {
  public ExpiryPolicy {
    if (warnBefore == null || warnBefore.isNegative()) {
      throw new IllegalArgumentException("warn-before must not be negative");
    }
    if (stopAfter == null || stopAfter.isNegative()) {
      throw new IllegalArgumentException("stop-after must not be negative");
    }
    if (releaseAfter == null || releaseAfter.compareTo(stopAfter) < 0) {
      throw new IllegalArgumentException("release-after must be at least stop-after");
    }
  }

  /**
   * A step of an instance's expiry.
   *
   * @param from the state the instance must still be in
   * @param to the state it moves to
   * @param subStatus the sub-status it takes
   * @param nextDueAt when the step after this one falls due (null when there is none)
   * @param releaseTime when the instance is released (Released) or will be (Expired), else null
   */
  public record Step(InstanceState from, InstanceState to, String subStatus, Instant nextDueAt, Instant releaseTime) {}

  /**
   * When the next expiry step of an instance in {@code state} falls due; null when it has none (not
   * a subscription, no end time, Creating, Released or Failed).
   */
  public Instant nextDueAt(InstanceState state, String subscriptionType, Instant endTime) {
    if (!ServicePeriod.SUBSCRIPTION.equals(subscriptionType) || endTime == null) {
      return null;
    }
    return switch (state) {
      case NORMAL -> endTime.minus(warnBefore);
      case WAIT_FOR_EXPIRE -> endTime.plus(stopAfter);
      case EXPIRED -> endTime.plus(releaseAfter);
      case CREATING, RELEASED, FAILED -> null;
    };
  }

  /** When an instance in {@code state} is (Released: was at the latest) released; null unless Expired. */
  public Instant releaseTime(InstanceState state, String subscriptionType, Instant endTime) {
    return state == InstanceState.EXPIRED ? nextDueAt(state, subscriptionType, endTime) : null;
  }

  /**
   * The step due at {@code now} for an instance in {@code state}, or null when none is due yet (or
   * ever).
   */
  public Step stepAt(InstanceState state, String subscriptionType, Instant endTime, Instant now) {
    Instant due = nextDueAt(state, subscriptionType, endTime);
    if (due == null || due.isAfter(now)) {
      return null;
    }
    InstanceState to = switch (state) {
      case NORMAL -> InstanceState.WAIT_FOR_EXPIRE;
      case WAIT_FOR_EXPIRE -> InstanceState.EXPIRED;
      case EXPIRED -> InstanceState.RELEASED;
      default -> throw new IllegalStateException("no expiry step from " + state);
    };
    if (!state.canMoveTo(to)) {
      throw new IllegalStateException(state + " may not move to " + to);
    }
    Instant releaseTime = to == InstanceState.RELEASED ? now : releaseTime(to, subscriptionType, endTime);
    return new Step(state, to, to.subStatus(), nextDueAt(to, subscriptionType, endTime), releaseTime);
  }

  /**
   * The state a renewal leaves an instance in, given its new end time: a WaitForExpire instance
   * renewed in time stays WaitForExpire when the new end time is still within {@code warnBefore}
   * of {@code now}; otherwise what the renewal planned.
   */
  public Renewal settle(Renewal renewal, Instant now) {
    if (renewal.refused() || renewal.from() != InstanceState.WAIT_FOR_EXPIRE || renewal.to() != InstanceState.NORMAL
        || renewal.newEndTime().minus(warnBefore).isAfter(now)) {
      return renewal;
    }
    return new Renewal(renewal.from(), renewal.from(), renewal.oldEndTime(), renewal.newEndTime(), null);
  }
}
