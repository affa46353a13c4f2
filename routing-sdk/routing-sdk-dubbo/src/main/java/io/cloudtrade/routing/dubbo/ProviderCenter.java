package io.cloudtrade.routing.dubbo;

import io.cloudtrade.routing.ResidencyPolicy;
import io.cloudtrade.routing.RoutingDecision;
import org.apache.dubbo.common.URL;

/**
 * The center a provider belongs to, as its URL says: the parameter {@value #KEY}, declared on the provider
 * configuration ({@code dubbo.provider.parameters.ct-center=cn}; Dubbo 3.3 ignores the bracket form
 * {@code parameters[ct-center]}), and which centers may serve a decision.
 *
 * <p>Declare it on the provider configuration only: a consumer parameter of the same name (from the
 * application's or the consumer's parameters) overrides the provider's in Dubbo's URL merge, on the consumer
 * side.
 *
 * <p>A provider without the parameter belongs to no center: calls under a decision never reach it, calls
 * without one do, and it checks no decision it receives.
 */
public final class ProviderCenter {
  /** The URL parameter naming the provider's center ({@code cn}, {@code intl}...). */
  public static final String KEY = "ct-center";

  private ProviderCenter() {}

  /**
   * The center a URL declares.
   *
   * @param url a provider URL (on the consumer side: the provider's URL as the registry gave it, merged with
   *     the consumer's parameters)
   * @return the center, or {@code null} when the URL declares none (or a blank one)
   */
  public static String of(URL url) {
    String center = url == null ? null : url.getParameter(KEY);
    return center == null || center.isBlank() ? null : center.trim();
  }

  /**
   * The center a call under this decision may go to when its own center has no provider: the decision's
   * {@link RoutingDecision#failoverTo()} when failover is allowed, never for {@link
   * ResidencyPolicy#RESIDENT_ENCRYPTED} data whatever the flag says.
   *
   * @param decision the decision
   * @return the failover center, or {@code null} when there is none
   */
  public static String failoverCenter(RoutingDecision decision) {
    if (!decision.failoverAllowed() || decision.policy() == ResidencyPolicy.RESIDENT_ENCRYPTED) {
      return null;
    }
    return decision.failoverTo();
  }

  /**
   * Whether a provider of a center may serve a call under a decision: it is the decided center, or the
   * decision's {@link #failoverCenter failover center}.
   *
   * @param decision the decision
   * @param center the provider's center, or {@code null} for none
   * @return whether it may
   */
  public static boolean mayServe(RoutingDecision decision, String center) {
    return center != null && (center.equals(decision.center()) || center.equals(failoverCenter(decision)));
  }
}
