package io.cloudtrade.routing;

import java.util.HashMap;
import java.util.Map;

/**
 * A valid snapshot compiled for {@link Router#decide(RoutingRequest)}: every answer is computed here once,
 * so a decision is two or three hash lookups and allocates nothing.
 */
final class RoutingTable {
  /** The answers for one center and zone, for sites without and with residency rules. */
  private record Routes(RoutingDecision plain, RoutingDecision masked) {}

  /** A site: its answers when no region is named, and where its sensitive data goes. */
  private record SiteRoutes(Routes home, boolean resident, RoutingDecision residentHome,
      Map<String, RoutingDecision> residentByRegion) {}

  private final RoutingRules rules;
  private final Map<String, SiteRoutes> sites = new HashMap<>();
  private final Map<String, Routes> regions = new HashMap<>();
  private final Map<String, Map<String, Routes>> overrides = new HashMap<>();

  private RoutingTable(RoutingRules rules) {
    this.rules = rules;
    rules.regions().forEach((id, region) -> regions.put(id, routes(region.center(), region.zone())));
    rules.productOverrides().forEach((product, byRegion) -> {
      Map<String, Routes> compiled = new HashMap<>();
      byRegion.forEach((regionId, center) -> {
        RoutingRules.Region region = rules.regions().get(regionId);
        compiled.put(regionId, routes(center, center.equals(region.center()) ? region.zone() : primaryZone(center)));
      });
      overrides.put(product, compiled);
    });
    rules.sites().forEach((id, site) -> {
      Routes home = routes(site.defaultCenter(), primaryZone(site.defaultCenter()));
      String residence = site.sensitiveDataCenter();
      if (residence == null) {
        sites.put(id, new SiteRoutes(home, false, null, Map.of()));
        return;
      }
      Map<String, RoutingDecision> byRegion = new HashMap<>();
      rules.regions().forEach((regionId, region) -> byRegion.put(regionId,
          resident(residence, residence.equals(region.center()) ? region.zone() : primaryZone(residence))));
      sites.put(id, new SiteRoutes(home, true, resident(residence, primaryZone(residence)), byRegion));
    });
  }

  /**
   * Compiles a snapshot.
   *
   * @throws RoutingException when the snapshot has problems
   */
  static RoutingTable compile(RoutingRules rules) {
    var problems = RulesValidator.problems(rules);
    if (!problems.isEmpty()) {
      throw new RoutingException("routing rules version " + (rules == null ? "-" : rules.version())
          + " cannot be put in force: " + String.join("; ", problems));
    }
    return new RoutingTable(rules);
  }

  RoutingRules rules() {
    return rules;
  }

  RoutingDecision decide(RoutingRequest request) {
    SiteRoutes site = sites.get(request.site());
    if (site == null) {
      throw new RoutingException("unknown site '" + request.site() + "' (routing rules version " + rules.version() + ")");
    }
    boolean residentData = site.resident && request.dataClass() == DataClass.ACCOUNT_SENSITIVE;
    String regionId = request.region();
    if (regionId == null) {
      return residentData ? site.residentHome : site.resident ? site.home.masked : site.home.plain;
    }
    Routes region = regions.get(regionId);
    if (region == null) {
      throw new RoutingException("unknown region '" + regionId + "' (routing rules version " + rules.version() + ")");
    }
    if (residentData) {
      return site.residentByRegion.get(regionId);
    }
    String product = request.productCode();
    if (product != null && !overrides.isEmpty()) {
      Map<String, Routes> byRegion = overrides.get(product);
      if (byRegion != null) {
        Routes overridden = byRegion.get(regionId);
        if (overridden != null) {
          region = overridden;
        }
      }
    }
    return site.resident ? region.masked : region.plain;
  }

  private Routes routes(String center, String zone) {
    String failoverTo = rules.centers().get(center).failoverTo();
    boolean failover = failoverTo != null;
    return new Routes(new RoutingDecision(center, zone, ResidencyPolicy.NONE, failover, rules.version(), failoverTo),
        new RoutingDecision(center, zone, ResidencyPolicy.MASKED_OUTSIDE_RESIDENCY, failover, rules.version(), failoverTo));
  }

  private RoutingDecision resident(String center, String zone) {
    return new RoutingDecision(center, zone, ResidencyPolicy.RESIDENT_ENCRYPTED, false, rules.version());
  }

  private String primaryZone(String center) {
    return rules.centers().get(center).zones().get(0);
  }
}
