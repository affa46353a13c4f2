package io.cloudtrade.sandbox.wechatpay.domain;

/**
 * The result of a compare-and-set in the {@link Ledger}.
 *
 * @param current the new value when {@code applied}; otherwise the value that refused the change,
 *     or {@code null} when there is none
 * @param applied whether the change was made
 * @param <T> {@link Trade} or {@link Refund}
 */
public record Change<T>(T current, boolean applied) {

  /** Whether there was a value to change at all. */
  public boolean found() {
    return current != null;
  }
}
