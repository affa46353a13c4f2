package io.cloudtrade.lifecycle.config;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock (UTC; replace the bean to move time in tests) and the due-work settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DueWorkProperties.class)
public class LifecycleConfiguration {
  @Bean
  @ConditionalOnMissingBean
  public Clock clock() {
    return Clock.systemUTC();
  }
}
