package io.cloudtrade.routing.dubbo;

import io.cloudtrade.routing.RoutingDecision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.dubbo.common.URL;
import org.apache.dubbo.rpc.AsyncRpcResult;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;

/** An invoker that records what it was called with, and the decision current while it ran. */
final class FakeInvoker implements Invoker<Echo> {
  final URL url;
  final List<Map<String, Object>> attachments = new ArrayList<>();
  final List<RoutingDecision> current = new ArrayList<>();

  FakeInvoker(String url) {
    this.url = URL.valueOf(url);
  }

  /** A provider of a center ({@code null}: none) on a port of its own. */
  static FakeInvoker provider(String center, int port) {
    return new FakeInvoker("dubbo://127.0.0.1:" + port + "/" + Echo.class.getName() + "?side=provider"
        + (center == null ? "" : "&ct-center=" + center));
  }

  @Override
  public Class<Echo> getInterface() {
    return Echo.class;
  }

  @Override
  public Result invoke(Invocation invocation) {
    attachments.add(new HashMap<>(invocation.getObjectAttachments()));
    current.add(RoutingContext.current());
    return AsyncRpcResult.newDefaultAsyncResult("ran", invocation);
  }

  @Override
  public URL getUrl() {
    return url;
  }

  @Override
  public boolean isAvailable() {
    return true;
  }

  @Override
  public void destroy() {}

  @Override
  public String toString() {
    return url.getAddress() + "/" + url.getParameter("ct-center");
  }
}
