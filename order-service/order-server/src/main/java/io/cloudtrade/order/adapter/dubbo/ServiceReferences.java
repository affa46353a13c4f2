package io.cloudtrade.order.adapter.dubbo;

import io.cloudtrade.catalog.api.CatalogService;
import io.cloudtrade.payment.api.BalanceService;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.payment.api.ChannelPaymentService;
import io.cloudtrade.reseller.api.ResellerService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The other services the order service calls, as Dubbo consumers found through ZooKeeper. */
@Configuration(proxyBeanMethods = false)
public class ServiceReferences {
  @Bean
  @DubboReference
  public ReferenceBean<CatalogService> catalogService() {
    return new ReferenceBean<>();
  }

  @Bean
  @DubboReference
  public ReferenceBean<BalanceService> balanceService() {
    return new ReferenceBean<>();
  }

  @Bean
  @DubboReference
  public ReferenceBean<InstanceService> instanceService() {
    return new ReferenceBean<>();
  }

  @Bean
  @DubboReference
  public ReferenceBean<ChannelPaymentService> channelPaymentService() {
    return new ReferenceBean<>();
  }

  @Bean
  @DubboReference
  public ReferenceBean<ResellerService> resellerService() {
    return new ReferenceBean<>();
  }
}
