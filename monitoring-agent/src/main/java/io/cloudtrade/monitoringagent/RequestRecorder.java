package io.cloudtrade.monitoringagent;

import io.cloudtrade.kernel.BusinessField;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.monitoringagent.alerts.AlertEvaluator;
import io.cloudtrade.monitoringagent.faults.FaultInjection;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records one finished call: classifies it ({@link OutcomeClassifier}), reads its business fields
 * ({@link BusinessFields}), splits its latency into self and downstream time and finds the downstream
 * link an error or rejection came from ({@link Downstream}), writes the request-log line ({@link
 * RequestLog}) and the Timer sample ({@link RequestMetrics}), and counts it for the alerts ({@link
 * AlertEvaluator}, when there is one; consumer lines are not counted: they are the callee's calls seen
 * from outside). Shared by the {@link Monitored} aspect and the transport adapters; one per
 * application (the starter makes it a bean). Never throws: monitoring must not break a call.
 */
public final class RequestRecorder {
  private static final Logger log = LoggerFactory.getLogger(RequestRecorder.class);
  private static volatile RequestRecorder standalone;

  private final MonitoringProperties properties;
  private final OutcomeClassifier classifier;
  private final RequestLog requestLog;
  private final RequestMetrics metrics;
  private final int maxFieldLength;
  private final AlertEvaluator alerts;
  private final FaultInjection faults;

  /** Without alerts, without fault injection. */
  public RequestRecorder(MonitoringProperties properties, MeterRegistry registry, RequestLogSink sink) {
    this(properties, registry, sink, null, FaultInjection.disabled());
  }

  /**
   * @param alerts the evaluator every call is counted by, or null for none
   * @param faults the fault injection the aspect and the Dubbo filter apply ({@link
   *     FaultInjection#disabled()} for none)
   */
  public RequestRecorder(MonitoringProperties properties, MeterRegistry registry, RequestLogSink sink,
      AlertEvaluator alerts, FaultInjection faults) {
    this.alerts = alerts;
    this.faults = faults == null ? FaultInjection.disabled() : faults;
    this.properties = properties;
    this.classifier = new OutcomeClassifier(properties.businessExceptions());
    this.requestLog = new RequestLog(properties.requestLog().enabled() ? sink : RequestLogSink.DISABLED);
    this.metrics = new RequestMetrics(registry, properties.maxCodesPerOperation(), properties.maxProductsPerOperation());
    this.maxFieldLength = properties.requestLog().maxFieldLength();
  }

  /**
   * The recorder of code that runs outside a Spring context that has one (a Dubbo filter in a plain
   * Dubbo application, a test): default settings, {@link Metrics#globalRegistry}, the SLF4J logger.
   */
  public static RequestRecorder standalone() {
    RequestRecorder r = standalone;
    if (r == null) {
      synchronized (RequestRecorder.class) {
        r = standalone;
        if (r == null) {
          r = new RequestRecorder(MonitoringProperties.defaults(), Metrics.globalRegistry, RequestLogSink.slf4j());
          standalone = r;
        }
      }
    }
    return r;
  }

  public boolean isEnabled() {
    return properties.enabled();
  }

  public MonitoringProperties properties() {
    return properties;
  }

  public OutcomeClassifier classifier() {
    return classifier;
  }

  /** The alert evaluator calls are counted by, or null. */
  public AlertEvaluator alerts() {
    return alerts;
  }

  /** The fault injection of this application (disabled unless configured). */
  public FaultInjection faults() {
    return faults;
  }

  /** The meters of one (service, operation): look it up once and keep it. */
  public RequestMetrics.Operation operation(String service, String operation) {
    return metrics.operation(service, operation);
  }

  /**
   * Records one call.
   *
   * @param startEpochMillis when it started (the line's {@code ts})
   * @param args its arguments (their classes' business fields are read), or null
   * @param parameterKeys per argument, the key when the parameter itself is a {@link BusinessField}
   *     (else null); or null for none
   * @param result what it returned (an {@link Outcome} is looked into), ignored when {@code error}
   * @param error what it threw, or null
   */
  public void record(RequestMetrics.Operation op, CallKind kind, Span span, long startEpochMillis, long latencyNanos,
      Object[] args, String[] parameterKeys, Object result, Throwable error) {
    try {
      Classification outcome = classifier.classify(result, error);
      boolean logging = requestLog.isEnabled();
      // without the log, only the metric's product is needed (and the impact fields of an offending call)
      boolean allFields = logging || (alerts != null && alerts.mayOffend(outcome, latencyNanos));
      String onlyKey = allFields ? null : BusinessField.PRODUCT_CODE;
      FieldValues fields = new FieldValues();
      if (args != null) {
        for (int i = 0; i < args.length; i++) {
          String key = parameterKeys == null ? null : parameterKeys[i];
          if (key != null) {
            if (onlyKey == null || onlyKey.equals(key)) {
              fields.put(key, BusinessFields.render(args[i], maxFieldLength));
            }
          } else {
            BusinessFields.collect(args[i], fields, maxFieldLength, onlyKey);
          }
        }
      }
      if (error == null && result != null) {
        Object value = result instanceof Outcome<?> o ? (o.isOk() ? o.value() : null) : result;
        BusinessFields.collect(value, fields, maxFieldLength, onlyKey);
      }
      finish(op, kind, span, startEpochMillis, latencyNanos, fields, outcome, error, logging);
    } catch (RuntimeException | LinkageError e) {
      log.warn("could not record a call of {}.{}: {}", op.service(), op.operation(), e.toString());
    }
  }

  /**
   * Records a call whose outcome the caller judged itself (e.g. an HTTP exchange by its status),
   * with the business fields it collected.
   */
  public void record(RequestMetrics.Operation op, CallKind kind, Span span, long startEpochMillis, long latencyNanos,
      FieldValues fields, Classification outcome) {
    try {
      FieldValues f = fields == null ? new FieldValues() : fields;
      finish(op, kind, span, startEpochMillis, latencyNanos, f, outcome, null, requestLog.isEnabled());
    } catch (RuntimeException | LinkageError e) {
      log.warn("could not record a call of {}.{}: {}", op.service(), op.operation(), e.toString());
    }
  }

  /** The code of a call the callee never answered: it was not reached, or did not answer in time. */
  public static final String UNANSWERED = "Unanswered";

  /**
   * Records, from the caller's side, a remote call its callee never answered (not reached: no
   * provider, connection refused or lost; or no answer in time). The callee cannot record such a call
   * itself, and the caller's own error is attributed to the callee (its cause), so without this a dead
   * dependency would raise no alert anywhere. Counted as an error of the callee's link ({@code op}),
   * code {@value #UNANSWERED}, with a request-log line of kind {@code consumer} in a child span of the
   * caller's.
   *
   * @param caller the caller's span
   * @param args the call's arguments (business fields for the impact), or null
   */
  public void recordUnanswered(RequestMetrics.Operation op, Span caller, long startEpochMillis, long latencyNanos,
      Object[] args) {
    try {
      FieldValues fields = new FieldValues();
      if (args != null) {
        for (Object arg : args) {
          BusinessFields.collect(arg, fields, maxFieldLength, null);
        }
      }
      Span span = caller == null ? null : new Span(caller.traceId(), TraceIds.newSpanId(), caller.spanId());
      Classification outcome = new Classification(RequestOutcome.ERROR, UNANSWERED);
      String product = fields.get(BusinessField.PRODUCT_CODE);
      op.record(outcome.outcome(), outcome.code(), product, latencyNanos);
      if (alerts != null) {
        alerts.record(op, product, outcome, null, latencyNanos, latencyNanos,
            startEpochMillis + TimeUnit.NANOSECONDS.toMillis(latencyNanos), fields, span);
      }
      if (requestLog.isEnabled()) {
        requestLog.write(startEpochMillis, span, op.service(), op.operation(), outcome,
            TimeUnit.NANOSECONDS.toMicros(latencyNanos), CallKind.CONSUMER, fields,
            TimeUnit.NANOSECONDS.toMicros(latencyNanos), null);
      }
    } catch (RuntimeException | LinkageError e) {
      log.warn("could not record an unanswered call of {}.{}: {}", op.service(), op.operation(), e.toString());
    }
  }

  /** The Timer sample, the line and the alert count of a classified call, its downstream share worked out. */
  private void finish(RequestMetrics.Operation op, CallKind kind, Span span, long startEpochMillis, long latencyNanos,
      FieldValues fields, Classification outcome, Throwable error, boolean logging) {
    Downstream downstream = span == null ? null : span.downstreamIfAny();
    long selfNanos = downstream == null ? latencyNanos : Math.max(0, latencyNanos - downstream.nanos());
    String cause = downstream == null || !downstream.anyFailed() ? null : downstream.causeOf(outcome, error);
    String product = fields.get(BusinessField.PRODUCT_CODE);
    op.record(outcome.outcome(), outcome.code(), product, latencyNanos);
    if (alerts != null && kind != CallKind.CONSUMER) {
      alerts.record(op, product, outcome, cause, latencyNanos, selfNanos,
          startEpochMillis + TimeUnit.NANOSECONDS.toMillis(latencyNanos), fields, span);
    }
    if (logging) {
      requestLog.write(startEpochMillis, span, op.service(), op.operation(), outcome,
          TimeUnit.NANOSECONDS.toMicros(latencyNanos), kind, fields, TimeUnit.NANOSECONDS.toMicros(selfNanos), cause);
    }
  }
}
