/**
 * Trace analysis over the request logs of the monitoring agent: {@link
 * io.cloudtrade.traceanalyzer.TraceAnalyzer} (the command line) reads the lines of every service ({@link
 * io.cloudtrade.traceanalyzer.RequestLogReader}), groups them by trace ({@link
 * io.cloudtrade.traceanalyzer.TraceStore}), rebuilds each span tree ({@link io.cloudtrade.traceanalyzer.Trace}),
 * walks its critical path ({@link io.cloudtrade.traceanalyzer.CriticalPath}) and finds the links that add the
 * most latency to the slow traces ({@link io.cloudtrade.traceanalyzer.Analysis}).
 */
package io.cloudtrade.traceanalyzer;
