package io.cloudtrade.routing.dubbo;

import io.cloudtrade.routing.RoutingAttachments;
import io.cloudtrade.routing.RoutingDecision;
import io.cloudtrade.routing.RoutingException;
import org.apache.dubbo.common.constants.CommonConstants;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.rpc.AsyncRpcResult;
import org.apache.dubbo.rpc.Filter;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider side (the Dubbo filter {@value #NAME}, active for every service): every hop agrees on the
 * decision, and a provider serves only the calls decided for its center.
 *
 * <ul>
 *   <li>The call's {@code ct-route-*} attachments are made {@link RoutingContext#current() current} while the
 *       method runs, so the provider's own Dubbo calls carry the same decision (and a call that carries none
 *       runs with none, whatever the thread had).
 *   <li>A provider that declares its center ({@value ProviderCenter#KEY}) refuses a call decided for another
 *       center, unless its center is the decision's failover center ({@link ProviderCenter#mayServe}): the
 *       method is not run, the caller gets an {@link RpcException} ({@link RpcException#FORBIDDEN_EXCEPTION})
 *       naming both centers, and one WARN line is logged. Such a call can only come from a consumer without
 *       {@link CenterStateRouter}, with a wrong view of the providers' centers, or crafted by hand.
 *   <li>A malformed or incomplete set of {@code ct-route-*} attachments is refused the same way.
 *   <li>A provider that declares no center serves every call, and passes the decision on.
 * </ul>
 *
 * The decision is current on the thread that runs the method (Dubbo's synchronous execution); a provider
 * method that completes asynchronously on other threads must pass it on itself.
 */
@Activate(group = CommonConstants.PROVIDER, order = RoutingProviderFilter.ORDER)
public class RoutingProviderFilter implements Filter {
  /** The SPI name. */
  public static final String NAME = "cloudtrade-routing";
  /** After the monitoring agent's trace filter (-30000), so that a refusal is traced; before Dubbo's own. */
  static final int ORDER = -20000;

  private static final Logger log = LoggerFactory.getLogger(RoutingProviderFilter.class);

  /** Dubbo creates it from the SPI file. */
  public RoutingProviderFilter() {}

  @Override
  public Result invoke(Invoker<?> invoker, Invocation invocation) throws RpcException {
    String center = ProviderCenter.of(invoker.getUrl());
    RoutingDecision decision;
    try {
      decision = RoutingAttachments.fromMap(invocation.getObjectAttachments());
    } catch (RoutingException e) {
      return refuse(invocation, invoker, center, e.getMessage());
    }
    if (decision != null && center != null && !ProviderCenter.mayServe(decision, center)) {
      String failover = ProviderCenter.failoverCenter(decision);
      return refuse(invocation, invoker, center, "decided for center " + decision.center()
          + (failover == null ? " without failover" : " with failover to " + failover)
          + " (policy " + decision.policy() + ", rules version " + decision.ruleVersion() + ")");
    }
    return RoutingContext.within(decision, () -> invoker.invoke(invocation));
  }

  private static Result refuse(Invocation invocation, Invoker<?> invoker, String center, String why) {
    String message = "call to " + invoker.getInterface().getName() + "." + invocation.getMethodName()
        + " refused by the provider of center " + (center == null ? "(none)" : center) + ": " + why;
    log.warn(message);
    RpcException refusal = new RpcException(RpcException.FORBIDDEN_EXCEPTION, message);
    return AsyncRpcResult.newDefaultAsyncResult(refusal, invocation);
  }
}
