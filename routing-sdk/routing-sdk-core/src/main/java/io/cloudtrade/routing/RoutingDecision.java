package io.cloudtrade.routing;

import java.util.Objects;

/**
 * Where a request goes and how its sensitive data is treated.
 *
 * @param center the id of the center to call ({@code cn}, {@code intl}...)
 * @param zone the zone in that center
 * @param policy the residency policy the receiving center applies
 * @param failoverAllowed whether the call may go to the center's {@code failoverTo} center when its own
 *     center is unavailable; never for resident sensitive data
 * @param ruleVersion the version of the rules snapshot that decided
 */
public record RoutingDecision(String center, String zone, ResidencyPolicy policy, boolean failoverAllowed,
    long ruleVersion) {

  /** Checks that nothing is missing. */
  public RoutingDecision {
    Objects.requireNonNull(center, "center");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(policy, "policy");
  }
}
