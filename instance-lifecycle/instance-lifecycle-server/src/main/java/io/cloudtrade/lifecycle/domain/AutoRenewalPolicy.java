package io.cloudtrade.lifecycle.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a subscription instance with auto-renewal on asks to be renewed from the balance, relative to
 * its end time: a first attempt {@code before} the end, then one every {@code retry} while the end
 * time has not come, until a renewal moves the end time (attempts then start over for the new end
 * time, {@code before} it). Only Normal and WaitForExpire instances are renewed automatically: once
 * the end time has come (or the instance is Expired) there are no more attempts and the expiry steps
 * of {@link ExpiryPolicy} continue alone; the customer can still renew by hand.
 *
 * <p>What has been tried is remembered as {@link Tries}: the end time the attempts were about, how
 * many were made, and when the next one falls due. {@link #attemptAt} says whether an attempt is due
 * at a given time and what it is. An attempt due long ago (the service was down) is made once, at
 * once, and the next one is {@code retry} after it: no burst.
 *
 * @param before how long before the end time the first attempt is made; positive, and shorter than
 *     {@link #MAX_BEFORE} (the shortest renewal, one month of February), so that a renewed instance is
 *     never due again at once
 * @param retry how long after an attempt the next one is made, while the end time has not come; positive
 */
public record AutoRenewalPolicy(Duration before, Duration retry) {
  /** {@code before} must be shorter than this: the shortest renewal period (one month: 28 days). */
  public static final Duration MAX_BEFORE = Duration.ofDays(28);

  public AutoRenewalPolicy {
    if (before == null || before.isNegative() || before.isZero() || before.compareTo(MAX_BEFORE) >= 0) {
      throw new IllegalArgumentException("auto-renew-before must be positive and shorter than " + MAX_BEFORE);
    }
    if (retry == null || retry.isNegative() || retry.isZero()) {
      throw new IllegalArgumentException("auto-renew-retry must be positive");
    }
  }

  /**
   * What has been tried so far.
   *
   * @param endTime the end time the attempts were about; null when none was ever made
   * @param attempts how many attempts were made for it
   * @param nextAt when the next one falls due; null when there is none
   */
  public record Tries(Instant endTime, int attempts, Instant nextAt) {
    public static final Tries NONE = new Tries(null, 0, null);
  }

  /**
   * An attempt to make.
   *
   * @param number its number for the end time, from 1
   * @param after what has been tried once it is made (the next attempt, if any, {@code retry} later)
   */
  public record Attempt(int number, Tries after) {}

  /** Whether an instance with this renewal setting is renewed automatically. */
  public static boolean wanted(String renewStatus, Integer renewPeriod, String renewPeriodUnit) {
    return RenewalSetting.AUTO.equals(renewStatus) && renewPeriod != null && renewPeriod > 0 && renewPeriodUnit != null;
  }

  /** When the first attempt for {@code endTime} falls due. */
  public Instant firstAt(Instant endTime) {
    return endTime.minus(before);
  }

  /**
   * The attempt due at {@code now}, or null when none is due (yet, or any more, for this end time).
   *
   * @param state the instance's state
   * @param subscriptionType Subscription or PayAsYouGo
   * @param renewStatus AutoRenewal, ManualRenewal or NotRenewal
   * @param renewPeriod the auto-renewal's period, or null
   * @param renewPeriodUnit the auto-renewal's unit, or null
   * @param endTime the instance's end time (null: pay-as-you-go, or not produced yet)
   * @param tried what was tried so far (for this end time or an earlier one)
   */
  public Attempt attemptAt(InstanceState state, String subscriptionType, String renewStatus, Integer renewPeriod,
      String renewPeriodUnit, Instant endTime, Tries tried, Instant now) {
    if (!ServicePeriod.SUBSCRIPTION.equals(subscriptionType) || endTime == null
        || !wanted(renewStatus, renewPeriod, renewPeriodUnit)
        || (state != InstanceState.NORMAL && state != InstanceState.WAIT_FOR_EXPIRE)
        || !now.isBefore(endTime)) {
      return null;
    }
    boolean same = endTime.equals(tried.endTime());
    Instant due = same ? tried.nextAt() : firstAt(endTime);
    if (due == null || due.isAfter(now)) {
      return null;
    }
    int number = same ? tried.attempts() + 1 : 1;
    Instant next = now.plus(retry);
    return new Attempt(number, new Tries(endTime, number, next.isBefore(endTime) ? next : null));
  }

  /**
   * What to remember of an instance found due when {@link #attemptAt} has no attempt for it: no
   * more attempts for its end time (a repeat of the search then passes it by).
   */
  public static Tries done(Instant endTime, Tries tried) {
    return new Tries(endTime, endTime != null && endTime.equals(tried.endTime()) ? tried.attempts() : 0, null);
  }
}
