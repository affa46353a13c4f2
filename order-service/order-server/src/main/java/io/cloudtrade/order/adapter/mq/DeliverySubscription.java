package io.cloudtrade.order.adapter.mq;

import io.cloudtrade.lifecycle.api.DeliveryEvent;
import io.cloudtrade.lifecycle.api.DeliveryEvents;
import io.cloudtrade.order.application.FollowDelivery;
import io.cloudtrade.support.Events;
import org.apache.rocketmq.client.exception.MQClientException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Instance lifecycle's delivery events, handed to {@link FollowDelivery}. */
@Component
public class DeliverySubscription implements ApplicationListener<ApplicationReadyEvent> {
  private final Events events;
  private final FollowDelivery delivery;

  public DeliverySubscription(Events events, FollowDelivery delivery) {
    this.events = events;
    this.delivery = delivery;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent ready) {
    try {
      events.subscribe("delivery", DeliveryEvents.TOPIC, DeliveryEvents.TAG, DeliveryEvent.class,
          delivery::on);
    } catch (MQClientException e) {
      throw new IllegalStateException("cannot subscribe to " + DeliveryEvents.TOPIC + ": " + e.getMessage(), e);
    }
  }
}
