package io.cloudtrade.reseller;

import io.cloudtrade.support.PlatformConfiguration;
import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Reseller rules: accounts, identities, AccessKeys and signature verification, exported over Dubbo. */
@SpringBootApplication
@EnableDubbo(scanBasePackages = "io.cloudtrade.reseller.adapter.dubbo")
@MapperScan("io.cloudtrade.reseller.persistence")
@Import(PlatformConfiguration.class)
public class ResellerRulesServerApplication {
  /** Its configuration file is {@code reseller-rules-server.yml}, so that servers can share one classpath. */
  public static final String CONFIG_NAME = "reseller-rules-server";

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(ResellerRulesServerApplication.class);
    app.setDefaultProperties(java.util.Map.of("spring.config.name", CONFIG_NAME));
    app.run(args);
  }
}
