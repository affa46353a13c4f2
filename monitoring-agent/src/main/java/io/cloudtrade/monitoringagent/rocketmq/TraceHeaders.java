package io.cloudtrade.monitoringagent.rocketmq;

import io.cloudtrade.monitoringagent.Span;
import io.cloudtrade.monitoringagent.TraceContext;
import io.cloudtrade.monitoringagent.TraceScope;
import org.apache.rocketmq.common.message.Message;

/**
 * Carries the trace across RocketMQ messages, in the user properties {@value #TRACE_ID} and {@value
 * #SPAN_ID} (plain names: RocketMQ refuses some characters and reserves others).
 *
 * <pre>{@code
 * TraceHeaders.inject(msg);                 // producer, before send: the current trace and span
 * producer.send(msg);
 *
 * for (MessageExt m : msgs) {              // consumer, per message
 *   try (TraceScope scope = TraceHeaders.extract(m)) {
 *     handler.accept(...);                 // log lines here carry the producer's trace id
 *   }
 * }
 * }</pre>
 *
 * Or register {@link TracingSendMessageHook} / {@link TracingConsumeMessageHook} once on the producer
 * and the consumer instead. The span {@link #extract} opens has no request-log line of its own: a
 * {@code @Monitored} handler called in it records a child span.
 */
public final class TraceHeaders {
  /** User property: the producer's trace id. */
  public static final String TRACE_ID = "ctTraceId";
  /** User property: the producer's span id. */
  public static final String SPAN_ID = "ctSpanId";

  private TraceHeaders() {}

  /**
   * Puts the current trace id and span id into the message; does nothing (and answers false) when
   * no trace is current. Idempotent: a retry overwrites with the same values.
   */
  public static boolean inject(Message message) {
    Span span = TraceContext.current();
    if (span == null) {
      return false;
    }
    message.putUserProperty(TRACE_ID, span.traceId());
    message.putUserProperty(SPAN_ID, span.spanId());
    return true;
  }

  /**
   * Opens a span for handling the message: same trace as the producer, child of the producer's span;
   * a new trace when the message carries none (or malformed ids). Close it (try-with-resources) on
   * the same thread when the handler is done.
   */
  public static TraceScope extract(Message message) {
    return TraceContext.continueTrace(message.getUserProperty(TRACE_ID), message.getUserProperty(SPAN_ID));
  }
}
