package io.cloudtrade.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link RoutingDecision} as string key/values, so that it travels with a call (Dubbo attachments) or a
 * message (RocketMQ user properties) and every hop agrees on it.
 */
public final class RoutingAttachments {
  /** The center id. */
  public static final String CENTER = "ct-route-center";
  /** The zone. */
  public static final String ZONE = "ct-route-zone";
  /** The {@link ResidencyPolicy} name. */
  public static final String POLICY = "ct-route-policy";
  /** {@code true} or {@code false}. */
  public static final String FAILOVER = "ct-route-failover";
  /** The rule version, decimal. */
  public static final String VERSION = "ct-route-version";

  /** Every key, in the order {@link #toMap} writes them. */
  public static final List<String> KEYS = List.of(CENTER, ZONE, POLICY, FAILOVER, VERSION);

  private RoutingAttachments() {}

  /**
   * The decision as the five {@code ct-route-*} entries.
   *
   * @param decision the decision
   * @return a new mutable map (so that callers may add their own entries)
   */
  public static Map<String, String> toMap(RoutingDecision decision) {
    Map<String, String> map = new LinkedHashMap<>(8);
    map.put(CENTER, decision.center());
    map.put(ZONE, decision.zone());
    map.put(POLICY, decision.policy().name());
    map.put(FAILOVER, Boolean.toString(decision.failoverAllowed()));
    map.put(VERSION, Long.toString(decision.ruleVersion()));
    return map;
  }

  /**
   * The decision carried by a map of attachments or properties; other entries are ignored.
   *
   * @param map the attachments (values are read with {@code toString()}); may be {@code null}
   * @return the decision, or {@code null} when none of the five keys is there
   * @throws RoutingException when some are there but the set is incomplete or malformed (naming the key)
   */
  public static RoutingDecision fromMap(Map<String, ?> map) {
    if (map == null || KEYS.stream().noneMatch(map::containsKey)) {
      return null;
    }
    String center = required(map, CENTER);
    String zone = required(map, ZONE);
    String policyName = required(map, POLICY);
    String failover = required(map, FAILOVER);
    String version = required(map, VERSION);
    ResidencyPolicy policy;
    try {
      policy = ResidencyPolicy.valueOf(policyName);
    } catch (IllegalArgumentException e) {
      throw new RoutingException("malformed routing attachments: " + POLICY + " '" + policyName + "' is not a policy");
    }
    if (!failover.equals("true") && !failover.equals("false")) {
      throw new RoutingException("malformed routing attachments: " + FAILOVER + " '" + failover
          + "' is not true or false");
    }
    long ruleVersion;
    try {
      ruleVersion = Long.parseLong(version);
    } catch (NumberFormatException e) {
      throw new RoutingException("malformed routing attachments: " + VERSION + " '" + version + "' is not a number");
    }
    if (ruleVersion < 1) {
      throw new RoutingException("malformed routing attachments: " + VERSION + " " + ruleVersion + " is below 1");
    }
    return new RoutingDecision(center, zone, policy, Boolean.parseBoolean(failover), ruleVersion);
  }

  private static String required(Map<String, ?> map, String key) {
    Object value = map.get(key);
    if (value == null || value.toString().isBlank()) {
      throw new RoutingException("malformed routing attachments: " + key + " is missing");
    }
    return value.toString();
  }
}
