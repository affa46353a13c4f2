package io.cloudtrade.monitoringagent.alerts;

/** What an alert is about. */
public enum AlertKind {
  /** Own system errors of a link burn its availability objective (errors caused downstream do not count). */
  AVAILABILITY,
  /** Calls of a link slower than the threshold in their self latency burn its latency objective. */
  LATENCY,
  /** A business error code a link originated rises well above its own baseline. */
  CODE_SURGE
}
