package io.cloudtrade.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a snapshot. A snapshot with any problem is never put in force: not by the {@link
 * Router}, not by the {@link RoutingRuleStore}, not written by the {@link RoutingRulePublisher}.
 */
public final class RulesValidator {
  private RulesValidator() {}

  /**
   * Every problem of a snapshot, in a stable order, each naming what it is about: an empty snapshot (no
   * centers, no regions, no sites), a version below 1, a missing or wrong checksum, a center without zones
   * or failing over to an unknown center or to itself, a region mapped to an unknown center or to a zone its
   * center does not have, a site whose default or sensitive-data center is unknown, a product override
   * naming an unknown region or center.
   *
   * @param rules the snapshot
   * @return the problems; empty when the snapshot may be put in force
   */
  public static List<String> problems(RoutingRules rules) {
    List<String> problems = new ArrayList<>();
    if (rules == null) {
      problems.add("no snapshot");
      return problems;
    }
    if (rules.centers().isEmpty()) {
      problems.add("empty snapshot: no centers");
    }
    if (rules.regions().isEmpty()) {
      problems.add("empty snapshot: no regions");
    }
    if (rules.sites().isEmpty()) {
      problems.add("empty snapshot: no sites");
    }
    if (rules.version() < 1) {
      problems.add("version " + rules.version() + " is below 1");
    }
    if (rules.checksum() == null || rules.checksum().isBlank()) {
      problems.add("no checksum");
    } else {
      String expected = rules.computeChecksum();
      if (!expected.equalsIgnoreCase(rules.checksum())) {
        problems.add("checksum mismatch: the snapshot says " + rules.checksum() + ", its content gives " + expected);
      }
    }
    Map<String, RoutingRules.Center> centers = rules.centers();
    centers.forEach((id, center) -> {
      if (center == null) {
        problems.add("center '" + id + "' has no definition");
        return;
      }
      if (center.zones().isEmpty()) {
        problems.add("center '" + id + "' has no zones");
      }
      if (center.zones().stream().anyMatch(zone -> zone == null || zone.isBlank())) {
        problems.add("center '" + id + "' has a blank zone");
      }
      if (center.failoverTo() != null) {
        if (center.failoverTo().equals(id)) {
          problems.add("center '" + id + "' fails over to itself");
        } else if (!centers.containsKey(center.failoverTo())) {
          problems.add("center '" + id + "' fails over to unknown center '" + center.failoverTo() + "'");
        }
      }
    });
    rules.regions().forEach((id, region) -> {
      if (region == null || region.center() == null) {
        problems.add("region '" + id + "' has no center");
        return;
      }
      RoutingRules.Center center = centers.get(region.center());
      if (center == null) {
        problems.add("region '" + id + "' is mapped to unknown center '" + region.center() + "'");
      } else if (!center.zones().contains(region.zone())) {
        problems.add("region '" + id + "' is mapped to zone '" + region.zone() + "', which center '"
            + region.center() + "' does not have");
      }
    });
    rules.sites().forEach((id, site) -> {
      if (site == null || site.defaultCenter() == null) {
        problems.add("site '" + id + "' has no default center");
      } else if (!centers.containsKey(site.defaultCenter())) {
        problems.add("site '" + id + "' has unknown default center '" + site.defaultCenter() + "'");
      }
      if (site != null && site.sensitiveDataCenter() != null && !centers.containsKey(site.sensitiveDataCenter())) {
        problems.add("site '" + id + "' has unknown sensitive-data center '" + site.sensitiveDataCenter() + "'");
      }
    });
    rules.productOverrides().forEach((product, byRegion) -> byRegion.forEach((region, center) -> {
      if (!rules.regions().containsKey(region)) {
        problems.add("product override '" + product + "' names unknown region '" + region + "'");
      }
      if (center == null || !centers.containsKey(center)) {
        problems.add("product override '" + product + "' in region '" + region + "' names unknown center '" + center
            + "'");
      }
    }));
    return problems;
  }

  /**
   * Whether a snapshot may be put in force.
   *
   * @param rules the snapshot
   * @return {@code true} when {@link #problems(RoutingRules)} is empty
   */
  public static boolean isValid(RoutingRules rules) {
    return problems(rules).isEmpty();
  }
}
