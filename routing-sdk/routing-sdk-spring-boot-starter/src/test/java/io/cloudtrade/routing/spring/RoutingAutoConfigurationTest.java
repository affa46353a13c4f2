package io.cloudtrade.routing.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.routing.Router;
import io.cloudtrade.routing.RoutingRuleStore;
import io.cloudtrade.routing.RoutingRules;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.curator.framework.CuratorFramework;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** What the starter does without any ZooKeeper: backing off, defaults, a clear failure. */
class RoutingAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(RoutingAutoConfiguration.class));

  @Test
  void backsOffWhenDisabled() {
    runner.withPropertyValues("cloudtrade.routing.enabled=false", "cloudtrade.routing.zookeeper=127.0.0.1:1")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(CuratorFramework.class);
          assertThat(context).doesNotHaveBean(RoutingRuleStore.class);
          assertThat(context).doesNotHaveBean(Router.class);
          assertThat(context).doesNotHaveBean(RoutingProperties.class);
        });
  }

  @Test
  void failsClearlyWithoutAConnectStringOrAClient() {
    runner.run(context -> assertThat(context).hasFailed().getFailure().rootCause()
        .hasMessage("cloudtrade.routing.zookeeper is not set and the application has no CuratorFramework bean"));
  }

  @Test
  void defaultsAreTheSdksDefaults() {
    RoutingProperties properties = new RoutingProperties();
    assertThat(properties.isEnabled()).isTrue();
    assertThat(properties.getPath()).isEqualTo(RoutingRules.DEFAULT_PATH).isEqualTo("/cloudtrade/routing/rules");
    assertThat(properties.getCacheFile())
        .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "cloudtrade-routing-rules.json"));
    assertThat(properties.getZookeeper()).isNull();
  }

  @Test
  void theAutoConfigurationIsRegisteredForBoot3() throws Exception {
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo(RoutingAutoConfiguration.class.getName());
    }
  }
}
