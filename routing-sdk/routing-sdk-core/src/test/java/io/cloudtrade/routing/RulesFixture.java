package io.cloudtrade.routing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Variations of the sample rules, each with a valid checksum unless said otherwise. */
final class RulesFixture {
  private RulesFixture() {}

  static RoutingRules sample() {
    return RoutingRules.sample();
  }

  static RoutingRules withRegion(RoutingRules rules, String region, String center, String zone) {
    Map<String, RoutingRules.Region> regions = new TreeMap<>(rules.regions());
    regions.put(region, new RoutingRules.Region(center, zone));
    return new RoutingRules(rules.version(), null, rules.centers(), regions, rules.sites(), rules.productOverrides())
        .withChecksum();
  }

  static RoutingRules withOverride(RoutingRules rules, String product, String region, String center) {
    Map<String, Map<String, String>> overrides = new TreeMap<>(rules.productOverrides());
    overrides.put(product, Map.of(region, center));
    return new RoutingRules(rules.version(), null, rules.centers(), rules.regions(), rules.sites(), overrides)
        .withChecksum();
  }

  static RoutingRules withCenter(RoutingRules rules, String id, List<String> zones, String failoverTo) {
    Map<String, RoutingRules.Center> centers = new TreeMap<>(rules.centers());
    centers.put(id, new RoutingRules.Center(id + " center", zones, failoverTo));
    return new RoutingRules(rules.version(), null, centers, rules.regions(), rules.sites(), rules.productOverrides())
        .withChecksum();
  }

  /** The same content under a checksum that does not match it. */
  static RoutingRules withWrongChecksum(RoutingRules rules) {
    return new RoutingRules(rules.version(), "0".repeat(64), rules.centers(), rules.regions(), rules.sites(),
        rules.productOverrides());
  }

  /** Checksummed, versioned, and nothing else. */
  static RoutingRules empty(long version) {
    return new RoutingRules(version, null, null, null, null, null).withChecksum();
  }
}
