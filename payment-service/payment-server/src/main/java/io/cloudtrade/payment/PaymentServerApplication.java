package io.cloudtrade.payment;

import io.cloudtrade.support.PlatformConfiguration;
import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The payment service: balances and payments, exported over Dubbo. */
@SpringBootApplication
@EnableDubbo(scanBasePackages = "io.cloudtrade.payment.adapter.dubbo")
@MapperScan("io.cloudtrade.payment.persistence")
@Import(PlatformConfiguration.class)
@EnableScheduling
public class PaymentServerApplication {
  /** Its configuration file is {@code payment-server.yml}, so that servers can share one classpath. */
  public static final String CONFIG_NAME = "payment-server";

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(PaymentServerApplication.class);
    app.setDefaultProperties(java.util.Map.of("spring.config.name", CONFIG_NAME));
    app.run(args);
  }
}
