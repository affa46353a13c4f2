package io.cloudtrade.order;

import io.cloudtrade.support.PlatformConfiguration;
import io.cloudtrade.support.RedisConfiguration;
import java.util.Map;
import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The order service: prices orders through the catalog, pays them, and announces paid orders. */
@SpringBootApplication
@EnableDubbo(scanBasePackages = "io.cloudtrade.order.adapter.dubbo")
@MapperScan("io.cloudtrade.order.persistence")
@Import({PlatformConfiguration.class, RedisConfiguration.class})
public class OrderServerApplication {
  /** Its configuration file is {@code order-server.yml}, so that servers can share one classpath. */
  public static final String CONFIG_NAME = "order-server";

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(OrderServerApplication.class);
    app.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
    app.run(args);
  }
}
