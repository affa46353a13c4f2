package io.cloudtrade.monitoringagent;

import org.slf4j.MDC;

/**
 * The current span of each thread, and its ids in the SLF4J MDC as {@value #MDC_TRACE_ID} and
 * {@value #MDC_SPAN_ID} while it is current, so that every log line of a service can show them
 * ({@code %X{traceId} %X{spanId}} in a logback pattern).
 *
 * <pre>{@code
 * try (TraceScope scope = TraceContext.startSpan()) {   // a child of the current span, or a new trace
 *   ... log lines here carry scope.span().traceId()
 * }                                                    // the previous span is current again
 * }</pre>
 *
 * Across threads the context does not follow by itself: capture {@link #current()} and open {@link
 * #continueTrace} in the task.
 */
public final class TraceContext {
  public static final String MDC_TRACE_ID = "traceId";
  public static final String MDC_SPAN_ID = "spanId";

  private static final ThreadLocal<Span> CURRENT = new ThreadLocal<>();

  private TraceContext() {}

  /** The current span of this thread, or {@code null} when no trace is active. */
  public static Span current() {
    return CURRENT.get();
  }

  /** Opens a child of the current span, or the root span of a new trace when none is current. */
  public static TraceScope startSpan() {
    Span parent = CURRENT.get();
    return parent == null ? startTrace() : open(new Span(parent.traceId(), TraceIds.newSpanId(), parent.spanId()), parent);
  }

  /** Opens the root span of a new trace, whatever is current. */
  public static TraceScope startTrace() {
    return open(new Span(TraceIds.newTraceId(), TraceIds.newSpanId(), null), CURRENT.get());
  }

  /**
   * Opens a span of a trace that comes from elsewhere (another process or thread): same trace id, a
   * new span id, {@code parentSpanId} as parent. Ids that are missing or malformed are not trusted:
   * a malformed trace id starts a new trace, a malformed parent leaves the span without parent.
   */
  public static TraceScope continueTrace(String traceId, String parentSpanId) {
    if (!TraceIds.isTraceId(traceId)) {
      return startTrace();
    }
    String parent = TraceIds.isSpanId(parentSpanId) ? parentSpanId : null;
    return open(new Span(traceId, TraceIds.newSpanId(), parent), CURRENT.get());
  }

  /**
   * Makes {@code span} (taken from another thread with {@link #current()}) current on this thread,
   * unchanged: work handed to an executor goes on in the span that handed it over, so the calls it
   * makes are children of a span that has a request-log line.
   */
  public static TraceScope resume(Span span) {
    if (span == null) {
      throw new IllegalArgumentException("span is required");
    }
    return open(span, CURRENT.get());
  }

  private static TraceScope open(Span span, Span previous) {
    // the MDC as it was, when no span of ours set it (another tool's ids are put back at close)
    String traceBefore = previous == null ? MDC.get(MDC_TRACE_ID) : previous.traceId();
    String spanBefore = previous == null ? MDC.get(MDC_SPAN_ID) : previous.spanId();
    CURRENT.set(span);
    MDC.put(MDC_TRACE_ID, span.traceId());
    MDC.put(MDC_SPAN_ID, span.spanId());
    return new TraceScope(span, previous, traceBefore, spanBefore);
  }

  static void restore(Span previous, String mdcTraceId, String mdcSpanId) {
    // set, not remove: a pooled thread keeps its (empty) entry instead of a remove + insert per call
    CURRENT.set(previous);
    TraceScope.putMdc(MDC_TRACE_ID, mdcTraceId);
    TraceScope.putMdc(MDC_SPAN_ID, mdcSpanId);
  }
}
