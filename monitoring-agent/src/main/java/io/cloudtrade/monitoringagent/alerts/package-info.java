/**
 * The built-in alert evaluator: per link (and product, and code) counts on the hot path, multi-window
 * multi-burn-rate availability and latency alerts on own errors and self latency, business error codes
 * against their own baseline, rules as JSON changeable at run time, alerts with their impact. See
 * {@link io.cloudtrade.monitoringagent.alerts.AlertEvaluator} and the module's README.md.
 */
package io.cloudtrade.monitoringagent.alerts;
