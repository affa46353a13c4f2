package io.cloudtrade.reseller.application;

import io.cloudtrade.kernel.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/** Checks of request fields shared by the reseller use cases, before anything is read or written. */
final class Inputs {
  /** Printable ASCII without spaces: what references, release keys and OutBizIds may contain. */
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]+");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  /** Far above any real order, far below an overflow of used_minor. */
  static final long MAX_AMOUNT_MINOR = 1_000_000_000_000_000L;

  private Inputs() {}

  /** Whether {@code key} is 1 to {@code maxLength} printable ASCII characters. */
  static boolean isKey(String key, int maxLength) {
    return key != null && !key.isEmpty() && key.length() <= maxLength && KEY.matcher(key).matches();
  }

  /** Whether {@code money} has a currency and an amount in 0 (or 1, if {@code positive}) .. the maximum. */
  static boolean isAmount(Money money, boolean positive) {
    return money != null && money.currency() != null && CURRENCY.matcher(money.currency()).matches()
        && money.minor() >= (positive ? 1 : 0) && money.minor() <= MAX_AMOUNT_MINOR;
  }

  static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
