package io.cloudtrade.traceanalyzer;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Every span read so far, grouped by trace id. All of them stay until {@link #drain}: the spans of one trace may
 * be in any file, at any place, so no trace is complete before the last line has been read.
 *
 * <p>Memory: 40 bytes per span (one packed slot in its trace's {@link SpanBuffer}; up to twice that while the
 * buffer has room to grow) plus about 150 bytes per trace (the map entry, the trace id string, the buffer). Measured:
 * 56 MB of live heap for 872,000 spans in 110,000 traces, 64 bytes per span all included
 * ({@code benchmarks/results/trace-analyzer.md}).
 */
public final class TraceStore {
  private final Map<String, SpanBuffer> traces = new HashMap<>();
  private long spans;

  void add(LineParser.Parsed s, int link) {
    traces.computeIfAbsent(s.traceId, id -> new SpanBuffer())
        .add(s.spanId, s.hasParent, s.parentSpanId, s.startMicros, s.latencyMicros, link, s.outcome);
    spans++;
  }

  /** Adds one span (for tests and tools that do not read log lines). */
  public void add(String traceId, String spanId, String parentSpanId, long startMicros, long latencyMicros, int link, Outcome outcome) {
    traces.computeIfAbsent(traceId, id -> new SpanBuffer()).add(SpanIds.toLong(spanId), parentSpanId != null,
        parentSpanId == null ? 0 : SpanIds.toLong(parentSpanId), startMicros, latencyMicros, link, outcome);
    spans++;
  }

  public int traceCount() {
    return traces.size();
  }

  /** Spans added, duplicates included. */
  public long spanCount() {
    return spans;
  }

  /** Hands every trace to {@code consumer} and forgets it at once, so its memory can go. */
  void drain(BiConsumer<String, SpanBuffer> consumer) {
    Iterator<Map.Entry<String, SpanBuffer>> it = traces.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, SpanBuffer> e = it.next();
      it.remove();
      consumer.accept(e.getKey(), e.getValue());
    }
    spans = 0;
  }
}
