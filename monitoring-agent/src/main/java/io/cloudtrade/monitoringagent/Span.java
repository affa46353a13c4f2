package io.cloudtrade.monitoringagent;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One span of a trace: the ids a request-log line carries (immutable; made by {@link TraceContext}),
 * and the record of its outgoing calls ({@link #downstream()}), made on the first one. {@code
 * parentSpanId} is {@code null} for the root span of a trace.
 */
public final class Span {
  private static final VarHandle DOWNSTREAM;

  static {
    try {
      DOWNSTREAM = MethodHandles.lookup().findVarHandle(Span.class, "downstream", Downstream.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final String traceId;
  private final String spanId;
  private final String parentSpanId;
  private volatile Downstream downstream;

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

  /** The record of this span's outgoing calls, made on first use (thread-safe). */
  public Downstream downstream() {
    Downstream d = downstream;
    if (d != null) {
      return d;
    }
    Downstream made = new Downstream();
    Downstream witness = (Downstream) DOWNSTREAM.compareAndExchange(this, (Downstream) null, made);
    return witness == null ? made : witness;
  }

  /** The record of this span's outgoing calls, or {@code null} when it made none. */
  public Downstream downstreamIfAny() {
    return downstream;
  }

  @Override
  public String toString() {
    return traceId + "/" + spanId + (parentSpanId == null ? "" : " (parent " + parentSpanId + ")");
  }
}
