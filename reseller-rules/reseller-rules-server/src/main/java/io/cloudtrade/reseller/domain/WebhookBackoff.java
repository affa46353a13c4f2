package io.cloudtrade.reseller.domain;

import java.time.Duration;

/**
 * When a failed webhook delivery is tried again, and when it is given up: the wait after the n-th
 * failed attempt is {@code initial * 2^(n-1)}, at most {@code max}; after {@code maxAttempts}
 * attempts the delivery is dead. Immutable.
 *
 * @param initial the wait after the first failed attempt, positive
 * @param max the longest wait, at least {@code initial}
 * @param maxAttempts attempts in all, at least 1
 */
public record WebhookBackoff(Duration initial, Duration max, int maxAttempts) {
  public WebhookBackoff {
    if (initial == null || initial.isNegative() || initial.isZero()) {
      throw new IllegalArgumentException("the initial backoff must be positive, got " + initial);
    }
    if (max == null || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("the max backoff must be at least the initial backoff, got " + max);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("max attempts must be at least 1, got " + maxAttempts);
    }
  }

  /**
   * The wait after failed attempt number {@code attempt} (1 for the first) before the next one.
   *
   * @throws IllegalArgumentException if {@code attempt} is below 1
   */
  public Duration delayAfter(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempts count from 1, got " + attempt);
    }
    Duration delay = initial;
    for (int i = 1; i < attempt; i++) {
      if (delay.compareTo(max.dividedBy(2)) > 0) {
        return max; // doubling again would pass the cap (and, far enough, overflow)
      }
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }

  /** Whether a delivery that has been attempted {@code attempts} times may not be attempted again. */
  public boolean spent(int attempts) {
    return attempts >= maxAttempts;
  }
}
