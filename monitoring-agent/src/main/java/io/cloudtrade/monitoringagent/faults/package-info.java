/**
 * Fault injection for chaos runs and alert acceptance tests, off unless configured: see {@link
 * io.cloudtrade.monitoringagent.faults.FaultInjection}.
 */
package io.cloudtrade.monitoringagent.faults;
