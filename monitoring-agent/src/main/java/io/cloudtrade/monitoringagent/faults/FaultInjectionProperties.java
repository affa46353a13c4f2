package io.cloudtrade.monitoringagent.faults;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cloudtrade.monitoring.fault-injection.*}: off by default; never turn it on in production.
 *
 * @param enabled {@code enabled}: true allows rules (here and at run time through {@link
 *     FaultInjection#update})
 * @param rules {@code rules}: the rules at start, as JSON ({@link FaultRules}); empty: none; ignored
 *     while disabled
 */
@ConfigurationProperties("cloudtrade.monitoring.fault-injection")
public record FaultInjectionProperties(@DefaultValue("false") boolean enabled, @DefaultValue("") String rules) {
  public FaultInjectionProperties {
    rules = rules == null ? "" : rules;
    FaultRules.parse(rules); // a bad document stops the application (disabled or not)
  }

  /** The fault injection these properties describe. */
  public FaultInjection toFaultInjection() {
    return new FaultInjection(enabled, FaultRules.parse(rules), null);
  }
}
