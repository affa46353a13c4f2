package io.cloudtrade.lifecycle.config;

import io.cloudtrade.lifecycle.domain.AutoRenewalPolicy;
import io.cloudtrade.lifecycle.domain.ExpiryPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The expiry settings and the {@link ExpiryPolicy} and {@link AutoRenewalPolicy} they make. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExpiryProperties.class)
public class ExpiryConfiguration {
  @Bean
  public ExpiryPolicy expiryPolicy(ExpiryProperties settings) {
    return settings.policy();
  }

  @Bean
  public AutoRenewalPolicy autoRenewalPolicy(ExpiryProperties settings) {
    return settings.autoRenewalPolicy();
  }
}
