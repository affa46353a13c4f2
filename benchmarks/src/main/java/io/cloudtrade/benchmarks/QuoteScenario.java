package io.cloudtrade.benchmarks;

import io.cloudtrade.catalog.api.QuoteRequest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The quotes measured, in-process by {@link QuoteBenchmark} and over HTTP by {@link
 * QuoteLatencyDriver}, with the answer each must get from the demo catalog, so that a benchmark never
 * measures a path that fails (and the in-memory {@link DemoCatalog} is checked against the seeded one).
 */
enum QuoteScenario {
  /** An empty configuration: every default (ecs.g7.large, 1 Mbps, 40 GB ESSD), one month: 298 + 23 + 40. */
  ECS_DEFAULT("ecs-default", "Subscription", 1, "Month", Map.of(), "361.00"),

  /**
   * Every attribute given, three years with the yearly discount: (652 + 100 x 23 + 500 x 1.00) x 36 =
   * 124272.00, minus one sixth = 103560.00. Exercises the region rule, the ESSD rule and a conditional
   * per-GB price.
   */
  ECS_CUSTOM("ecs-custom", "Subscription", 3, "Year", ordered(
      "Region", "cn-shanghai",
      "InstanceType", "ecs.g8i.xlarge",
      "NetworkType", "vpc",
      "InternetMaxBandwidthOut", "100",
      "SystemDiskCategory", "cloud_essd",
      "SystemDiskSize", "500"), "103560.00"),

  /** Breaks all four ECS rules at once: a rejection (InvalidConfiguration, HTTP 400) listing 4 problems. */
  ECS_INVALID("ecs-invalid", "Subscription", 1, "Month", ordered(
      "Region", "ap-southeast-1",
      "InstanceType", "ecs.g8i.xlarge",
      "NetworkType", "classic",
      "InternetMaxBandwidthOut", "5",
      "SystemDiskCategory", "cloud_efficiency",
      "SystemDiskSize", "600"), null);

  final String id;
  final String subscriptionType;
  final int period;
  final String periodUnit;
  final Map<String, String> config;
  /** The finalAmount expected, or null when the quote must be rejected. */
  final String expectedFinalAmount;

  QuoteScenario(String id, String subscriptionType, int period, String periodUnit, Map<String, String> config,
      String expectedFinalAmount) {
    this.id = id;
    this.subscriptionType = subscriptionType;
    this.period = period;
    this.periodUnit = periodUnit;
    this.config = config;
    this.expectedFinalAmount = expectedFinalAmount;
  }

  static QuoteScenario byId(String id) {
    for (QuoteScenario s : values()) {
      if (s.id.equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no scenario " + id + "; known: ecs-default, ecs-custom, ecs-invalid");
  }

  boolean mustBeRejected() {
    return expectedFinalAmount == null;
  }

  /** The catalog's request (what the gateway sends over Dubbo). */
  QuoteRequest request() {
    return new QuoteRequest().setProductCode("ecs").setSubscriptionType(subscriptionType).setPeriod(period)
        .setPeriodUnit(periodUnit).setConfig(new HashMap<>(config));
  }

  /** The body of {@code POST /api/quotes}. Values are fixed identifiers: no escaping needed. */
  String json() {
    String cfg = config.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
        .collect(Collectors.joining(",", "{", "}"));
    return "{\"productCode\":\"ecs\",\"subscriptionType\":\"" + subscriptionType + "\",\"period\":" + period
        + ",\"periodUnit\":\"" + periodUnit + "\",\"config\":" + cfg + "}";
  }

  private static Map<String, String> ordered(String... keyValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put(keyValues[i], keyValues[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
