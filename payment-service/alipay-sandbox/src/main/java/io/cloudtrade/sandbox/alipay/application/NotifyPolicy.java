package io.cloudtrade.sandbox.alipay.application;

/**
 * How the sandbox delivers its asynchronous notifies, to test a merchant's handling of Alipay's
 * real-world delivery.
 *
 * @param delayMillis DELAY: how late; OUT_OF_ORDER: how long notifies are held; RANDOM: the largest delay
 * @param seed RANDOM: the seed of its draws, so that a run can be repeated
 * @param copies DUPLICATE: how many times each notify is sent (at least 2)
 */
public record NotifyPolicy(Mode mode, long delayMillis, long seed, int copies) {
  /** When no delay is given. */
  public static final long DEFAULT_DELAY_MILLIS = 1000;

  /** The delivery modes. */
  public enum Mode {
    /** Sent at once; retried on the schedule until answered "success". */
    NORMAL,
    /** Sent delayMillis late. */
    DELAY,
    /** Sent, then sent again (copies in all) whatever the first answer. */
    DUPLICATE,
    /** Never sent: the trade is still paid; the merchant must find out by query. */
    DROP,
    /** Held, then sent newest first, delayMillis after the first was held (or when released). */
    OUT_OF_ORDER,
    /** Each notify draws NORMAL, DELAY, DUPLICATE or DROP from a generator seeded with seed. */
    RANDOM
  }

  public NotifyPolicy {
    if (mode == null) {
      mode = Mode.NORMAL;
    }
    if (delayMillis <= 0) {
      delayMillis = DEFAULT_DELAY_MILLIS;
    }
    if (copies < 2) {
      copies = 2;
    }
  }

  public static NotifyPolicy of(Mode mode) {
    return new NotifyPolicy(mode, 0, 0, 0);
  }
}
