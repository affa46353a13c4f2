package io.cloudtrade.traceanalyzer;

import java.util.Arrays;

/** A growable list of longs (no boxing). */
final class LongList {
  private long[] values = new long[16];
  private int size;

  void add(long v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  void clear() {
    size = 0;
  }

  long get(int i) {
    return values[i];
  }

  int size() {
    return size;
  }

  /** A sorted copy. */
  long[] sorted() {
    long[] copy = Arrays.copyOf(values, size);
    Arrays.sort(copy);
    return copy;
  }

  /** The nearest-rank percentile {@code p} (0 &lt; p &lt;= 100) of sorted values: the smallest value with at least p% of them at or below it. */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }
}
