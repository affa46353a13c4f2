package io.cloudtrade.support;

import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redisson, pointed at {@code cloudtrade.redis}, for the servers that use Redis: import it with
 * {@code @Import(RedisConfiguration.class)} (not part of {@link PlatformConfiguration}, so that a server
 * without Redis work opens no connections).
 */
@Configuration(proxyBeanMethods = false)
public class RedisConfiguration {
  @Bean(destroyMethod = "shutdown")
  public RedissonClient redisson(@Value("${cloudtrade.redis}") String address) {
    Config config = new Config();
    config.useSingleServer().setAddress(address).setConnectionMinimumIdleSize(4).setConnectionPoolSize(32);
    return Redisson.create(config);
  }
}
