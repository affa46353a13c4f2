package io.cloudtrade.routing;

/**
 * The decision: which center and zone a request goes to, under which residency policy, and whether it
 * may fail over, against the snapshot in force.
 *
 * <ul>
 *   <li>The center is the region's; a product override for the product in that region wins. A request
 *       that names no region goes to the site's default center.
 *   <li>For a site with a {@code sensitiveDataCenter}, a request of {@link DataClass#ACCOUNT_SENSITIVE}
 *       data goes to that center whatever the region, under {@link ResidencyPolicy#RESIDENT_ENCRYPTED},
 *       never failing over; every other request of that site is {@link
 *       ResidencyPolicy#MASKED_OUTSIDE_RESIDENCY}. Requests of other sites are {@link ResidencyPolicy#NONE}.
 *   <li>Failover is allowed when the chosen center has a {@code failoverTo} center, except for resident
 *       sensitive data.
 *   <li>The zone is the region's when the chosen center is the region's center; otherwise the chosen
 *       center's primary (first) zone.
 * </ul>
 *
 * Pure: no I/O, no locks, no allocation (every answer is computed when the snapshot is put in force).
 * Thread-safe. A {@link RoutingRuleStore} swaps the snapshot of its router when it accepts a new one.
 */
public final class Router {
  private volatile RoutingTable table;

  /** A router with no rules in force yet, for a {@link RoutingRuleStore}. */
  Router() {}

  /**
   * A router fixed on one snapshot (tests, tools, benchmarks).
   *
   * @param rules a valid snapshot
   * @return the router
   * @throws RoutingException listing the problems when the snapshot is not valid
   */
  public static Router of(RoutingRules rules) {
    Router router = new Router();
    router.install(RoutingTable.compile(rules));
    return router;
  }

  /**
   * Decides where a request goes.
   *
   * @param request the request
   * @return the decision, carrying the version of the rules used
   * @throws RoutingException naming the site or region the rules do not know, or when no rules are in
   *     force yet; never a guess
   */
  public RoutingDecision decide(RoutingRequest request) {
    RoutingTable current = table;
    if (current == null) {
      throw new RoutingException("no routing rules in force yet: neither the cache file nor ZooKeeper gave valid ones");
    }
    return current.decide(request);
  }

  /**
   * The snapshot in force.
   *
   * @return the snapshot, or {@code null} when none is in force yet
   */
  public RoutingRules rules() {
    RoutingTable current = table;
    return current == null ? null : current.rules();
  }

  /**
   * The version of the snapshot in force.
   *
   * @return the version, or 0 when none is in force yet
   */
  public long version() {
    RoutingTable current = table;
    return current == null ? 0 : current.rules().version();
  }

  void install(RoutingTable compiled) {
    this.table = compiled;
  }
}
