package io.cloudtrade.monitoringagent.alerts;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** One link ({@code Service.operation}): its products' counts, its offending calls, its alerts. */
final class OperationStats {
  final String service;
  final String operation;
  final String link;
  final ConcurrentMap<String, ProductStats> products = new ConcurrentHashMap<>();
  final OffenceRing offences = new OffenceRing(AlertEvaluator.OFFENCES_PER_LINK);
  // the evaluator's own state
  final Deque<Offence> recent = new ArrayDeque<>();
  final Map<AlertKey, AlertState> alerts = new LinkedHashMap<>();

  OperationStats(String service, String operation) {
    this.service = service;
    this.operation = operation;
    this.link = service + "." + operation;
  }

  ProductStats product(String tag) {
    ProductStats p = products.get(tag);
    if (p == null) {
      p = products.computeIfAbsent(tag, ProductStats::new);
    }
    return p;
  }
}
