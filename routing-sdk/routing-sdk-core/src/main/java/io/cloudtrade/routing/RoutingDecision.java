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
 * @param failoverTo the center the call may fail over to, so that every hop (and the Dubbo router) knows it
 *     without the rules; {@code null} when failover is not allowed or when the decision does not name it (a
 *     decision made with the five-argument constructor, or received from a sender that does not write it):
 *     a decision that allows failover but names no center cannot fail over anywhere
 */
public record RoutingDecision(String center, String zone, ResidencyPolicy policy, boolean failoverAllowed,
    long ruleVersion, String failoverTo) {

  /**
   * Checks that nothing is missing and that a named failover center is consistent.
   *
   * @throws NullPointerException when the center, zone or policy is missing
   * @throws IllegalArgumentException when a failover center is named although failover is not allowed, or
   *     is the decided center itself, or is blank
   */
  public RoutingDecision {
    Objects.requireNonNull(center, "center");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(policy, "policy");
    if (failoverTo != null) {
      if (!failoverAllowed) {
        throw new IllegalArgumentException(
            "failover center '" + failoverTo + "' named although failover is not allowed");
      }
      if (failoverTo.isBlank() || failoverTo.equals(center)) {
        throw new IllegalArgumentException(
            "failover center '" + failoverTo + "' of center '" + center + "' is not another center");
      }
    }
  }

  /**
   * A decision that does not name its failover center (as made before the failover center was carried).
   *
   * @param center the center
   * @param zone the zone
   * @param policy the residency policy
   * @param failoverAllowed whether failover is allowed
   * @param ruleVersion the version of the rules used
   */
  public RoutingDecision(String center, String zone, ResidencyPolicy policy, boolean failoverAllowed,
      long ruleVersion) {
    this(center, zone, policy, failoverAllowed, ruleVersion, null);
  }

}
