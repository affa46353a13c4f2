/**
 * The monitoring agent: annotation-driven request logs and metrics for the trading chain. Not built
 * yet: see the monitoring issue.
 */
package io.cloudtrade.monitoringagent;
