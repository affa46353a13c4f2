package io.cloudtrade.monitoringagent.alerts;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/** An alert while it fires (evaluator thread only). */
final class AlertState {
  final AlertKey key;
  final OperationStats op;
  final String id;
  final Instant since;
  /** A ticket due while the page of the same link and kind fired: kept until it resolves, never announced. */
  boolean suppressed;
  /** The products whose calls count for the impact; null: all of the link's. */
  final Set<String> productFilter;
  final ImpactTally impact;
  final Deque<Alert.Sample> samples = new ArrayDeque<>();
  final long lostAtStart;
  Instant lastHeld;
  Instant lastAnnounced;
  int notifications;
  Condition condition;

  AlertState(AlertKey key, OperationStats op, Instant since, Set<String> productFilter, int impactCap,
      Condition condition) {
    this.key = key;
    this.op = op;
    this.id = key.id(since.getEpochSecond());
    this.since = since;
    this.productFilter = productFilter;
    this.impact = new ImpactTally(impactCap);
    this.lostAtStart = op.offences.lost();
    this.lastHeld = since;
    this.condition = condition;
  }

  /** Whether an offending call counts against this alert. */
  boolean matches(Offence o) {
    if (productFilter != null && !productFilter.contains(o.product)) {
      return false;
    }
    return switch (key.kind()) {
      case AVAILABILITY -> o.is(Offence.OWN_ERROR);
      case LATENCY -> o.is(Offence.SLOW);
      case CODE_SURGE -> o.is(Offence.OWN_REJECTED) && key.code().equals(o.code);
    };
  }

  void add(Offence o, int maxSamples) {
    impact.add(o);
    if (maxSamples > 0) {
      if (samples.size() >= maxSamples) {
        samples.removeFirst();
      }
      samples.addLast(new Alert.Sample(Instant.ofEpochMilli(o.atMillis), o.requestId, o.traceId));
    }
  }
}
