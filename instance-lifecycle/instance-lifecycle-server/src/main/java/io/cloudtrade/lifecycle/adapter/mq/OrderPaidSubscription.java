package io.cloudtrade.lifecycle.adapter.mq;

import io.cloudtrade.lifecycle.application.CreateInstanceForPaidOrder;
import io.cloudtrade.order.api.OrderEvents;
import io.cloudtrade.order.api.OrderPaidEvent;
import io.cloudtrade.support.Events;
import org.apache.rocketmq.client.exception.MQClientException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Subscribes to OrderPaid events once the application is ready (Dubbo exported, database
 * migrated), in the consumer group {@code instance-lifecycle-server-order-paid}. The consumer stops
 * with the {@link Events} bean.
 */
@Component
public class OrderPaidSubscription implements ApplicationListener<ApplicationReadyEvent> {
  static final String CONSUMER_NAME = "order-paid";

  private final Events events;
  private final CreateInstanceForPaidOrder createInstance;

  public OrderPaidSubscription(Events events, CreateInstanceForPaidOrder createInstance) {
    this.events = events;
    this.createInstance = createInstance;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent ready) {
    try {
      events.subscribe(CONSUMER_NAME, OrderEvents.TOPIC, OrderEvents.TAG_ORDER_PAID, OrderPaidEvent.class,
          createInstance::onOrderPaid);
    } catch (MQClientException e) {
      throw new IllegalStateException("cannot subscribe to " + OrderEvents.TOPIC + ": " + e.getMessage(), e);
    }
  }
}
