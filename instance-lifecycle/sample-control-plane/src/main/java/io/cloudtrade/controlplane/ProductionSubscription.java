package io.cloudtrade.controlplane;

import io.cloudtrade.lifecycle.api.ProductionEvents;
import io.cloudtrade.lifecycle.api.ProductionNotification;
import io.cloudtrade.support.Events;
import org.apache.rocketmq.client.exception.MQClientException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Once the application is ready, subscribes to the production notifications tagged with this
 * control plane's product, in the consumer group {@code sample-control-plane-<product>}, and hands
 * them to {@link SimulatedProvisioning}. The consumer stops with the {@link Events} bean.
 */
public class ProductionSubscription implements ApplicationListener<ApplicationReadyEvent> {
  private final Events events;
  private final SimulatedProvisioning provisioning;
  private final String product;

  public ProductionSubscription(Events events, SimulatedProvisioning provisioning, String product) {
    this.events = events;
    this.provisioning = provisioning;
    this.product = product;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent ready) {
    try {
      events.subscribe(product, ProductionEvents.TOPIC, product, ProductionNotification.class, provisioning::accept);
    } catch (MQClientException e) {
      throw new IllegalStateException("cannot subscribe to " + ProductionEvents.TOPIC + ": " + e.getMessage(), e);
    }
  }
}
