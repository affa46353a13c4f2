package io.cloudtrade.payment;

import io.cloudtrade.infra.embedded.SharedInfrastructure;
import io.cloudtrade.payment.api.BalanceService;
import io.cloudtrade.payment.api.ChannelPaymentService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One payment server for every integration test class of the module (one Spring context, so one
 * Dubbo export): the embedded servers, and the Alipay sandbox its Alipay channel points at.
 */
@SpringBootTest(classes = {PaymentServerApplication.class, PaymentServerTestContext.Clients.class},
    properties = {"spring.config.name=" + PaymentServerApplication.CONFIG_NAME,
        "cloudtrade.payment.janitor-interval=PT0.5S", "cloudtrade.payment.janitor-min-age=PT1S",
        "cloudtrade.payment.barcode-timeout=PT3S"})
abstract class PaymentServerTestContext {
  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    SharedInfrastructure.properties().forEach((k, v) -> registry.add(k, () -> v));
    Sandboxes.get().paymentServerProperties().forEach((k, v) -> registry.add(k, () -> v));
  }

  /** Dubbo consumers of the server's own exports: every call goes through ZooKeeper and TCP. */
  @TestConfiguration
  @Component
  static class Clients {
    @DubboReference BalanceService balances;
    @DubboReference ChannelPaymentService channels;
    @DubboReference io.cloudtrade.payment.api.ReconciliationService reconciliation;
  }

  @Autowired Clients clients;
  @Autowired JdbcTemplate jdbc;
}
