package io.cloudtrade.lifecycle.domain;

import java.time.Duration;

/**
 * When a production notification still unacknowledged is sent again, and when its attempts are
 * spent: the first time {@code firstWait} after the first send, then twice the previous wait, never
 * more than {@code maxWait}, {@code maxAttempts} sends in all. With 60 s, 10 min and 8: sends at 0,
 * 1, 3, 7, 15, 25, 35 and 45 minutes, stuck at 55 minutes if the last one is not acknowledged either.
 *
 * <p>Sends are counted from one: the send that made the version pending (or an operator's re-arm)
 * is the first.
 */
public record ResendSchedule(Duration firstWait, Duration maxWait, int maxAttempts) {
  public ResendSchedule {
    if (firstWait.isNegative() || firstWait.isZero() || maxWait.compareTo(firstWait) < 0) {
      throw new IllegalArgumentException("need 0 < firstWait <= maxWait, not " + firstWait + ", " + maxWait);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
    }
  }

  /**
   * How long to wait for an acknowledgement after the {@code sends}-th send before doing something
   * again (sending once more, or declaring the work stuck).
   */
  public Duration waitAfter(int sends) {
    if (sends < 1) {
      throw new IllegalArgumentException("sends are counted from 1, not " + sends);
    }
    Duration wait = firstWait;
    for (int i = 1; i < sends && wait.compareTo(maxWait) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxWait) > 0 ? maxWait : wait;
  }

  /** Whether work sent {@code sends} times and still unacknowledged is stuck (no more sends). */
  public boolean spent(int sends) {
    return sends >= maxAttempts;
  }
}
