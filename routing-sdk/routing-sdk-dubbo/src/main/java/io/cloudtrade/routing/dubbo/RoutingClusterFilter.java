package io.cloudtrade.routing.dubbo;

import io.cloudtrade.routing.RoutingAttachments;
import io.cloudtrade.routing.RoutingDecision;
import io.cloudtrade.routing.RoutingException;
import java.util.Map;
import org.apache.dubbo.common.constants.CommonConstants;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcContext;
import org.apache.dubbo.rpc.RpcContextAttachment;
import org.apache.dubbo.rpc.RpcException;
import org.apache.dubbo.rpc.cluster.filter.ClusterFilter;

/**
 * The consumer side (the Dubbo cluster filter {@value #NAME}, active for every reference): puts the call's
 * routing decision into its attachments, as the {@code ct-route-*} entries of {@link RoutingAttachments},
 * before a provider is chosen, so that {@link CenterStateRouter} routes on it and the provider receives it.
 *
 * <p>The decision is {@link RoutingContext#current()} when one is set; otherwise the one already in the
 * invocation's attachments, or in {@link RpcContext#getClientAttachment()} (set by hand); otherwise the call
 * carries none and is routed as without this SDK. The decision written replaces every {@code ct-route-*}
 * entry there was, in the invocation and in the client attachments. A malformed or incomplete set of
 * {@code ct-route-*} attachments fails the call ({@link RpcException#FORBIDDEN_EXCEPTION}) before any provider
 * is chosen: a call is never sent on without the decision it claimed to have.
 */
@Activate(group = CommonConstants.CONSUMER, order = RoutingClusterFilter.ORDER)
public class RoutingClusterFilter implements ClusterFilter {
  /** The SPI name. */
  public static final String NAME = "cloudtrade-routing-cluster";
  /** After the monitoring agent's trace filter (-30000), before Dubbo's own filters. */
  static final int ORDER = -20000;

  /** Dubbo creates it from the SPI file. */
  public RoutingClusterFilter() {}

  @Override
  public Result invoke(Invoker<?> invoker, Invocation invocation) throws RpcException {
    RoutingDecision decision = RoutingContext.current();
    RpcContextAttachment client = RpcContext.getClientAttachment();
    if (decision == null) {
      decision = received(invocation.getObjectAttachments(), "the invocation's attachments");
    }
    if (decision == null) {
      decision = received(client.getObjectAttachments(), "RpcContext's client attachments");
    }
    if (decision != null) {
      attach(invocation, decision);
      for (String key : RoutingAttachments.KEYS) {
        client.removeAttachment(key);
      }
    }
    return invoker.invoke(invocation);
  }

  /** Replaces the invocation's {@code ct-route-*} attachments with the decision's. */
  static void attach(Invocation invocation, RoutingDecision decision) {
    Map<String, Object> attachments = invocation.getObjectAttachments();
    for (String key : RoutingAttachments.KEYS) {
      if (attachments.containsKey(key)) {
        attachments.remove(key);
      }
    }
    RoutingAttachments.toMap(decision).forEach(invocation::setAttachment);
  }

  private static RoutingDecision received(Map<String, Object> attachments, String where) {
    try {
      return RoutingAttachments.fromMap(attachments);
    } catch (RoutingException e) {
      throw new RpcException(RpcException.FORBIDDEN_EXCEPTION,
          "call refused before routing, " + e.getMessage() + " (in " + where + ")", e);
    }
  }
}
