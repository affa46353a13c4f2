package io.cloudtrade.traceanalyzer;

/**
 * What the analysis found for one link. Times in microseconds.
 *
 * @param link the link
 * @param calls spans of the link (for the synthetic root: traces that needed one)
 * @param p50 latency percentiles and maximum of its spans (nearest rank)
 * @param errors spans with outcome ERROR
 * @param rejections spans with outcome REJECTED
 * @param criticalSelf total self time on the critical paths of all traces
 * @param criticalShare {@code criticalSelf} over the sum of all traces' latencies
 * @param slowMeanSelf mean self time on the critical path per slow trace (counting the slow traces where it is absent as 0)
 * @param normalMeanSelf the same per other trace
 * @param slowOnPath how many slow traces have it on the critical path
 */
public record LinkRow(Link link, long calls, long p50, long p90, long p99, long max, long errors, long rejections,
    long criticalSelf, double criticalShare, double slowMeanSelf, double normalMeanSelf, long slowOnPath) {

  /** What it adds to a slow trace: {@code slowMeanSelf - normalMeanSelf}, microseconds. */
  public double added() {
    return slowMeanSelf - normalMeanSelf;
  }
}
