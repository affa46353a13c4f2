package io.cloudtrade.catalog.domain;

import io.cloudtrade.kernel.Money;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;

/**
 * Prorated amounts for changes inside a paid period. Every formula is a share of a period price,
 * measured in milliseconds of the paid period {@code [start, end)}:
 *
 * <pre>
 *   remaining(t)          = clamp(end - t, 0, end - start)
 *   upgrade at t          = (P_new - P_old) x remaining(t) / (end - start)          charged, >= 0
 *   downgrade at t        = (P_old - P_new) x remaining(t) / (end - start)          refunded, >= 0
 *   temporary upgrade a-b = (P_new - P_old) x |[a, b) ∩ [t, end)| / (end - start)   charged, >= 0
 *   refund at t           = paid x remaining(t) / (end - start)                     refunded, >= 0
 * </pre>
 *
 * where P_old and P_new are the prices of the whole paid period under the old and the new
 * specification (both from the catalog version the order was agreed under), {@code paid} is what
 * the customer actually paid for the period, and t is the moment of the change. Each result is
 * rounded half-up to the minor unit once, at the end, in exact integer arithmetic: at {@code t =
 * start} an upgrade costs the full difference, at {@code t >= end} nothing; a refund at {@code t =
 * start} returns everything paid.
 */
public final class Proration {
  private Proration() {}

  /** What moving from {@code oldPrice} to {@code newPrice} at {@code at} costs for the rest of the period. */
  public static Money upgrade(Money oldPrice, Money newPrice, Instant start, Instant end, Instant at) {
    return share(nonNegative(newPrice.minus(oldPrice), "an upgrade must not be cheaper"), remaining(start, end, at), length(start, end));
  }

  /** What moving down from {@code oldPrice} to {@code newPrice} at {@code at} gives back for the rest of the period. */
  public static Money downgrade(Money oldPrice, Money newPrice, Instant start, Instant end, Instant at) {
    return share(nonNegative(oldPrice.minus(newPrice), "a downgrade must not be dearer"), remaining(start, end, at), length(start, end));
  }

  /**
   * What a temporary upgrade over {@code [from, to)} costs, bought at {@code at}: only the part of
   * the window that lies in the rest of the paid period is charged.
   */
  public static Money temporaryUpgrade(Money oldPrice, Money newPrice, Instant start, Instant end, Instant at,
      Instant from, Instant to) {
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("the window must end after it starts");
    }
    Instant a = max(max(from, at), start);
    Instant b = min(to, end);
    long window = b.isAfter(a) ? Duration.between(a, b).toMillis() : 0;
    return share(nonNegative(newPrice.minus(oldPrice), "an upgrade must not be cheaper"), window, length(start, end));
  }

  /** What is given back for the unused rest of the period when the subscription ends at {@code at}. */
  public static Money refund(Money paid, Instant start, Instant end, Instant at) {
    return share(nonNegative(paid, "a payment is never negative"), remaining(start, end, at), length(start, end));
  }

  static long length(Instant start, Instant end) {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a paid period must end after it starts");
    }
    return Duration.between(start, end).toMillis();
  }

  static long remaining(Instant start, Instant end, Instant at) {
    Instant from = max(at, start);
    return end.isAfter(from) ? Duration.between(from, end).toMillis() : 0;
  }

  /** amount x part / whole, rounded half-up to the minor unit, in exact arithmetic. */
  static Money share(Money amount, long part, long whole) {
    BigInteger numerator = BigInteger.valueOf(amount.minor()).multiply(BigInteger.valueOf(part)).multiply(BigInteger.TWO)
        .add(BigInteger.valueOf(whole));
    long minor = numerator.divide(BigInteger.valueOf(whole).multiply(BigInteger.TWO)).longValueExact();
    return Money.ofMinor(minor, amount.currency());
  }

  private static Money nonNegative(Money m, String why) {
    if (m.isNegative()) {
      throw new IllegalArgumentException(why + ": " + m);
    }
    return m;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
