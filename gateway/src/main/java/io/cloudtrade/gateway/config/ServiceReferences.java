package io.cloudtrade.gateway.config;

import io.cloudtrade.catalog.api.CatalogService;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.LifecycleOperations;
import io.cloudtrade.order.api.OrderService;
import io.cloudtrade.payment.api.BalanceService;
import io.cloudtrade.payment.api.ChannelPaymentService;
import io.cloudtrade.payment.api.ReconciliationService;
import io.cloudtrade.reseller.api.IdentityService;
import io.cloudtrade.reseller.api.ResellerService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every service the gateway calls, as Dubbo consumers found through ZooKeeper. */
@Configuration(proxyBeanMethods = false)
public class ServiceReferences {
  @Bean
  @DubboReference
  public ReferenceBean<CatalogService> catalogService() {
    return new ReferenceBean<>();
  }

  @Bean
  @DubboReference
  public ReferenceBean<OrderService> orderService() {
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
  public ReferenceBean<IdentityService> identityService() {
    return new ReferenceBean<>();
  }

  /**
   * Reseller rules: the partner OpenAPI actions, acting for a reseller's customer (OwnerId) and the
   * operators' reseller admin API. Most of its methods write (quota, status, onboarding, rules), so
   * never retried by Dubbo: {@code retries = 0} is stated here as well as in the consumer defaults, a
   * retry after a timeout belongs to the caller, with its idempotency key (OutBizId, login name).
   */
  @Bean
  @DubboReference(retries = 0)
  public ReferenceBean<ResellerService> resellerService() {
    return new ReferenceBean<>();
  }

  @Bean
  @DubboReference
  public ReferenceBean<ChannelPaymentService> channelPaymentService() {
    return new ReferenceBean<>();
  }

  @Bean
  @DubboReference(timeout = 120_000) // a run downloads and compares a whole day's bill
  public ReferenceBean<ReconciliationService> reconciliationService() {
    return new ReferenceBean<>();
  }

  @Bean
  @DubboReference
  public ReferenceBean<LifecycleOperations> lifecycleOperations() {
    return new ReferenceBean<>();
  }
}
