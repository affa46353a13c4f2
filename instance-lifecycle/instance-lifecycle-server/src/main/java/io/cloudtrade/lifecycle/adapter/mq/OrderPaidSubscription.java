package io.cloudtrade.lifecycle.adapter.mq;

import io.cloudtrade.lifecycle.application.CarryOutOrder;
import io.cloudtrade.order.api.OrderEvents;
import io.cloudtrade.order.api.OrderPaidEvent;
import io.cloudtrade.support.Events;
import org.apache.rocketmq.client.exception.MQClientException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Subscribes to the order events this service carries out (tags OrderPaid and RefundRequested, both
 * with an {@link OrderPaidEvent} payload) once the application is ready (Dubbo exported, database
 * migrated), in the consumer group {@code instance-lifecycle-server-order-paid}, and hands them to
 * {@link CarryOutOrder}. The consumer stops with the {@link Events} bean.
 */
@Component
public class OrderPaidSubscription implements ApplicationListener<ApplicationReadyEvent> {
  static final String CONSUMER_NAME = "order-paid";
  static final String TAGS = OrderEvents.TAG_ORDER_PAID + " || " + OrderEvents.TAG_REFUND_REQUESTED;

  private final Events events;
  private final CarryOutOrder orders;

  public OrderPaidSubscription(Events events, CarryOutOrder orders) {
    this.events = events;
    this.orders = orders;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent ready) {
    try {
      events.subscribe(CONSUMER_NAME, OrderEvents.TOPIC, TAGS, OrderPaidEvent.class, orders::on);
    } catch (MQClientException e) {
      throw new IllegalStateException("cannot subscribe to " + OrderEvents.TOPIC + ": " + e.getMessage(), e);
    }
  }
}
