package io.cloudtrade.routing.dubbo;

import io.cloudtrade.routing.Router;
import io.cloudtrade.routing.RoutingDecision;
import io.cloudtrade.routing.RoutingRequest;
import io.cloudtrade.routing.RoutingRules;

/** Decisions of the sample rules (a center that may fail over names its failover center). */
final class Decisions {
  static final RoutingRules RULES = RoutingRules.sample();
  static final Router ROUTER = Router.of(RULES);
  static final long ACCOUNT = 1_000_001L;

  /** cn, cn-hangzhou-b, no failover. */
  static final RoutingDecision HANGZHOU = decide(RoutingRequest.general("cn", "cn-hangzhou", "ecs", ACCOUNT));
  /** intl, ap-southeast-1a, failover to cn. */
  static final RoutingDecision SINGAPORE = decide(RoutingRequest.general("intl", "ap-southeast-1", "ecs", ACCOUNT));
  /** A Japan account's sensitive data asked about from a China region: intl, resident, no failover. */
  static final RoutingDecision JAPAN_SENSITIVE = decide(RoutingRequest.accountSensitive("jp", "cn-hangzhou", "ecs", ACCOUNT));

  private Decisions() {}

  static RoutingDecision decide(RoutingRequest request) {
    return ROUTER.decide(request);
  }
}
