package io.cloudtrade.catalog;

import io.cloudtrade.support.PlatformConfiguration;
import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The product catalog: products, attributes, rules, prices and quotes, exported over Dubbo. */
@SpringBootApplication
@EnableDubbo(scanBasePackages = "io.cloudtrade.catalog.adapter.dubbo")
@MapperScan("io.cloudtrade.catalog.persistence")
@Import(PlatformConfiguration.class)
public class CatalogServerApplication {
  /** Its configuration file is {@code product-catalog-server.yml}, so that servers can share one classpath. */
  public static final String CONFIG_NAME = "product-catalog-server";

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(CatalogServerApplication.class);
    app.setDefaultProperties(java.util.Map.of("spring.config.name", CONFIG_NAME));
    app.run(args);
  }
}
