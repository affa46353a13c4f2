/**
 * The monitoring agent: annotation-driven request logs and metrics for the trading chain.
 *
 * <ul>
 *   <li>{@link io.cloudtrade.monitoringagent.Monitored} on a bean (or a method) gives one JSON line on the
 *       logger {@value io.cloudtrade.monitoringagent.RequestLog#LOGGER_NAME} and one Timer sample of
 *       {@value io.cloudtrade.monitoringagent.RequestMetrics#TIMER} per call;
 *   <li>{@link io.cloudtrade.kernel.BusinessField} names the fields of argument classes that
 *       go into the line ({@code requestId}, {@code accountId}, {@code productCode}...);
 *   <li>{@link io.cloudtrade.monitoringagent.BusinessRejection} marks exceptions that are business
 *       rejections, not system errors;
 *   <li>{@link io.cloudtrade.monitoringagent.TraceContext} holds the current trace and span of a thread
 *       (and the SLF4J MDC keys {@code traceId} / {@code spanId}); {@code dubbo.TraceFilter} and
 *       {@code rocketmq.TraceHeaders} carry it across Dubbo calls and RocketMQ messages;
 *   <li>{@link io.cloudtrade.monitoringagent.Downstream} records a span's outgoing calls: the line's self
 *       latency and the downstream link a failure came from;
 *   <li>{@code alerts.AlertEvaluator} raises alerts that name the faulty link; {@code
 *       faults.FaultInjection} injects faults for chaos runs (off by default).
 * </ul>
 *
 * The Spring Boot starter ({@code spring.MonitoringAutoConfiguration}) wires it all. See the module's
 * README.md for the line format, the metric and the configuration keys.
 */
package io.cloudtrade.monitoringagent;
