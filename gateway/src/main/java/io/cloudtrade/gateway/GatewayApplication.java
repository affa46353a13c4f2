package io.cloudtrade.gateway;

import io.cloudtrade.support.RedisConfiguration;
import java.util.Map;
import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The gateway: buy page, its REST API and the BSS-compatible OpenAPI; a Dubbo consumer only. */
@SpringBootApplication
@EnableDubbo
@Import(RedisConfiguration.class)
public class GatewayApplication {
  /** Its configuration file is {@code gateway.yml}, so that it can share a classpath with the servers. */
  public static final String CONFIG_NAME = "gateway";

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(GatewayApplication.class);
    app.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
    app.run(args);
  }
}
