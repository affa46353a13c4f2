package io.cloudtrade.sandbox.wechatpay.domain;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How the sandbox delivers notifications, to rehearse a merchant's handling of real-world delivery.
 * A policy turns each notification into a plan: the delays of its first attempts (each attempt then
 * retried on failure along the retry schedule), or none at all.
 *
 * @param delayMillis the delay used by DELAY, DUPLICATE, OUT_OF_ORDER and RANDOM
 * @param seed the seed of RANDOM's choices
 */
public record NotifyPolicy(Mode mode, long delayMillis, long seed) {
  /** Every notification sent at once. */
  public static final NotifyPolicy NORMAL = new NotifyPolicy(Mode.NORMAL, 0, 0);

  public NotifyPolicy {
    Objects.requireNonNull(mode);
    if (delayMillis < 0) {
      throw new IllegalArgumentException("delayMillis must not be negative");
    }
  }

  /** The delivery behaviours. */
  public enum Mode {
    /** Sent at once. */
    NORMAL,
    /** Sent after {@code delayMillis}. */
    DELAY,
    /** Sent twice: at once and again after {@code delayMillis}, the same notification id. */
    DUPLICATE,
    /** Never sent: the merchant has to query (the re-send control still sends it). */
    DROP,
    /** Every other notification (the 1st, 3rd...) held back by {@code delayMillis}, so later ones overtake it. */
    OUT_OF_ORDER,
    /** A seeded mix: normal, delayed, duplicated, or its first attempt lost (then retried). */
    RANDOM
  }

  /**
   * The delays in milliseconds of the first attempts of the {@code sequence}-th notification (from 1)
   * since this policy was set.
   *
   * @param random the policy's seeded generator, used by RANDOM only
   * @param firstRetryMillis the first retry interval: a "lost" first attempt is followed by its retry
   */
  public List<Long> plan(long sequence, RandomGenerator random, long firstRetryMillis) {
    return switch (mode) {
      case NORMAL -> List.of(0L);
      case DELAY -> List.of(delayMillis);
      case DUPLICATE -> List.of(0L, delayMillis);
      case DROP -> List.of();
      case OUT_OF_ORDER -> List.of(sequence % 2 == 1 ? delayMillis : 0L);
      case RANDOM -> {
        int choice = random.nextInt(4);
        long someDelay = delayMillis == 0 ? 0 : random.nextLong(delayMillis + 1);
        yield switch (choice) {
          case 0 -> List.of(0L);
          case 1 -> List.of(someDelay);
          case 2 -> List.of(0L, someDelay);
          default -> List.of(firstRetryMillis);
        };
      }
    };
  }
}
