package io.cloudtrade.traceanalyzer;

import java.util.Arrays;

/**
 * One trace rebuilt as a tree of spans, indexed {@code 0..size()-1}; times in microseconds since the epoch (a
 * span ends at its start plus its latency).
 *
 * <p>How the tree is made from the lines of a trace:
 *
 * <ul>
 *   <li><b>Duplicates</b>: lines with the same span id (a line logged twice, a file given twice) count once: the
 *       first one read is kept.
 *   <li><b>Parents</b>: a span's parent is the span whose id is its {@code parentSpanId}. A span without parent id
 *       is a root. A span whose parent is not among the lines (the log of that service was not given, a line was
 *       lost) is an <b>orphan</b>; so is a span whose parent chain loops back to itself (the loop is cut there).
 *   <li><b>The root</b>: with exactly one root and no orphan, that root. Otherwise (no root, several, or orphans)
 *       a <b>synthetic root</b> ({@link Links#MISSING_PARENT}) is added as the last index, with the real roots and
 *       the orphans as its children, from the earliest start to the latest end among them.
 * </ul>
 *
 * Children are not clamped here; {@link CriticalPath} clamps them into their parent's time.
 */
public final class Trace {
  private final String traceId;
  private final int size;
  private final long[] start;
  private final long[] end;
  private final int[] link;
  private final Outcome[] outcome;
  private final int[] parent;
  private final int root;
  private final boolean syntheticRoot;
  private final int[] childFrom;
  private final int[] children;
  private final int orphans;
  private final int duplicates;

  private Trace(String traceId, int size, long[] start, long[] end, int[] link, Outcome[] outcome, int[] parent, int root,
      boolean syntheticRoot, int orphans, int duplicates) {
    this.traceId = traceId;
    this.size = size;
    this.start = start;
    this.end = end;
    this.link = link;
    this.outcome = outcome;
    this.parent = parent;
    this.root = root;
    this.syntheticRoot = syntheticRoot;
    this.orphans = orphans;
    this.duplicates = duplicates;
    this.childFrom = new int[size + 1];
    for (int i = 0; i < size; i++) {
      if (parent[i] >= 0) {
        childFrom[parent[i] + 1]++;
      }
    }
    for (int i = 0; i < size; i++) {
      childFrom[i + 1] += childFrom[i];
    }
    this.children = new int[childFrom[size]];
    int[] fill = Arrays.copyOf(childFrom, size);
    for (int i = 0; i < size; i++) {
      if (parent[i] >= 0) {
        children[fill[parent[i]]++] = i;
      }
    }
  }

  /** Rebuilds the tree of the spans of one trace (see the class comment). */
  static Trace rebuild(String traceId, SpanBuffer spans) {
    int read = spans.size();
    // duplicates: sort by span id, stable, so the first line read of an id comes first
    int[] order = new int[read];
    for (int i = 0; i < read; i++) {
      order[i] = i;
    }
    IndexSort.sort(order, read, (a, b) -> Long.compare(spans.spanId(a), spans.spanId(b)));
    int n = 0;
    long[] ids = new long[read];
    int[] from = new int[read];
    for (int k = 0; k < read; k++) {
      int i = order[k];
      if (n > 0 && ids[n - 1] == spans.spanId(i)) {
        continue;
      }
      ids[n] = spans.spanId(i);
      from[n] = i;
      n++;
    }
    int duplicates = read - n;

    int[] parent = new int[n + 1];
    int roots = 0;
    int orphans = 0;
    final int none = -1;
    final int orphan = -2;
    for (int j = 0; j < n; j++) {
      int i = from[j];
      if (!spans.hasParent(i)) {
        parent[j] = none;
        roots++;
      } else {
        int p = Arrays.binarySearch(ids, 0, n, spans.parentSpanId(i));
        if (p < 0 || p == j) {
          parent[j] = orphan;
          orphans++;
        } else {
          parent[j] = p;
        }
      }
    }
    orphans += cutLoops(parent, n, orphan);

    boolean synthetic = roots != 1 || orphans > 0;
    int size = synthetic ? n + 1 : n;
    long[] start = new long[size];
    long[] end = new long[size];
    int[] link = new int[size];
    Outcome[] outcome = new Outcome[size];
    for (int j = 0; j < n; j++) {
      int i = from[j];
      start[j] = spans.startMicros(i);
      end[j] = start[j] + spans.latencyMicros(i);
      link[j] = spans.link(i);
      outcome[j] = spans.outcome(i);
    }
    int root = -1;
    if (synthetic) {
      root = n;
      long s = Long.MAX_VALUE;
      long e = Long.MIN_VALUE;
      for (int j = 0; j < n; j++) {
        if (parent[j] < 0) {
          parent[j] = root;
          s = Math.min(s, start[j]);
          e = Math.max(e, end[j]);
        }
      }
      start[root] = s;
      end[root] = e;
      link[root] = Links.MISSING_PARENT;
      outcome[root] = Outcome.SUCCESS;
      parent[root] = -1;
    } else {
      for (int j = 0; j < n; j++) {
        if (parent[j] == none) {
          root = j;
        }
      }
    }
    return new Trace(traceId, size, start, end, link, outcome, Arrays.copyOf(parent, size), root, synthetic, orphans, duplicates);
  }

  /**
   * Cuts every loop of parent links (a span that is its own ancestor): the first span of the loop met becomes an
   * orphan. Returns how many were cut. Linear: each span is walked once.
   */
  private static int cutLoops(int[] parent, int n, int orphan) {
    byte[] state = new byte[n]; // 0 not seen, 1 on the current walk, 2 done
    int[] path = new int[n];
    int cut = 0;
    for (int i = 0; i < n; i++) {
      int len = 0;
      int x = i;
      while (x >= 0 && state[x] == 0) {
        state[x] = 1;
        path[len++] = x;
        x = parent[x];
      }
      if (x >= 0 && state[x] == 1) {
        parent[x] = orphan;
        cut++;
      }
      for (int k = 0; k < len; k++) {
        state[path[k]] = 2;
      }
    }
    return cut;
  }

  public String traceId() {
    return traceId;
  }

  /** Spans, the synthetic root included. */
  public int size() {
    return size;
  }

  public int root() {
    return root;
  }

  /** Whether {@link #root()} is the stand-in added above orphans or several roots. */
  public boolean syntheticRoot() {
    return syntheticRoot;
  }

  /** Spans whose parent was not in the logs (or whose parents looped). */
  public int orphans() {
    return orphans;
  }

  /** Lines dropped because their span id had been read already. */
  public int duplicates() {
    return duplicates;
  }

  public long startMicros(int span) {
    return start[span];
  }

  public long endMicros(int span) {
    return end[span];
  }

  public long latencyMicros(int span) {
    return end[span] - start[span];
  }

  /** The root's latency: the trace's end-to-end time. */
  public long latencyMicros() {
    return latencyMicros(root);
  }

  public int link(int span) {
    return link[span];
  }

  public Outcome outcome(int span) {
    return outcome[span];
  }

  /** The parent's index, -1 for the root. */
  public int parent(int span) {
    return parent[span];
  }

  public int childCount(int span) {
    return childFrom[span + 1] - childFrom[span];
  }

  public int child(int span, int k) {
    return children[childFrom[span] + k];
  }
}
