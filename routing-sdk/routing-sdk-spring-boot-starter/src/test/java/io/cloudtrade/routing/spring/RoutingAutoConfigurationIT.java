package io.cloudtrade.routing.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.routing.Router;
import io.cloudtrade.routing.RoutingListener;
import io.cloudtrade.routing.RoutingRequest;
import io.cloudtrade.routing.RoutingRulePublisher;
import io.cloudtrade.routing.RoutingRuleStore;
import io.cloudtrade.routing.RoutingRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.framework.imps.CuratorFrameworkState;
import org.apache.curator.retry.RetryOneTime;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The starter against a real ZooKeeper (curator-test's TestingServer). */
class RoutingAutoConfigurationIT {
  private static final Duration GENEROUS = Duration.ofSeconds(30);

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(RoutingAutoConfiguration.class));

  private Path dir;
  private TestingServer zooKeeper;
  private CuratorFramework publisher;

  @BeforeEach
  void startZooKeeper() throws Exception {
    dir = Files.createDirectories(Path.of(System.getProperty("cloudtrade.test.dir", "target/it-data"))
        .resolve("routing-starter-" + UUID.randomUUID()).toAbsolutePath());
    zooKeeper = new TestingServer(-1, Files.createDirectories(dir.resolve("zookeeper")).toFile(), true);
    publisher = CuratorFrameworkFactory.newClient(zooKeeper.getConnectString(), new RetryOneTime(200));
    publisher.start();
    RoutingRulePublisher.publish(publisher, "/starter/rules", RoutingRules.sample());
  }

  @AfterEach
  void stopZooKeeper() throws Exception {
    publisher.close();
    zooKeeper.close();
  }

  @Test
  void theBeansAppearAndRouteFromTheRulesInZooKeeper() {
    AtomicReference<CuratorFramework> created = new AtomicReference<>();
    runner.withPropertyValues("cloudtrade.routing.zookeeper=" + zooKeeper.getConnectString(),
            "cloudtrade.routing.path=/starter/rules", "cloudtrade.routing.cache-file=" + dir.resolve("cache.json"))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).hasSingleBean(CuratorFramework.class);
          assertThat(context).hasSingleBean(RoutingRuleStore.class);
          assertThat(context).hasSingleBean(Router.class);
          CuratorFramework curator = context.getBean(CuratorFramework.class);
          created.set(curator);
          assertThat(curator.getState()).isEqualTo(CuratorFrameworkState.STARTED);

          RoutingRuleStore store = context.getBean(RoutingRuleStore.class);
          assertThat(store.path()).isEqualTo("/starter/rules");
          assertThat(store.cacheFile()).isEqualTo(dir.resolve("cache.json"));
          assertThat(store.awaitRules(GENEROUS)).isTrue();
          assertThat(context.getBean(Router.class)).isSameAs(store.router());
          assertThat(context.getBean(Router.class)
              .decide(RoutingRequest.accountSensitive("jp", "cn-beijing", "ecs", 5)).center()).isEqualTo("intl");
          assertThat(dir.resolve("cache.json")).exists();
        });
    assertThat(created.get().getState()).as("closed with the context").isEqualTo(CuratorFrameworkState.STOPPED);
  }

  @Test
  void theApplicationsOwnClientAndListenersAreUsed() {
    runner.withUserConfiguration(OwnClient.class)
        .withPropertyValues("test.zookeeper=" + zooKeeper.getConnectString(), "cloudtrade.routing.path=/starter/rules",
            "cloudtrade.routing.cache-file=" + dir.resolve("own/cache.json"))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).hasSingleBean(CuratorFramework.class);
          assertThat(context).getBean("ownCurator").isSameAs(context.getBean(CuratorFramework.class));
          assertThat(context.getBean(RoutingRuleStore.class).awaitRules(GENEROUS)).isTrue();
          Accepted accepted = context.getBean(Accepted.class);
          assertThat(accepted.versions).containsExactly(1L);
        });
  }

  @Test
  void backsOffWhenDisabledEvenWithZooKeeperThere() {
    runner.withPropertyValues("cloudtrade.routing.enabled=false",
            "cloudtrade.routing.zookeeper=" + zooKeeper.getConnectString())
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(CuratorFramework.class);
          assertThat(context).doesNotHaveBean(RoutingRuleStore.class);
          assertThat(context).doesNotHaveBean(Router.class);
        });
  }

  @Test
  void anApplicationsOwnStoreWins() {
    runner.withUserConfiguration(OwnStore.class)
        .withPropertyValues("cloudtrade.routing.zookeeper=" + zooKeeper.getConnectString(),
            "test.own-cache=" + dir.resolve("own-store/cache.json"))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).hasSingleBean(RoutingRuleStore.class);
          assertThat(context.getBean(RoutingRuleStore.class).path()).isEqualTo("/starter/rules");
          assertThat(context.getBean(Router.class)).isSameAs(context.getBean(RoutingRuleStore.class).router());
        });
  }

  /** A listener bean that records the versions accepted. */
  static class Accepted implements RoutingListener {
    final List<Long> versions = new CopyOnWriteArrayList<>();

    @Override
    public void onAccepted(RoutingRules rules) {
      versions.add(rules.version());
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnClient {
    @Bean(initMethod = "start", destroyMethod = "close")
    CuratorFramework ownCurator(Environment environment) {
      return CuratorFrameworkFactory.newClient(environment.getRequiredProperty("test.zookeeper"), new RetryOneTime(200));
    }

    @Bean
    Accepted accepted() {
      return new Accepted();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnStore {
    @Bean(destroyMethod = "close")
    RoutingRuleStore ownStore(CuratorFramework curator, Environment environment) {
      RoutingRuleStore store = RoutingRuleStore.builder().curator(curator).path("/starter/rules")
          .cacheFile(Path.of(environment.getRequiredProperty("test.own-cache"))).build();
      store.start();
      return store;
    }
  }
}
