package io.cloudtrade.kernel;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The answer of a contract method: either a value, or a business rejection with a stable error
 * code. Business rejections (an invalid configuration, an insufficient balance, an order that is not
 * payable) are values; system failures stay exceptions. The monitoring agent and the alerts rely on
 * that difference, so never wrap a system failure in an Outcome.
 *
 * @param <T> the value's type
 */
public final class Outcome<T extends Serializable> implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private T value;
  private String code;
  private String message;
  private List<String> details;

  private Outcome() {}

  public static <T extends Serializable> Outcome<T> ok(T value) {
    Outcome<T> o = new Outcome<>();
    o.value = value;
    return o;
  }

  /** A business rejection; {@code code} is stable and documented, {@code message} is for people. */
  public static <T extends Serializable> Outcome<T> rejected(String code, String message) {
    return rejected(code, message, List.of());
  }

  /** A rejection with details, e.g. every violated rule of a configuration. */
  public static <T extends Serializable> Outcome<T> rejected(String code, String message, List<String> details) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("a rejection needs an error code");
    }
    Outcome<T> o = new Outcome<>();
    o.code = code;
    o.message = message;
    o.details = List.copyOf(details);
    return o;
  }

  /** Passes another outcome's rejection on, with this outcome's value type. */
  public static <T extends Serializable> Outcome<T> rejectedAs(Outcome<?> other) {
    if (other.isOk()) {
      throw new IllegalArgumentException("not a rejection");
    }
    return rejected(other.code, other.message, other.details());
  }

  public boolean isOk() {
    return code == null;
  }

  public T value() {
    if (!isOk()) {
      throw new NoSuchElementException("rejected with " + code + ": " + message);
    }
    return value;
  }

  public String code() {
    return code;
  }

  public String message() {
    return message;
  }

  public List<String> details() {
    return details == null ? List.of() : details;
  }

  public <R extends Serializable> Outcome<R> map(Function<T, R> f) {
    return isOk() ? ok(f.apply(value)) : rejectedAs(this);
  }

  @Override
  public String toString() {
    return isOk() ? "Ok(" + value + ")" : "Rejected(" + code + ": " + message + ")";
  }
}
