package io.cloudtrade.traceanalyzer;

import java.util.List;

/**
 * What {@link Analysis} found. Times in microseconds.
 *
 * @param input what was read
 * @param settings how it was analysed
 * @param spans spans in the analysed traces (duplicates dropped, synthetic roots not counted)
 * @param duplicates lines dropped as duplicates of a span already read
 * @param orphans spans whose parent was not in the logs
 * @param syntheticRoots traces that got a synthetic root (orphans, no root or several roots)
 * @param singleSpanTraces traces of one span
 * @param outsideWindow traces left out by {@code --since} / {@code --until}
 * @param traces traces analysed
 * @param slowThreshold the {@code slowPercentile} of the traces' latencies: slower traces are slow
 * @param slowTraces traces slower than the threshold
 * @param meanSlow mean latency of the slow traces
 * @param meanNormal mean latency of the other traces
 * @param links every link, most critical-path self time first
 * @param byAdded every link, the one that adds the most to slow traces first
 * @param standsOut whether the first of {@code byAdded} passes the rule of {@link Analysis#standsOut}
 * @param slowest the slowest traces, slowest first, at most {@code settings.top()}
 * @param linkTable the links by id (a trace's spans hold link ids)
 */
public record Findings(InputStats input, Analysis.Settings settings, long spans, long duplicates, long orphans,
    long syntheticRoots, long singleSpanTraces, long outsideWindow, long traces, long slowThreshold, long slowTraces,
    double meanSlow, double meanNormal, List<LinkRow> links, List<LinkRow> byAdded, boolean standsOut,
    List<CriticalPath> slowest, Links linkTable) {

  /** How much slower the slow traces are than the others, on average. */
  public double excess() {
    return slowTraces == 0 ? 0 : meanSlow - meanNormal;
  }

  /** The link of a span's link id. */
  public Link link(int id) {
    return linkTable.get(id);
  }

  /** The link that adds the most latency to slow traces (whether it stands out or not), or null. */
  public LinkRow top() {
    return byAdded.isEmpty() || slowTraces == 0 ? null : byAdded.get(0);
  }
}
