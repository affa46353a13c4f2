package io.cloudtrade.catalog.domain;

import java.util.Optional;

/**
 * What is sold in time: pay-as-you-go priced for one hour, or a prepaid subscription of 1 to 11,
 * 12, 24 or 36 months, or 1 to 3 years (a year is 12 months, and may carry a {@link
 * PeriodDiscount}).
 */
public record BillingTerm(String subscriptionType, int period, PeriodUnit unit) {
  public static final String SUBSCRIPTION = "Subscription";
  public static final String PAY_AS_YOU_GO = "PayAsYouGo";

  /** What the catalog sells, for the message of a refused term. */
  public static final String TERMS_SOLD =
      "PayAsYouGo is priced per 1 Hour; Subscription is sold for 1-11, 12, 24 or 36 Month, or 1-3 Year";

  /** The term asked for, or empty when it is not sold. */
  public static Optional<BillingTerm> parse(String subscriptionType, int period, String periodUnit) {
    PeriodUnit unit;
    try {
      unit = periodUnit == null ? null : PeriodUnit.valueOf(periodUnit);
    } catch (IllegalArgumentException e) {
      unit = null;
    }
    if (unit == null || subscriptionType == null) {
      return Optional.empty();
    }
    boolean sold = switch (subscriptionType) {
      case PAY_AS_YOU_GO -> unit == PeriodUnit.Hour && period == 1;
      case SUBSCRIPTION -> switch (unit) {
        case Month -> (period >= 1 && period <= 12) || period == 24 || period == 36;
        case Year -> period >= 1 && period <= 3;
        case Hour -> false;
      };
      default -> false;
    };
    return sold ? Optional.of(new BillingTerm(subscriptionType, period, unit)) : Optional.empty();
  }

  /** Months prepaid; 0 for pay-as-you-go. */
  int months() {
    return switch (unit) {
      case Hour -> 0;
      case Month -> period;
      case Year -> period * 12;
    };
  }
}
