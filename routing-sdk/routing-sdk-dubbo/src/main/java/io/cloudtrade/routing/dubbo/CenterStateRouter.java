package io.cloudtrade.routing.dubbo;

import io.cloudtrade.routing.RoutingAttachments;
import io.cloudtrade.routing.RoutingDecision;
import io.cloudtrade.routing.RoutingException;
import org.apache.dubbo.common.URL;
import org.apache.dubbo.common.utils.Holder;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.RpcException;
import org.apache.dubbo.rpc.cluster.router.RouterSnapshotNode;
import org.apache.dubbo.rpc.cluster.router.state.AbstractStateRouter;
import org.apache.dubbo.rpc.cluster.router.state.BitList;

/**
 * Sends a call under a routing decision to the providers of the decided center (made by {@link
 * CenterStateRouterFactory} for every reference).
 *
 * <ul>
 *   <li>A call without {@code ct-route-*} attachments: every provider, as without this router.
 *   <li>A call with a decision: the providers whose {@value ProviderCenter#KEY} is the decided center.
 *   <li>None of those: the providers of the decision's {@link ProviderCenter#failoverCenter failover center}
 *       when the decision allows failover and names it (attachment {@code ct-route-failover-to}); never for
 *       resident sensitive data.
 *   <li>Still none: no provider at all, so Dubbo fails the call with its "No provider available"
 *       {@link RpcException}; the call never reaches another center.
 * </ul>
 *
 * Providers that declare no center belong to none: a call under a decision never goes to them. A malformed
 * set of attachments fails the call ({@link RpcException#FORBIDDEN_EXCEPTION}).
 *
 * @param <T> the service interface
 */
public class CenterStateRouter<T> extends AbstractStateRouter<T> {

  /**
   * A router for one reference.
   *
   * @param url the consumer URL of the reference
   */
  public CenterStateRouter(URL url) {
    super(url);
  }

  @Override
  protected BitList<Invoker<T>> doRoute(BitList<Invoker<T>> invokers, URL url, Invocation invocation,
      boolean needToPrintMessage, Holder<RouterSnapshotNode<T>> nodeHolder, Holder<String> messageHolder)
      throws RpcException {
    RoutingDecision decision;
    try {
      decision = RoutingAttachments.fromMap(invocation.getObjectAttachments());
    } catch (RoutingException e) {
      throw new RpcException(RpcException.FORBIDDEN_EXCEPTION, "call to " + invocation.getServiceName() + "."
          + invocation.getMethodName() + " not routed, " + e.getMessage(), e);
    }
    if (decision == null) {
      message(needToPrintMessage, messageHolder, "no routing decision: every provider");
      return invokers;
    }
    BitList<Invoker<T>> own = inCenter(invokers, decision.center());
    if (!own.isEmpty()) {
      message(needToPrintMessage, messageHolder, "center " + decision.center());
      return own;
    }
    String failover = ProviderCenter.failoverCenter(decision);
    if (failover != null) {
      BitList<Invoker<T>> fallback = inCenter(invokers, failover);
      if (!fallback.isEmpty()) {
        message(needToPrintMessage, messageHolder,
            "no provider in center " + decision.center() + ": failover to " + failover);
        return fallback;
      }
    }
    message(needToPrintMessage, messageHolder, "no provider in center " + decision.center()
        + (failover == null ? " and no failover" : " nor in its failover center " + failover));
    return BitList.emptyList();
  }

  /** The invokers of a center: the list itself when all are, a filtered copy otherwise. */
  private static <T> BitList<Invoker<T>> inCenter(BitList<Invoker<T>> invokers, String center) {
    boolean all = true;
    for (Invoker<T> invoker : invokers) {
      if (!center.equals(ProviderCenter.of(invoker.getUrl()))) {
        all = false;
        break;
      }
    }
    if (all) {
      return invokers;
    }
    BitList<Invoker<T>> kept = invokers.clone();
    kept.removeIf(invoker -> !center.equals(ProviderCenter.of(invoker.getUrl())));
    return kept;
  }

  private static void message(boolean needToPrintMessage, Holder<String> messageHolder, String message) {
    if (needToPrintMessage && messageHolder != null) {
      messageHolder.set(message);
    }
  }
}
