package io.cloudtrade.monitoringagent.alerts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cloudtrade.monitoring.alerts.*}: the built-in alert evaluator's defaults. Checked at start
 * (here and by {@link AlertRules#from}; a bad value stops the application); {@link #rules()} holds the overrides per product, link and
 * code as JSON (see {@link AlertRules}), replaced at run time by {@link AlertEvaluator#updateRules}.
 *
 * @param enabled {@code enabled}: false, no evaluator at all (nothing on the hot path)
 * @param evaluationInterval {@code evaluation-interval}: how often the daemon evaluates
 * @param availabilityObjective {@code availability-objective}: share of calls without an own error
 * @param latencyObjective {@code latency-objective}: share of calls within {@code latency-threshold}
 * @param latencyThreshold {@code latency-threshold}: a call whose self latency exceeds it is slow
 * @param minCallsLong {@code min-calls-long}: no burn alert below this many calls in the long window
 * @param minCallsShort {@code min-calls-short}: nor below this many in the short window
 * @param minBadCalls {@code min-bad-calls}: nor below this many bad calls in the long window
 * @param page {@code page.*}: the fast tier (long-window 5m, short-window 30s, burn-rate 14.4, hold-for 0s)
 * @param ticket {@code ticket.*}: the slow tier (long-window 1h, short-window 5m, burn-rate 6, hold-for 2m)
 * @param code {@code code.*}: business error codes against their own baseline
 * @param resolveDelay {@code resolve-delay}: how long a condition stays false before its alert resolves
 * @param renotifyInterval {@code renotify-interval}: how often a firing alert is announced again
 * @param rules {@code rules}: overrides as JSON (products, links, codes, or any key above), empty: none
 * @param maxSamples {@code max-samples}: sample request and trace ids per alert
 * @param impactCap {@code impact-cap}: distinct accounts and orders counted exactly, then "at least"
 * @param recentSize {@code recent-size}: resolved alerts kept for the endpoint
 */
@ConfigurationProperties("cloudtrade.monitoring.alerts")
public record AlertProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("1s") Duration evaluationInterval,
    @DefaultValue("0.999") double availabilityObjective,
    @DefaultValue("0.99") double latencyObjective,
    @DefaultValue("300ms") Duration latencyThreshold,
    @DefaultValue("30") long minCallsLong,
    @DefaultValue("5") long minCallsShort,
    @DefaultValue("3") long minBadCalls,
    TierProperties page,
    TierProperties ticket,
    @DefaultValue CodeProperties code,
    @DefaultValue("2m") Duration resolveDelay,
    @DefaultValue("30m") Duration renotifyInterval,
    @DefaultValue("") String rules,
    @DefaultValue("5") int maxSamples,
    @DefaultValue("1000") int impactCap,
    @DefaultValue("50") int recentSize) {

  public AlertProperties {
    page = TierProperties.page().with(page);
    ticket = TierProperties.ticket().with(ticket);
    code = code == null ? CodeProperties.defaults() : code;
    rules = rules == null ? "" : rules;
    if (evaluationInterval == null || evaluationInterval.toMillis() < 100 || evaluationInterval.toSeconds() > 60) {
      throw new IllegalArgumentException(
          "cloudtrade.monitoring.alerts.evaluation-interval must be between 100ms and 60s, got " + evaluationInterval);
    }
    requireRange("max-samples", maxSamples, 0, 100);
    requireRange("impact-cap", impactCap, 1, 1_000_000);
    requireRange("recent-size", recentSize, 0, 10_000);
    // the rest is checked by AlertRules.from(properties) when the evaluator is made (the checks of a
    // runtime update): a bad value stops the application all the same
  }

  /** Every default, no overrides. */
  public static AlertProperties defaults() {
    return new AlertProperties(true, Duration.ofSeconds(1), 0.999, 0.99, Duration.ofMillis(300), 30, 5, 3,
        TierProperties.page(), TierProperties.ticket(), CodeProperties.defaults(), Duration.ofMinutes(2),
        Duration.ofMinutes(30), "", 5, 1000, 50);
  }

  /** A copy with other override rules (JSON). */
  public AlertProperties withRules(String json) {
    return new AlertProperties(enabled, evaluationInterval, availabilityObjective, latencyObjective, latencyThreshold,
        minCallsLong, minCallsShort, minBadCalls, page, ticket, code, resolveDelay, renotifyInterval, json, maxSamples, impactCap,
        recentSize);
  }

  private static void requireRange(String key, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          "cloudtrade.monitoring.alerts." + key + " must be between " + min + " and " + max + ", got " + value);
    }
  }

  /**
   * A burn-rate tier: fires when the burn rate exceeds {@code burnRate} in both windows. A value not
   * set keeps the tier's default.
   *
   * @param enabled {@code enabled}
   * @param longWindow {@code long-window}
   * @param shortWindow {@code short-window}
   * @param burnRate {@code burn-rate}: multiples of the error budget's even spending
   * @param holdFor {@code hold-for}: how long the condition holds before the alert is announced
   */
  public record TierProperties(Boolean enabled, Duration longWindow, Duration shortWindow, Double burnRate,
      Duration holdFor) {
    public static TierProperties page() {
      return new TierProperties(true, Duration.ofMinutes(5), Duration.ofSeconds(30), 14.4, Duration.ZERO);
    }

    public static TierProperties ticket() {
      return new TierProperties(true, Duration.ofHours(1), Duration.ofMinutes(5), 6.0, Duration.ofMinutes(2));
    }

    /** These values, overridden by those set in {@code other} (which may be null). */
    TierProperties with(TierProperties other) {
      if (other == null) {
        return this;
      }
      return new TierProperties(
          other.enabled != null ? other.enabled : enabled,
          other.longWindow != null ? other.longWindow : longWindow,
          other.shortWindow != null ? other.shortWindow : shortWindow,
          other.burnRate != null ? other.burnRate : burnRate,
          other.holdFor != null ? other.holdFor : holdFor);
    }
  }

  /**
   * Business error codes: fire when the short window has at least {@code minCount} own rejections
   * with the code and their ratio exceeds {@code max(floor, baseline ratio x factor)}.
   *
   * @param shortWindow {@code code.short-window}
   * @param baselineWindow {@code code.baseline-window}: before the short window
   * @param minCount {@code code.min-count}
   * @param floor {@code code.floor}
   * @param factor {@code code.factor}
   * @param minBaselineCalls {@code code.min-baseline-calls}: the link's calls the baseline needs
   * @param severity {@code code.severity}: {@code page} or {@code ticket}
   */
  public record CodeProperties(
      @DefaultValue("1m") Duration shortWindow,
      @DefaultValue("30m") Duration baselineWindow,
      @DefaultValue("10") long minCount,
      @DefaultValue("0.05") double floor,
      @DefaultValue("4") double factor,
      @DefaultValue("300") long minBaselineCalls,
      @DefaultValue("page") String severity) {
    public static CodeProperties defaults() {
      return new CodeProperties(Duration.ofMinutes(1), Duration.ofMinutes(30), 10, 0.05, 4, 300, "page");
    }
  }
}
