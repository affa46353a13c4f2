package io.cloudtrade.monitoringagent.alerts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default sink: one line per event on the logger {@value #LOGGER_NAME}, the alert as JSON ({@link
 * Alert#toJson()}) after a prefix a grep finds: {@code ALERT } when it fires (WARN; reminders too,
 * with {@code "notifications"} above 1), {@code RESOLVED } when it resolves (INFO). Counts each event
 * in the counter {@value #COUNTER} tagged {@code kind}, {@code severity} and {@code event} ({@code
 * fired}, {@code renotified}, {@code resolved}): bounded tags, no link.
 */
public final class LoggingAlertSink implements AlertSink {
  public static final String LOGGER_NAME = "cloudtrade.alerts";
  public static final String COUNTER = "cloudtrade.alerts";

  private final Logger log;
  private final MeterRegistry registry;

  public LoggingAlertSink(MeterRegistry registry) {
    this(registry, LoggerFactory.getLogger(LOGGER_NAME));
  }

  LoggingAlertSink(MeterRegistry registry, Logger log) {
    this.registry = registry;
    this.log = log;
  }

  @Override
  public void fired(Alert alert) {
    log.warn("ALERT {}", alert.toJson());
    count(alert, alert.notifications() > 1 ? "renotified" : "fired");
  }

  @Override
  public void resolved(Alert alert) {
    log.info("RESOLVED {}", alert.toJson());
    count(alert, "resolved");
  }

  private void count(Alert alert, String event) {
    if (registry == null) {
      return;
    }
    Counter.builder(COUNTER)
        .description("Alert events of the built-in evaluator")
        .tag("kind", alert.kind().name())
        .tag("severity", alert.severity())
        .tag("event", event)
        .register(registry)
        .increment();
  }
}
