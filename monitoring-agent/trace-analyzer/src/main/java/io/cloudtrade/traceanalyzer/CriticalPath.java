package io.cloudtrade.traceanalyzer;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The critical path of a trace: the chain of spans that makes up its end-to-end latency, as a list of sections
 * in time order, each owned by one span, covering the root exactly once from its start to its end.
 *
 * <h2>The algorithm (a backward walk, as in Jaeger's and Uber's critical-path analysis)</h2>
 *
 * <ol>
 *   <li>Start at the root with a cursor at the root's end.
 *   <li>Among the span's children that finished before the cursor, take the one that finished last; the time
 *       from its end to the cursor is the span's own <b>self time</b> on the path (the span was doing its own
 *       work, or waiting for nothing that was recorded).
 *   <li>Walk into that child the same way, within the child's time, from its end back to its start.
 *   <li>Back in the span, move the cursor to the child's start and repeat step 2: only children that finished
 *       before the child that was walked started can have held the span up before it.
 *   <li>When no child is left, the time from the span's start to the cursor is self time too; go back to the
 *       parent at the span's start.
 * </ol>
 *
 * Rules for real-world data:
 *
 * <ul>
 *   <li><b>Clamping</b>: a child is first clamped into its parent's time (clocks of processes differ by a few ms,
 *       so a child may seem to start before its parent or end after it; an asynchronous child may really end
 *       later). A child entirely outside its parent's time, or of zero length, is not on any path.
 *   <li><b>Overlapping children</b> (parallel calls): only the one that finished last is on the path; one that
 *       ends after the cursor is skipped (it ran in parallel with the child already walked, which finished later).
 *   <li><b>Tolerance</b>: {@code ts} has millisecond resolution while latencies are in microseconds, so of two
 *       sequential calls the second may seem to start up to 1 ms before the first ended. A child ending at most
 *       {@link #TOLERANCE_MICROS} after the cursor still counts as finished before it, and is cut at the cursor.
 * </ul>
 *
 * The self times of the spans on the path add up to the root's latency exactly. Iterative (no recursion): deep
 * traces cannot overflow the stack. Time: O(n log n) for n spans (each span's children are sorted once).
 */
public final class CriticalPath {
  /** How much a child may seem to end after the point it must end before: the resolution of {@code ts}. */
  public static final long TOLERANCE_MICROS = 1000;

  private final Trace trace;
  private final long[] selfMicros;
  private int sections;
  private int[] sectionSpan = new int[8];
  private long[] sectionFrom = new long[8];
  private long[] sectionTo = new long[8];

  private CriticalPath(Trace trace) {
    this.trace = trace;
    this.selfMicros = new long[trace.size()];
  }

  /** Walks the critical path of {@code trace} (see the class comment). */
  public static CriticalPath of(Trace trace) {
    CriticalPath path = new CriticalPath(trace);
    path.walk();
    path.reverseSections();
    return path;
  }

  /** A span being walked: its window, its clamped children by end (latest first), the cursor. */
  private static final class Frame {
    final int span;
    final long windowStart;
    long cursor;
    final int[] kids;
    final long[] kidStart;
    final long[] kidEnd;
    int next;

    Frame(Trace t, int span, long windowStart, long windowEnd) {
      this.span = span;
      this.windowStart = windowStart;
      this.cursor = windowEnd;
      int n = t.childCount(span);
      int[] ids = new int[n];
      long[] s = new long[n];
      long[] e = new long[n];
      int kept = 0;
      for (int k = 0; k < n; k++) {
        int c = t.child(span, k);
        long cs = Math.max(t.startMicros(c), windowStart);
        long ce = Math.min(t.endMicros(c), windowEnd);
        if (ce > cs) {
          ids[kept] = c;
          s[kept] = cs;
          e[kept] = ce;
          kept++;
        }
      }
      int[] order = new int[kept];
      for (int k = 0; k < kept; k++) {
        order[k] = k;
      }
      // latest end first; ties: the earlier start first (the longer one explains more), then the index
      IndexSort.sort(order, kept, (a, b) -> {
        int byEnd = Long.compare(e[b], e[a]);
        if (byEnd != 0) {
          return byEnd;
        }
        int byStart = Long.compare(s[a], s[b]);
        return byStart != 0 ? byStart : Integer.compare(ids[a], ids[b]);
      });
      this.kids = new int[kept];
      this.kidStart = new long[kept];
      this.kidEnd = new long[kept];
      for (int k = 0; k < kept; k++) {
        kids[k] = ids[order[k]];
        kidStart[k] = s[order[k]];
        kidEnd[k] = e[order[k]];
      }
    }
  }

  private void walk() {
    int root = trace.root();
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(trace, root, trace.startMicros(root), trace.endMicros(root)));
    while (!stack.isEmpty()) {
      Frame f = stack.peek();
      // children are by end, latest first, and the cursor only moves back: one that is skipped once never fits later
      while (f.next < f.kids.length
          && (f.kidEnd[f.next] > f.cursor + TOLERANCE_MICROS || f.kidStart[f.next] >= f.cursor)) {
        f.next++;
      }
      if (f.next == f.kids.length) {
        section(f.span, f.windowStart, f.cursor);
        stack.pop();
        continue;
      }
      int k = f.next++;
      long childEnd = Math.min(f.kidEnd[k], f.cursor);
      long childStart = f.kidStart[k];
      section(f.span, childEnd, f.cursor);
      f.cursor = childStart;
      stack.push(new Frame(trace, f.kids[k], childStart, childEnd));
    }
  }

  /** Records [from, to) as self time of the span (sections are found backwards; reversed at the end). */
  private void section(int span, long from, long to) {
    if (to <= from) {
      return;
    }
    selfMicros[span] += to - from;
    if (sections > 0 && sectionSpan[sections - 1] == span && sectionFrom[sections - 1] == to) {
      sectionFrom[sections - 1] = from; // adjacent to the previous one of the same span: one section
      return;
    }
    if (sections == sectionSpan.length) {
      sectionSpan = Arrays.copyOf(sectionSpan, sections * 2);
      sectionFrom = Arrays.copyOf(sectionFrom, sections * 2);
      sectionTo = Arrays.copyOf(sectionTo, sections * 2);
    }
    sectionSpan[sections] = span;
    sectionFrom[sections] = from;
    sectionTo[sections] = to;
    sections++;
  }

  private void reverseSections() {
    for (int i = 0, j = sections - 1; i < j; i++, j--) {
      int s = sectionSpan[i];
      sectionSpan[i] = sectionSpan[j];
      sectionSpan[j] = s;
      long f = sectionFrom[i];
      sectionFrom[i] = sectionFrom[j];
      sectionFrom[j] = f;
      long t = sectionTo[i];
      sectionTo[i] = sectionTo[j];
      sectionTo[j] = t;
    }
  }

  public Trace trace() {
    return trace;
  }

  /** The span's self time on the critical path, in microseconds (0 when it is not on the path). */
  public long selfMicros(int span) {
    return selfMicros[span];
  }

  /** Whether the span has self time on the path. */
  public boolean onPath(int span) {
    return selfMicros[span] > 0;
  }

  /** The sections of the path, in time order. */
  public int sectionCount() {
    return sections;
  }

  /** The span owning section {@code i}. */
  public int sectionSpan(int i) {
    return sectionSpan[i];
  }

  public long sectionFromMicros(int i) {
    return sectionFrom[i];
  }

  public long sectionToMicros(int i) {
    return sectionTo[i];
  }

  /** The spans on the path, in order of their first section. */
  public int[] spans() {
    int[] out = new int[sections];
    boolean[] seen = new boolean[trace.size()];
    int n = 0;
    for (int i = 0; i < sections; i++) {
      int s = sectionSpan[i];
      if (!seen[s]) {
        seen[s] = true;
        out[n++] = s;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
