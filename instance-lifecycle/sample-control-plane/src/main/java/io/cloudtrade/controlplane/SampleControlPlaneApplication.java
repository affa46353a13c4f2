package io.cloudtrade.controlplane;

import io.cloudtrade.support.PlatformConfiguration;
import java.util.Map;
import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * A sample control plane of one product (ECS-like by default): takes the product's production
 * notifications from RocketMQ, "provisions" after a configurable delay and acknowledges to instance
 * lifecycle over Dubbo. It has no database.
 */
@SpringBootApplication
@EnableDubbo
@EnableConfigurationProperties(ControlPlaneProperties.class)
@Import(PlatformConfiguration.class)
public class SampleControlPlaneApplication {
  /** Its configuration file is {@code sample-control-plane.yml}, so that servers can share one classpath. */
  public static final String CONFIG_NAME = "sample-control-plane";

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(SampleControlPlaneApplication.class);
    app.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
    app.run(args);
  }
}
