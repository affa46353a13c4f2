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
  /**
   * Optional: the center the call may fail over to ({@link RoutingDecision#failoverTo()}); written only when
   * the decision names one, and allowed only with {@value #FAILOVER} {@code true}.
   */
  public static final String FAILOVER_TO = "ct-route-failover-to";

  /**
   * Every key, in the order {@link #toMap} writes them; the last, {@link #FAILOVER_TO}, only when the decision
   * names a failover center.
   */
  public static final List<String> KEYS = List.of(CENTER, ZONE, POLICY, FAILOVER, VERSION, FAILOVER_TO);

  private RoutingAttachments() {}

  /**
   * The decision as the five {@code ct-route-*} entries, and a sixth, {@value #FAILOVER_TO}, when the
   * decision names its failover center.
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
    if (decision.failoverTo() != null) {
      map.put(FAILOVER_TO, decision.failoverTo());
    }
    return map;
  }

  /**
   * The decision carried by a map of attachments or properties; other entries are ignored.
   *
   * @param map the attachments (values are read with {@code toString()}); may be {@code null}
   * @return the decision, or {@code null} when none of the keys is there; it names a failover center only when
   *     {@value #FAILOVER_TO} is there (senders that do not write it are understood)
   * @throws RoutingException when some are there but the set is incomplete or malformed (naming the key),
   *     including a {@value #FAILOVER_TO} that is blank, is the decided center, or comes with
   *     {@value #FAILOVER} {@code false}
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
    boolean failoverAllowed = Boolean.parseBoolean(failover);
    Object failoverToValue = map.get(FAILOVER_TO);
    String failoverTo = null;
    if (failoverToValue != null) {
      failoverTo = failoverToValue.toString();
      if (failoverTo.isBlank() || failoverTo.equals(center)) {
        throw new RoutingException("malformed routing attachments: " + FAILOVER_TO + " '" + failoverTo
            + "' is not another center than " + center);
      }
      if (!failoverAllowed) {
        throw new RoutingException("malformed routing attachments: " + FAILOVER_TO + " '" + failoverTo
            + "' with " + FAILOVER + " false");
      }
    }
    return new RoutingDecision(center, zone, policy, failoverAllowed, ruleVersion, failoverTo);
  }

  private static String required(Map<String, ?> map, String key) {
    Object value = map.get(key);
    if (value == null || value.toString().isBlank()) {
      throw new RoutingException("malformed routing attachments: " + key + " is missing");
    }
    return value.toString();
  }
}
