package io.cloudtrade.payment.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When to ask a channel again about a payment still open: after half the payment's age, at least
 * {@code minWait}, at most {@code maxWait}, and never past its expiry, so that it is closed on time;
 * once expired, after {@code minWait} (its close is retried).
 * A payment that is paid tends to be paid early; one still open late is mostly abandoned, and a
 * notification usually comes first anyway. A 15-minute QR code is asked about a dozen times, not at
 * every round of the janitor.
 */
public record CheckSchedule(Duration minWait, Duration maxWait) {
  public CheckSchedule {
    if (minWait.isNegative() || minWait.isZero() || maxWait.compareTo(minWait) < 0) {
      throw new IllegalArgumentException("need 0 < minWait <= maxWait, not " + minWait + ", " + maxWait);
    }
  }

  /** The next check of a payment created at {@code createdAt} that expires at {@code expiresAt}, asked about at {@code now}. */
  public Instant next(Instant createdAt, Instant expiresAt, Instant now) {
    if (!now.isBefore(expiresAt)) {
      return now.plus(minWait).truncatedTo(ChronoUnit.MILLIS); // expired, still open: its close did not get through yet
    }
    Duration half = Duration.between(createdAt, now).dividedBy(2);
    Duration wait = half.compareTo(minWait) < 0 ? minWait : half.compareTo(maxWait) > 0 ? maxWait : half;
    Instant next = now.plus(wait);
    if (next.isAfter(expiresAt)) {
      next = expiresAt;
    }
    return next.truncatedTo(ChronoUnit.MILLIS);
  }
}
