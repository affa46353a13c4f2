package io.cloudtrade.routing.dubbo;

import org.apache.dubbo.common.URL;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.rpc.cluster.router.state.StateRouter;
import org.apache.dubbo.rpc.cluster.router.state.StateRouterFactory;

/**
 * Makes a {@link CenterStateRouter} for every reference: the state router {@value #NAME}, registered in
 * {@code META-INF/dubbo/org.apache.dubbo.rpc.cluster.router.state.StateRouterFactory}. Dubbo 3.3 builds each
 * reference's router chain from the state router factories active for the consumer URL under the key
 * {@code router} (no group), so this one is active by default; {@code router=-cloudtrade-center} on a
 * reference leaves it out.
 */
@Activate(order = CenterStateRouterFactory.ORDER)
public class CenterStateRouterFactory implements StateRouterFactory {
  /** The SPI name. */
  public static final String NAME = "cloudtrade-center";
  /**
   * After Dubbo's mock (-100), mesh (-50) and tag (100) state routers, before its condition (140-150) and
   * script (200) ones.
   */
  static final int ORDER = 120;

  /** Dubbo creates it from the SPI file. */
  public CenterStateRouterFactory() {}

  @Override
  public <T> StateRouter<T> getRouter(Class<T> interfaceClass, URL url) {
    return new CenterStateRouter<>(url);
  }
}
