package io.cloudtrade.monitoringagent;

/**
 * One span of a trace: the ids a request-log line carries. Immutable; made by {@link TraceContext}.
 * {@code parentSpanId} is {@code null} for the root span of a trace.
 */
public final class Span {
  private final String traceId;
  private final String spanId;
  private final String parentSpanId;

  Span(String traceId, String spanId, String parentSpanId) {
    this.traceId = traceId;
    this.spanId = spanId;
    this.parentSpanId = parentSpanId;
  }

  public String traceId() {
    return traceId;
  }

  public String spanId() {
    return spanId;
  }

  /** The parent span (possibly in another process), or {@code null} for a root span. */
  public String parentSpanId() {
    return parentSpanId;
  }

  @Override
  public String toString() {
    return traceId + "/" + spanId + (parentSpanId == null ? "" : " (parent " + parentSpanId + ")");
  }
}
