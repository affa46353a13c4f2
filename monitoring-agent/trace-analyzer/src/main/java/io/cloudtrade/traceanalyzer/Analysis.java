package io.cloudtrade.traceanalyzer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Aggregates traces, one at a time, into {@link Findings}.
 *
 * <h2>Slow traces and the links that add latency</h2>
 *
 * <ul>
 *   <li>A trace's latency is its root's. A trace is <b>slow</b> when its latency is above the {@code
 *       slowPercentile} (nearest rank, default p90) of all analysed traces; the others are <b>normal</b>.
 *   <li>Each trace's critical path ({@link CriticalPath}) gives every link its self time on the path in that trace
 *       (0 when not on it; summed when the link is on it several times).
 *   <li>A link <b>adds</b> {@code mean self time per slow trace - mean self time per normal trace}. Both means are
 *       over all traces of the group, those without the link counting 0: a link that is slow in few traces, or
 *       only sometimes on the path, is weighted down by how often it appears. The additions of all links sum to
 *       the slow traces' <b>excess</b> (mean latency of slow traces minus that of normal ones), since in every
 *       trace the self times sum to its latency.
 *   <li>The link adding the most <b>stands out</b> when it adds at least {@code minAddedMillis} (default 5 ms) and
 *       at least {@link #MIN_SHARE_OF_EXCESS} (20%) of the excess; otherwise nothing stands out: the slow traces
 *       are slow by the ordinary spread of many links, not because of one.
 * </ul>
 *
 * Memory: per analysed trace its latency and, per link on its path, a link id and a time (about 40 bytes for a
 * path through five links); per span 8 bytes (its latency, for the percentiles); the {@code top} slowest traces.
 * Not thread-safe.
 */
public final class Analysis {
  /** The least share of the slow traces' excess that the top link must add to stand out. */
  public static final double MIN_SHARE_OF_EXCESS = 0.20;

  /**
   * How to analyse.
   *
   * @param slowPercentile traces slower than this percentile of all are slow (0 &lt; p &lt; 100)
   * @param top how many links and slow traces to show
   * @param minAddedMillis what the top link must add to stand out
   * @param since only traces starting at or after this (null: no limit)
   * @param until only traces starting before this (null: no limit)
   */
  public record Settings(double slowPercentile, int top, double minAddedMillis, Instant since, Instant until) {
    public static Settings defaults() {
      return new Settings(90, 10, 5.0, null, null);
    }
  }

  private final Links links;
  private final Settings settings;
  private final Long sinceMicros;
  private final Long untilMicros;

  private final List<LinkTotals> totals = new ArrayList<>();
  private final LongList traceLatency = new LongList();
  private final LongList pathEnd = new LongList();
  private final LongList pathLink = new LongList();
  private final LongList pathSelf = new LongList();
  private long[] scratch = new long[16];
  private final LongList touched = new LongList();
  /** Faster first; among equal latencies, the greater trace id first (a stable order for the report). */
  private static final Comparator<CriticalPath> BY_LATENCY = Comparator
      .comparingLong((CriticalPath p) -> p.trace().latencyMicros())
      .thenComparing(p -> p.trace().traceId(), Comparator.reverseOrder());
  private final PriorityQueue<CriticalPath> slowest = new PriorityQueue<>(BY_LATENCY);

  private long spans;
  private long duplicates;
  private long orphans;
  private long syntheticRoots;
  private long singleSpanTraces;
  private long outsideWindow;

  /** Per link, over all traces. */
  private static final class LinkTotals {
    long calls;
    final LongList latencies = new LongList();
    long errors;
    long rejections;
    long criticalSelf;
    long slowSelf;
    long normalSelf;
    long slowOnPath;
  }

  public Analysis(Links links, Settings settings) {
    this.links = links;
    this.settings = settings;
    this.sinceMicros = settings.since() == null ? null : micros(settings.since());
    this.untilMicros = settings.until() == null ? null : micros(settings.until());
  }

  private static long micros(Instant i) {
    return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
  }

  /** Adds every trace of the store (the store is emptied). */
  public void addAll(TraceStore store) {
    store.drain((id, spans) -> add(Trace.rebuild(id, spans)));
  }

  /** Adds one trace (left out when it starts outside {@code since}/{@code until}). */
  public void add(Trace t) {
    long start = t.startMicros(t.root());
    if ((sinceMicros != null && start < sinceMicros) || (untilMicros != null && start >= untilMicros)) {
      outsideWindow++;
      return;
    }
    CriticalPath path = CriticalPath.of(t);
    int real = t.syntheticRoot() ? t.size() - 1 : t.size();
    spans += real;
    duplicates += t.duplicates();
    orphans += t.orphans();
    if (t.syntheticRoot()) {
      syntheticRoots++;
      totals(Links.MISSING_PARENT).calls++;
    }
    if (real == 1) {
      singleSpanTraces++;
    }
    if (scratch.length < links.size()) {
      scratch = Arrays.copyOf(scratch, Math.max(links.size(), scratch.length * 2));
    }
    touched.clear();
    for (int i = 0; i < t.size(); i++) {
      int link = t.link(i);
      if (!(t.syntheticRoot() && i == t.root())) {
        LinkTotals lt = totals(link);
        lt.calls++;
        lt.latencies.add(t.latencyMicros(i));
        if (t.outcome(i) == Outcome.ERROR) {
          lt.errors++;
        } else if (t.outcome(i) == Outcome.REJECTED) {
          lt.rejections++;
        }
      }
      long self = path.selfMicros(i);
      if (self > 0) {
        if (scratch[link] == 0) {
          touched.add(link);
        }
        scratch[link] += self;
      }
    }
    for (int k = 0; k < touched.size(); k++) {
      int link = (int) touched.get(k);
      totals(link).criticalSelf += scratch[link];
      pathLink.add(link);
      pathSelf.add(scratch[link]);
      scratch[link] = 0;
    }
    pathEnd.add(pathLink.size());
    traceLatency.add(t.latencyMicros());
    if (settings.top() > 0) {
      slowest.add(path);
      if (slowest.size() > settings.top()) {
        slowest.poll();
      }
    }
  }

  private LinkTotals totals(int link) {
    while (totals.size() <= link) {
      totals.add(new LinkTotals());
    }
    return totals.get(link);
  }

  /** Whether a link adding {@code added} to slow traces whose excess is {@code excess} stands out (see above). */
  public static boolean standsOut(double added, double excess, double minAddedMillis) {
    return added >= minAddedMillis * 1000 && added >= MIN_SHARE_OF_EXCESS * excess;
  }

  /** The findings over every trace added. */
  public Findings finish(InputStats input) {
    int n = traceLatency.size();
    long threshold = LongList.percentile(traceLatency.sorted(), settings.slowPercentile());
    long slowCount = 0;
    double slowSum = 0;
    double normalSum = 0;
    long total = 0;
    int from = 0;
    for (int k = 0; k < n; k++) {
      long latency = traceLatency.get(k);
      boolean slow = latency > threshold;
      total += latency;
      if (slow) {
        slowCount++;
        slowSum += latency;
      } else {
        normalSum += latency;
      }
      int to = (int) pathEnd.get(k);
      for (int j = from; j < to; j++) {
        LinkTotals lt = totals((int) pathLink.get(j));
        if (slow) {
          lt.slowSelf += pathSelf.get(j);
          lt.slowOnPath++;
        } else {
          lt.normalSelf += pathSelf.get(j);
        }
      }
      from = to;
    }
    long normalCount = n - slowCount;
    List<LinkRow> rows = new ArrayList<>();
    for (int link = 0; link < totals.size(); link++) {
      LinkTotals lt = totals.get(link);
      if (lt.calls == 0) {
        continue;
      }
      long[] sorted = lt.latencies.sorted();
      rows.add(new LinkRow(links.get(link), lt.calls, LongList.percentile(sorted, 50), LongList.percentile(sorted, 90),
          LongList.percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1], lt.errors, lt.rejections,
          lt.criticalSelf, total == 0 ? 0 : (double) lt.criticalSelf / total,
          slowCount == 0 ? 0 : (double) lt.slowSelf / slowCount, normalCount == 0 ? 0 : (double) lt.normalSelf / normalCount,
          lt.slowOnPath));
    }
    List<LinkRow> byCritical = new ArrayList<>(rows);
    byCritical.sort(Comparator.comparingLong(LinkRow::criticalSelf).reversed().thenComparing(r -> r.link().name()));
    List<LinkRow> byAdded = new ArrayList<>(rows);
    byAdded.sort(Comparator.comparingDouble(LinkRow::added).reversed().thenComparing(r -> r.link().name()));
    double meanSlow = slowCount == 0 ? 0 : slowSum / slowCount;
    double meanNormal = normalCount == 0 ? 0 : normalSum / normalCount;
    boolean standsOut = slowCount > 0 && !byAdded.isEmpty()
        && standsOut(byAdded.get(0).added(), meanSlow - meanNormal, settings.minAddedMillis());
    List<CriticalPath> top = new ArrayList<>(slowest);
    top.sort(BY_LATENCY.reversed());
    return new Findings(input, settings, spans, duplicates, orphans, syntheticRoots, singleSpanTraces, outsideWindow, n,
        threshold, slowCount, meanSlow, meanNormal, List.copyOf(byCritical), List.copyOf(byAdded), standsOut, List.copyOf(top), links);
  }
}
