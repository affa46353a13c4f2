package io.cloudtrade.reseller.adapter.dubbo;

import io.cloudtrade.payment.api.BalanceService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The services that settling resellers' order events calls ({@link io.cloudtrade.reseller.adapter.mq.ResellerOrderEventsSubscription}),
 * as Dubbo consumers found through ZooKeeper: the balance, which the resellers' earnings are
 * deposited to.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceReferences {
  /** The payment service's balances. */
  @Bean
  @DubboReference
  public ReferenceBean<BalanceService> balanceService() {
    return new ReferenceBean<>();
  }
}
