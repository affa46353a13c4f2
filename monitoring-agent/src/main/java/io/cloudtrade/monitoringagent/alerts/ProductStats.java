package io.cloudtrade.monitoringagent.alerts;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The counts of one link's calls of one product (tag), and per code. */
final class ProductStats {
  final String product;
  final Counters counters = new Counters(AlertEvaluator.LINK_WIDTH, AlertEvaluator.LINK_FINE, AlertEvaluator.LINK_COARSE);
  final ConcurrentMap<String, Counters> codes = new ConcurrentHashMap<>();
  private volatile Resolved resolved;

  private record Resolved(AlertRules rules, AlertRules.LinkRule rule) {}

  ProductStats(String product) {
    this.product = product;
  }

  /** The rule of these calls under {@code rules}, worked out once per rules. */
  AlertRules.LinkRule rule(AlertRules rules, String link) {
    Resolved r = resolved;
    if (r != null && r.rules == rules) {
      return r.rule;
    }
    AlertRules.LinkRule rule = rules.forLink(link, product);
    resolved = new Resolved(rules, rule);
    return rule;
  }

  Counters code(String code) {
    Counters c = codes.get(code);
    if (c == null) {
      c = codes.computeIfAbsent(code,
          k -> new Counters(AlertEvaluator.CODE_WIDTH, AlertEvaluator.CODE_FINE, AlertEvaluator.CODE_COARSE));
    }
    return c;
  }
}
