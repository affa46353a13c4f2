package io.cloudtrade.monitoringagent.faults;

import io.cloudtrade.kernel.Outcome;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault injection for chaos runs and alert acceptance tests: per link, an extra delay, a system error
 * ({@link InjectedFault}) or a business rejection, each for a percentage of the calls ({@link
 * FaultRules}). Applied on the provider side before the real call: by the Dubbo filter for provider
 * calls (link = the interface's simple name and the method) and by the {@code @Monitored} aspect for
 * in-process calls (link = its service and operation).
 *
 * <p>Off unless {@code cloudtrade.monitoring.fault-injection.enabled=true}: then {@link #decide} costs
 * one volatile read and rules cannot be set. Thread-safe.
 */
public final class FaultInjection {
  private static final Logger log = LoggerFactory.getLogger(FaultInjection.class);
  private static final FaultInjection DISABLED = new FaultInjection(false, FaultRules.none(), null);

  private final boolean enabled;
  private final RandomGenerator random;
  /** The rules in force, or null when none apply (disabled, or empty): the one read of the hot path. */
  private volatile FaultRules active;
  private volatile FaultRules current;

  /**
   * @param random the source of the percentages (seed it in tests), or null for {@link ThreadLocalRandom}
   */
  public FaultInjection(boolean enabled, FaultRules rules, RandomGenerator random) {
    this.enabled = enabled;
    this.random = random;
    this.current = rules == null ? FaultRules.none() : rules;
    this.active = enabled && !current.isEmpty() ? current : null;
    if (active != null) {
      log.warn("FAULT INJECTION is on: {}", active);
    }
  }

  /** Off: no fault, ever. */
  public static FaultInjection disabled() {
    return DISABLED;
  }

  public boolean enabled() {
    return enabled;
  }

  public FaultRules rules() {
    return current;
  }

  /**
   * Replaces the rules with a JSON document ({@link FaultRules}). Refused when fault injection is
   * disabled ({@link IllegalStateException}) or the document is invalid ({@link
   * IllegalArgumentException}, saying why); the rules in force then stay.
   */
  public FaultRules update(String json) {
    if (!enabled) {
      throw new IllegalStateException("fault injection is disabled (cloudtrade.monitoring.fault-injection.enabled=false)");
    }
    FaultRules parsed;
    try {
      parsed = FaultRules.parse(json);
    } catch (IllegalArgumentException e) {
      log.warn("fault-injection rules refused, the previous ones stay: {}", e.getMessage());
      throw e;
    }
    current = parsed;
    active = parsed.isEmpty() ? null : parsed;
    log.warn("FAULT INJECTION rules now: {}", parsed);
    return parsed;
  }

  /** What to do to this call of {@code link}, or null: nothing (always null when disabled). */
  public Fault decide(String link) {
    FaultRules r = active;
    if (r == null) {
      return null;
    }
    FaultRules.Rule rule = r.find(link);
    if (rule == null) {
      return null;
    }
    RandomGenerator g = random != null ? random : ThreadLocalRandom.current();
    long delay = rule.delayMs() > 0 && g.nextDouble() * 100 < rule.delayPercent() ? rule.delayMs() : 0;
    double roll = g.nextDouble() * 100;
    Fault.Kind kind = roll < rule.errorPercent() ? Fault.Kind.ERROR
        : roll < rule.errorPercent() + rule.rejectPercent() ? Fault.Kind.REJECT : Fault.Kind.NONE;
    if (delay == 0 && kind == Fault.Kind.NONE) {
      return null;
    }
    return new Fault(link, delay, kind, kind == Fault.Kind.REJECT ? rule.rejectCode() : null);
  }

  /**
   * One call's fault.
   *
   * @param delayMillis to wait before the call (0: none)
   * @param kind what to answer instead of calling ({@code NONE}: call after the delay)
   * @param code the rejection's code ({@code REJECT})
   */
  public record Fault(String link, long delayMillis, Kind kind, String code) {
    public enum Kind { NONE, ERROR, REJECT }

    /** Waits the delay (an interrupt ends it early and is kept). */
    public void sleep() {
      if (delayMillis <= 0) {
        return;
      }
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** The exception to answer with ({@code ERROR}, or {@code REJECT} for a method without Outcome). */
    public RuntimeException exception() {
      return kind == Kind.REJECT
          ? new InjectedRejection(code, "rejection injected on " + link)
          : new InjectedFault("fault injected on " + link);
    }

    /**
     * What the call answers instead of running, for a method returning {@code returnType}: a rejected
     * Outcome when it returns one and the fault is a rejection; else throws {@link #exception()}.
     */
    public Object answer(Class<?> returnType) {
      if (kind == Kind.REJECT && returnType != null && Outcome.class.isAssignableFrom(returnType)) {
        return Outcome.rejected(code, "rejection injected on " + link);
      }
      throw exception();
    }
  }
}
