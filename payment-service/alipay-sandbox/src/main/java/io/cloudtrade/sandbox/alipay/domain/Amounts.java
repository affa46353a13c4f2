package io.cloudtrade.sandbox.alipay.domain;

import java.math.BigDecimal;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Alipay's amounts: yuan as decimal strings with at most two places ("12.30", "12.3", "12"), held
 * as a long of fen (cents). Never a double.
 */
public final class Amounts {
  /** Alipay's ceiling for one trade: 100,000,000.00 yuan. */
  public static final long MAX_CENTS = 100_000_000_00L;
  private static final Pattern FORMAT = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");

  private Amounts() {
  }

  /** The amount in cents, or empty when the text is not an amount in [0.01, 100000000.00]. */
  public static OptionalLong parse(String text) {
    if (text == null || !FORMAT.matcher(text.trim()).matches()) {
      return OptionalLong.empty();
    }
    long cents = new BigDecimal(text.trim()).movePointRight(2).longValueExact();
    return cents < 1 || cents > MAX_CENTS ? OptionalLong.empty() : OptionalLong.of(cents);
  }

  /** Cents as Alipay writes them: "12.30". */
  public static String format(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }
}
