package io.cloudtrade.routing.dubbo;

import io.cloudtrade.routing.RoutingDecision;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The routing decision of the current call chain, for the Dubbo calls made on this thread.
 *
 * <pre>{@code
 * RoutingDecision d = router.decide(request);
 * Order order = RoutingContext.call(d, () -> orders.place(command)); // reaches the providers of d.center()
 * }</pre>
 *
 * <p>The consumer filter ({@link RoutingClusterFilter}) writes the current decision as the call's
 * {@code ct-route-*} attachments; the provider filter ({@link RoutingProviderFilter}) makes the received
 * decision current while the provider's method runs, so that the provider's own calls carry it too.
 *
 * <p>Thread-local: a decision is current only on the thread that set it, until the body returns or throws;
 * then the previous one (or none) is current again. Work handed to other threads (executors, asynchronous
 * continuations) must set it there itself.
 */
public final class RoutingContext {
  private static final ThreadLocal<RoutingDecision> CURRENT = new ThreadLocal<>();

  private RoutingContext() {}

  /**
   * The decision for the calls made now on this thread.
   *
   * @return the decision, or {@code null} when none is set
   */
  public static RoutingDecision current() {
    return CURRENT.get();
  }

  /**
   * Runs a body with a decision current, and restores the previous one afterwards.
   *
   * @param decision the decision for the calls made inside
   * @param body what to run
   * @param <T> what the body answers
   * @return what the body answered
   */
  public static <T> T call(RoutingDecision decision, Supplier<T> body) {
    Objects.requireNonNull(decision, "decision");
    return within(decision, body);
  }

  /**
   * Runs a body with a decision current, and restores the previous one afterwards.
   *
   * @param decision the decision for the calls made inside
   * @param body what to run
   */
  public static void run(RoutingDecision decision, Runnable body) {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(body, "body");
    within(decision, () -> {
      body.run();
      return null;
    });
  }

  /** Runs a body with the given decision (or, with {@code null}, none) current; restores the previous. */
  static <T> T within(RoutingDecision decision, Supplier<T> body) {
    Objects.requireNonNull(body, "body");
    RoutingDecision previous = CURRENT.get();
    set(decision);
    try {
      return body.get();
    } finally {
      set(previous);
    }
  }

  private static void set(RoutingDecision decision) {
    if (decision == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(decision);
    }
  }
}
