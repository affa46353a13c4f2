package io.cloudtrade.controlplane;

import io.cloudtrade.lifecycle.api.ProductionCallback;
import io.cloudtrade.support.Events;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the control plane: the Dubbo reference to instance lifecycle's {@link ProductionCallback},
 * the simulated provisioning, and, once the application is ready, the subscription to the
 * product's production notifications (consumer group {@code sample-control-plane-<product>}).
 */
@Configuration(proxyBeanMethods = false)
public class ControlPlaneConfiguration {
  @Bean
  @DubboReference
  public ReferenceBean<ProductionCallback> productionCallback() {
    return new ReferenceBeanBuilder().build();
  }

  @Bean(destroyMethod = "close")
  public SimulatedProvisioning simulatedProvisioning(ProductionCallback callback, ControlPlaneProperties props) {
    return new SimulatedProvisioning(callback, props.provisionDelay(), props.failureRate(),
        () -> ThreadLocalRandom.current().nextDouble(), Set.copyOf(props.failingSpecValues()));
  }

  @Bean
  public ProductionSubscription productionSubscription(
      Events events, SimulatedProvisioning provisioning, ControlPlaneProperties props) {
    return new ProductionSubscription(events, provisioning, props.product());
  }
}
