package io.cloudtrade.lifecycle;

import io.cloudtrade.support.PlatformConfiguration;
import java.util.Map;
import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * Instance lifecycle: creates an instance for every paid order, asks the product's control plane to
 * produce it, and tracks its state; exports InstanceService and ProductionCallback over Dubbo.
 */
@SpringBootApplication
@EnableDubbo(scanBasePackages = "io.cloudtrade.lifecycle.adapter.dubbo")
@MapperScan("io.cloudtrade.lifecycle.persistence")
@Import(PlatformConfiguration.class)
public class LifecycleServerApplication {
  /** Its configuration file is {@code instance-lifecycle-server.yml}, so that servers can share one classpath. */
  public static final String CONFIG_NAME = "instance-lifecycle-server";

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(LifecycleServerApplication.class);
    app.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
    app.run(args);
  }
}
