package io.cloudtrade.kernel;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money: a whole number of minor units (cents, fen) and an ISO 4217 currency. Never a
 * double. Immutable; arithmetic refuses to mix currencies.
 */
public final class Money implements Serializable, Comparable<Money> {
  @Serial private static final long serialVersionUID = 1L;

  /** Minor units per major unit; every currency CloudTrade sells in has two decimals. */
  public static final int SCALE = 2;

  private long minor;
  private String currency;

  /** For serializers only. */
  private Money() {}

  private Money(long minor, String currency) {
    if (currency == null || !currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code, got " + currency);
    }
    this.minor = minor;
    this.currency = currency;
  }

  public static Money ofMinor(long minor, String currency) {
    return new Money(minor, currency);
  }

  /** Parses a decimal string such as {@code "12.30"}; more than two decimals is an error. */
  public static Money of(String decimal, String currency) {
    return of(new BigDecimal(decimal), currency);
  }

  public static Money of(BigDecimal amount, String currency) {
    try {
      return new Money(amount.setScale(SCALE, RoundingMode.UNNECESSARY).movePointRight(SCALE).longValueExact(), currency);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("amount " + amount + " has more than " + SCALE + " decimals or is too large", e);
    }
  }

  public static Money zero(String currency) {
    return new Money(0, currency);
  }

  public long minor() {
    return minor;
  }

  public String currency() {
    return currency;
  }

  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(minor, SCALE);
  }

  /** The amount as the API shows it, always with two decimals: {@code "12.30"}. */
  public String toPlainString() {
    return toBigDecimal().toPlainString();
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(minor, other.minor), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.subtractExact(minor, other.minor), currency);
  }

  public Money times(long factor) {
    return new Money(Math.multiplyExact(minor, factor), currency);
  }

  /** Multiplies by a rational factor, rounding half-up to the minor unit. */
  public Money times(BigDecimal factor) {
    return of(toBigDecimal().multiply(factor).setScale(SCALE, RoundingMode.HALF_UP), currency);
  }

  public boolean isNegative() {
    return minor < 0;
  }

  public boolean isZero() {
    return minor == 0;
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
    }
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(minor, other.minor);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && m.minor == minor && m.currency.equals(currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minor, currency);
  }

  @Override
  public String toString() {
    return toPlainString() + " " + currency;
  }
}
