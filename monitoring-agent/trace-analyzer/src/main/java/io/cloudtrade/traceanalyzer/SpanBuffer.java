package io.cloudtrade.traceanalyzer;

import java.util.Arrays;

/**
 * The spans of one trace as read, packed in one {@code long[]}: five longs (40 bytes) a span and no object per
 * span. Slot layout: span id, parent span id, start (microseconds since the epoch), latency (microseconds), and
 * a word with the link id (bits 0-31), the outcome (bits 32-33) and "has a parent" (bit 34).
 */
final class SpanBuffer {
  private static final int W = 5;
  private static final long HAS_PARENT = 1L << 34;

  private long[] data = new long[4 * W];
  private int size;

  void add(long spanId, boolean hasParent, long parentSpanId, long startMicros, long latencyMicros, int link, Outcome outcome) {
    if ((size + 1) * W > data.length) {
      data = Arrays.copyOf(data, data.length * 2);
    }
    int at = size * W;
    data[at] = spanId;
    data[at + 1] = hasParent ? parentSpanId : 0;
    data[at + 2] = startMicros;
    data[at + 3] = latencyMicros;
    data[at + 4] = (link & 0xffffffffL) | ((long) outcome.ordinal() << 32) | (hasParent ? HAS_PARENT : 0);
    size++;
  }

  int size() {
    return size;
  }

  long spanId(int i) {
    return data[i * W];
  }

  boolean hasParent(int i) {
    return (data[i * W + 4] & HAS_PARENT) != 0;
  }

  long parentSpanId(int i) {
    return data[i * W + 1];
  }

  long startMicros(int i) {
    return data[i * W + 2];
  }

  long latencyMicros(int i) {
    return data[i * W + 3];
  }

  int link(int i) {
    return (int) data[i * W + 4];
  }

  Outcome outcome(int i) {
    return Outcome.ofOrdinal((int) ((data[i * W + 4] >>> 32) & 3));
  }
}
