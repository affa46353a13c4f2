package io.cloudtrade.routing.dubbo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.dubbo.config.ProviderConfig;
import org.apache.dubbo.config.spring.util.EnvironmentUtils;
import org.apache.dubbo.rpc.model.ApplicationModel;
import org.apache.dubbo.rpc.model.FrameworkModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Which Spring property form gives a provider its {@code ct-center} parameter in Dubbo 3.3. Dubbo's Spring
 * integration ({@code DubboContextPostProcessor}) copies the environment's {@code dubbo.*} properties, names as
 * written, into the application's config map ({@code EnvironmentUtils.filterDubboProperties}); the provider
 * configuration binds them from there when it is refreshed. Dubbo binds {@code parameters.<key>}; it does not
 * understand Spring Boot's bracket notation, which is silently ignored.
 */
class ProviderCenterParameterTest {
  private final FrameworkModel framework = new FrameworkModel();

  @AfterEach
  void destroy() {
    framework.destroy();
  }

  /** The provider parameters from one Spring property, handed over as Dubbo's Spring integration does. */
  private Map<String, String> parametersFrom(String key, String value) {
    StandardEnvironment spring = new StandardEnvironment();
    spring.getPropertySources().addFirst(new MapPropertySource("application.properties", Map.of(key, value)));
    ApplicationModel application = framework.newApplication();
    application.modelEnvironment().getAppConfigMap().putAll(EnvironmentUtils.filterDubboProperties(spring));
    ProviderConfig provider = new ProviderConfig(application.newModule());
    provider.refresh();
    return provider.getParameters() == null ? Map.of() : provider.getParameters();
  }

  @Test
  void theDottedFormIsBound() {
    assertThat(parametersFrom("dubbo.provider.parameters.ct-center", "cn")).containsEntry("ct-center", "cn");
  }

  @Test
  void theBracketFormIsNotBoundByDubbo() {
    assertThat(parametersFrom("dubbo.provider.parameters[ct-center]", "cn")).doesNotContainKey("ct-center");
  }
}
