package io.cloudtrade.monitoringagent;

import org.slf4j.MDC;

/**
 * A span made current on this thread until {@link #close()}, which makes the previous one current
 * again (and puts back the MDC as it was). Use with try-with-resources, on the thread that opened it;
 * scopes must close in reverse order of opening. Closing twice, or on another thread, does nothing.
 */
public final class TraceScope implements AutoCloseable {
  private final Span span;
  private final Span previous;
  private final String mdcTraceIdBefore;
  private final String mdcSpanIdBefore;
  private final Thread owner;
  private boolean closed;

  TraceScope(Span span, Span previous, String mdcTraceIdBefore, String mdcSpanIdBefore) {
    this.span = span;
    this.previous = previous;
    this.mdcTraceIdBefore = mdcTraceIdBefore;
    this.mdcSpanIdBefore = mdcSpanIdBefore;
    this.owner = Thread.currentThread();
  }

  public Span span() {
    return span;
  }

  @Override
  public void close() {
    if (closed || Thread.currentThread() != owner) {
      return;
    }
    closed = true;
    TraceContext.restore(previous, mdcTraceIdBefore, mdcSpanIdBefore);
  }

  static void putMdc(String key, String value) {
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }
}
