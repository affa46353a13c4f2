package io.cloudtrade.routing.spring;

import io.cloudtrade.routing.Router;
import io.cloudtrade.routing.RoutingListener;
import io.cloudtrade.routing.RoutingRuleStore;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The routing SDK in a Spring Boot application, unless {@code cloudtrade.routing.enabled=false}: a
 * {@link CuratorFramework} on {@code cloudtrade.routing.zookeeper} (only when the application has none;
 * started and closed with the context), the {@link RoutingRuleStore} (started with the context: the cache
 * file first, then the ZooKeeper node; closed with it) told of every {@link RoutingListener} bean, and its
 * {@link Router}. Each bean backs off when the application defines its own.
 */
@AutoConfiguration
@ConditionalOnClass({CuratorFramework.class, RoutingRuleStore.class})
@ConditionalOnProperty(prefix = "cloudtrade.routing", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(RoutingProperties.class)
public class RoutingAutoConfiguration {

  /**
   * A client of {@code cloudtrade.routing.zookeeper} (session 60 s, connection 15 s, exponential retry),
   * started by the context; it does not wait for ZooKeeper.
   *
   * @param properties the settings
   * @return the client, not started yet
   * @throws IllegalStateException when {@code cloudtrade.routing.zookeeper} is not set
   */
  @Bean(initMethod = "start", destroyMethod = "close")
  @ConditionalOnMissingBean
  public CuratorFramework routingCuratorFramework(RoutingProperties properties) {
    String zookeeper = properties.getZookeeper();
    if (zookeeper == null || zookeeper.isBlank()) {
      throw new IllegalStateException(
          "cloudtrade.routing.zookeeper is not set and the application has no CuratorFramework bean");
    }
    return CuratorFrameworkFactory.newClient(zookeeper, 60_000, 15_000, new ExponentialBackoffRetry(1_000, 3));
  }

  /**
   * The store of the routing rules, started: the cache file is in force (when valid) before this returns;
   * ZooKeeper is not waited for.
   *
   * @param curator the started client
   * @param properties the settings
   * @param listeners the application's listeners, in order
   * @return the started store
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public RoutingRuleStore routingRuleStore(CuratorFramework curator, RoutingProperties properties,
      ObjectProvider<RoutingListener> listeners) {
    RoutingRuleStore.Builder builder = RoutingRuleStore.builder().curator(curator).path(properties.getPath())
        .cacheFile(properties.getCacheFile());
    listeners.orderedStream().forEach(builder::listener);
    RoutingRuleStore store = builder.build();
    store.start();
    return store;
  }

  /**
   * The router of the store: it answers from the snapshot in force.
   *
   * @param store the store
   * @return the router
   */
  @Bean
  @ConditionalOnMissingBean
  public Router routingRouter(RoutingRuleStore store) {
    return store.router();
  }
}
