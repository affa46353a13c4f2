package io.cloudtrade.monitoringagent.alerts;

import io.cloudtrade.kernel.BusinessField;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.monitoringagent.CallKind;
import io.cloudtrade.monitoringagent.Downstream;
import io.cloudtrade.monitoringagent.MonitoringProperties;
import io.cloudtrade.monitoringagent.RequestLogSink;
import io.cloudtrade.monitoringagent.RequestMetrics;
import io.cloudtrade.monitoringagent.RequestRecorder;
import io.cloudtrade.monitoringagent.TraceContext;
import io.cloudtrade.monitoringagent.TraceScope;
import io.cloudtrade.monitoringagent.faults.FaultInjection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Simulated traffic on a controllable clock: calls go through a real {@link RequestRecorder} (request
 * log off) into the evaluator at the times given; {@link #run} evaluates once per simulated second.
 * A caller -> callee call records the callee in its own span and the caller in the caller's span,
 * with the callee noted as the caller's downstream call exactly as the Dubbo consumer filter does.
 */
final class Traffic {
  static final Instant T0 = Instant.parse("2026-11-25T00:00:00Z");

  final Events sink = new Events();
  final AlertEvaluator evaluator;
  final RequestRecorder recorder;
  private int sequence;

  Traffic(AlertProperties properties) {
    evaluator = new AlertEvaluator(properties, sink);
    recorder = new RequestRecorder(MonitoringProperties.defaults(), new SimpleMeterRegistry(), RequestLogSink.DISABLED,
        evaluator, FaultInjection.disabled());
  }

  Traffic() {
    this(AlertProperties.defaults());
  }

  Traffic(String rules) {
    this(AlertProperties.defaults().withRules(rules));
  }

  /** The request of a call: the business fields the impact is made of. */
  static final class Pay implements Serializable {
    @BusinessField("requestId") final String requestId;
    @BusinessField("accountId") final String accountId;
    @BusinessField("orderId") final String orderId;
    @BusinessField(BusinessField.PRODUCT_CODE) final String productCode;
    @BusinessField("amount") final Money amount;

    Pay(String requestId, String accountId, String orderId, String productCode, Money amount) {
      this.requestId = requestId;
      this.accountId = accountId;
      this.orderId = orderId;
      this.productCode = productCode;
      this.amount = amount;
    }
  }

  /** What the sink got. */
  static final class Events implements AlertSink {
    final List<Alert> fired = new ArrayList<>();
    final List<Alert> resolved = new ArrayList<>();

    @Override
    public void fired(Alert alert) {
      fired.add(alert);
    }

    @Override
    public void resolved(Alert alert) {
      resolved.add(alert);
    }

    List<String> firedLinks() {
      return fired.stream().map(a -> a.kind() + " " + a.severity() + " " + a.link() + (a.kind() == AlertKind.CODE_SURGE ? " " + a.code() : "")).toList();
    }
  }

  RequestMetrics.Operation op(String link) {
    int dot = link.indexOf('.');
    return recorder.operation(link.substring(0, dot), link.substring(dot + 1));
  }

  Pay request(String product) {
    int n = sequence++;
    return new Pay("r-" + n, "acct-" + n, "o-" + n, product, Money.of("1.00", "CNY"));
  }

  static long at(long second, int i) {
    return T0.toEpochMilli() + second * 1000 + 100 + i;
  }

  /**
   * One call of {@code link} that ends in {@code second}: a success, an {@code Outcome} rejection
   * ({@code code}) or an exception ({@code error}).
   */
  void call(String link, long second, int i, Pay request, long latencyMillis, String code, Throwable error) {
    Object result = code == null ? Outcome.ok(null) : Outcome.rejected(code, "no");
    long end = at(second, i);
    try (TraceScope scope = TraceContext.startTrace()) {
      recorder.record(op(link), CallKind.SERVER, scope.span(), end - latencyMillis, TimeUnit.MILLISECONDS.toNanos(latencyMillis),
          new Object[] {request}, null, error == null ? result : null, error);
    }
  }

  void ok(String link, long second, int i, String product, long latencyMillis) {
    call(link, second, i, request(product), latencyMillis, null, null);
  }

  /**
   * A caller calling a callee: the callee's outcome ({@code code}: a rejection, {@code error}: an
   * exception) surfaces in the caller unchanged; the caller adds {@code callerSelfMillis}.
   */
  void chain(String caller, String callee, long second, int i, Pay request, long calleeMillis, long callerSelfMillis,
      String code, Throwable error) {
    Object result = code == null ? Outcome.ok(null) : Outcome.rejected(code, "no");
    long end = at(second, i);
    long callerMillis = calleeMillis + callerSelfMillis;
    try (TraceScope callerScope = TraceContext.startTrace()) {
      try (TraceScope calleeScope = TraceContext.startSpan()) {
        recorder.record(op(callee), CallKind.SERVER, calleeScope.span(), end - calleeMillis,
            TimeUnit.MILLISECONDS.toNanos(calleeMillis), new Object[] {request}, null, error == null ? result : null, error);
      }
      // what the consumer filter notes in the caller's span
      Downstream d = callerScope.span().downstream();
      d.completed(TimeUnit.MILLISECONDS.toNanos(calleeMillis));
      if (error != null || code != null) {
        d.failed(callee, recorder.classifier().classify(error == null ? result : null, error), error);
      }
      recorder.record(op(caller), CallKind.SERVER, callerScope.span(), end - callerMillis,
          TimeUnit.MILLISECONDS.toNanos(callerMillis), new Object[] {request}, null, error == null ? result : null, error);
    }
  }

  interface Second {
    void at(long second);
  }

  /** For each second of {@code from..to}: the traffic, then an evaluation at the end of the second. */
  void run(long from, long to, Second traffic) {
    for (long s = from; s <= to; s++) {
      traffic.at(s);
      evaluate(s);
    }
  }

  void evaluate(long second) {
    evaluator.evaluate(T0.plusSeconds(second).plusMillis(900));
  }

  /** The second of the first fired event, or -1. */
  long firstFiredSecond() {
    return sink.fired.isEmpty() ? -1 : sink.fired.get(0).since().getEpochSecond() - T0.getEpochSecond();
  }
}
