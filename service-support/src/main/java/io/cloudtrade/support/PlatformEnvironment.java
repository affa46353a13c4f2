package io.cloudtrade.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Gives every server the platform's shared defaults (lowest precedence), and keeps Dubbo on
 * loopback when {@code cloudtrade.dubbo.loopback} is true.
 *
 * <p>Dubbo ignores {@code dubbo.protocol.host=127.0.0.1} and registers the machine's NIC address;
 * the only working fix is the system property {@code dubbo.network.interface.ignored=.*}, set before
 * Dubbo's NetUtils first runs, which is why it is set here, during environment preparation.
 */
public class PlatformEnvironment implements EnvironmentPostProcessor, Ordered {
  static final String DEFAULTS = "cloudtrade-service-defaults.properties";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication app) {
    if (!env.containsProperty("cloudtrade.service.name")) {
      return; // not a CloudTrade server (e.g. a test context of a library)
    }
    try {
      env.getPropertySources().addLast(new ResourcePropertySource("cloudtradeDefaults", new ClassPathResource(DEFAULTS)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (env.getProperty("cloudtrade.dubbo.loopback", Boolean.class, true)) {
      System.setProperty("dubbo.network.interface.ignored", ".*");
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
