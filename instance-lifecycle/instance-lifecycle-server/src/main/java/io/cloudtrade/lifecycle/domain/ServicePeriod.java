package io.cloudtrade.lifecycle.domain;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The paid period of a new instance: a subscription ends {@code period} months or years after it
 * was paid (calendar arithmetic in UTC, so Jan 31 + 1 month is the last day of February);
 * pay-as-you-go has no end.
 */
public final class ServicePeriod {
  public static final String SUBSCRIPTION = "Subscription";
  public static final String PAY_AS_YOU_GO = "PayAsYouGo";
  public static final String MONTH = "Month";
  public static final String YEAR = "Year";

  private ServicePeriod() {}

  /**
   * When the paid period ends.
   *
   * @return the end (UTC), or null for pay-as-you-go
   * @throws IllegalArgumentException for an unknown subscription type, or a subscription without a
   *     positive period in months or years
   */
  public static Instant endTime(String subscriptionType, Instant paidAt, int period, String periodUnit) {
    if (PAY_AS_YOU_GO.equals(subscriptionType)) {
      return null;
    }
    if (!SUBSCRIPTION.equals(subscriptionType)) {
      throw new IllegalArgumentException("unknown subscription type: " + subscriptionType);
    }
    if (paidAt == null) {
      throw new IllegalArgumentException("a subscription needs the time it was paid");
    }
    return extend(paidAt, period, periodUnit);
  }

  /**
   * {@code from} plus {@code period} months or years, calendar arithmetic in UTC (Jan 31 + 1 month
   * is the last day of February).
   *
   * @throws IllegalArgumentException without a start, or a positive period in months or years
   */
  public static Instant extend(Instant from, int period, String periodUnit) {
    if (from == null) {
      throw new IllegalArgumentException("a period needs a start");
    }
    if (period <= 0) {
      throw new IllegalArgumentException("a subscription needs a positive period, not " + period);
    }
    var start = from.atOffset(ZoneOffset.UTC);
    if (MONTH.equals(periodUnit)) {
      return start.plusMonths(period).toInstant();
    }
    if (YEAR.equals(periodUnit)) {
      return start.plusYears(period).toInstant();
    }
    throw new IllegalArgumentException("unknown period unit: " + periodUnit);
  }
}
