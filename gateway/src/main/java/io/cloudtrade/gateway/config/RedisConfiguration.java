package io.cloudtrade.gateway.config;

import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Redisson, pointed at {@code cloudtrade.redis}. */
@Configuration(proxyBeanMethods = false)
public class RedisConfiguration {
  @Bean(destroyMethod = "shutdown")
  public RedissonClient redisson(@Value("${cloudtrade.redis}") String address) {
    Config config = new Config();
    config.useSingleServer().setAddress(address).setConnectionMinimumIdleSize(4).setConnectionPoolSize(32);
    return Redisson.create(config);
  }
}
