package io.cloudtrade.sandbox.wechatpay.domain;

import java.util.Objects;
import java.util.function.Function;

/**
 * Either a value or a business {@link Rejection}; system failures stay exceptions.
 *
 * @param <T> the type of the value
 */
public final class Outcome<T> {
  private final T value;
  private final Rejection rejection;

  private Outcome(T value, Rejection rejection) {
    this.value = value;
    this.rejection = rejection;
  }

  /** A success carrying {@code value}. */
  public static <T> Outcome<T> ok(T value) {
    return new Outcome<>(Objects.requireNonNull(value), null);
  }

  /** A rejection with WeChat Pay's {@code code}. */
  public static <T> Outcome<T> rejected(String code, String message) {
    return new Outcome<>(null, new Rejection(code, message));
  }

  /** The same rejection, typed for another value. */
  public static <T> Outcome<T> rejected(Rejection rejection) {
    return new Outcome<>(null, Objects.requireNonNull(rejection));
  }

  public boolean isOk() {
    return rejection == null;
  }

  /** The value; only for a success. */
  public T value() {
    if (rejection != null) {
      throw new IllegalStateException("rejected: " + rejection);
    }
    return value;
  }

  /** The rejection; only for a rejection. */
  public Rejection rejection() {
    if (rejection == null) {
      throw new IllegalStateException("not rejected");
    }
    return rejection;
  }

  /** Applies {@code f} to a success, passes a rejection on. */
  public <U> Outcome<U> map(Function<T, U> f) {
    return rejection == null ? Outcome.ok(f.apply(value)) : Outcome.rejected(rejection);
  }

  @Override
  public String toString() {
    return rejection == null ? "Ok[" + value + "]" : "Rejected[" + rejection + "]";
  }
}
