package io.cloudtrade.monitoringagent.dubbo;

import org.apache.dubbo.common.constants.CommonConstants;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.rpc.cluster.filter.ClusterFilter;

/**
 * The consumer side of {@link TraceFilter}, as a cluster filter ({@code cloudtrade-trace-cluster}):
 * it runs around the whole cluster call, before a provider is chosen, so it sees every outgoing call,
 * including one that fails because no provider is available (a dead dependency), which never reaches
 * the provider-level filters. It attaches the trace, times the call for the caller's span and records
 * a call its callee never answered for the callee's link.
 */
@Activate(group = CommonConstants.CONSUMER, order = TraceFilter.ORDER)
public class TraceClusterFilter extends TraceFilter implements ClusterFilter {}
