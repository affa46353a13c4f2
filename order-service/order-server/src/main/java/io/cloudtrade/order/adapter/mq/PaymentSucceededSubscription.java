package io.cloudtrade.order.adapter.mq;

import io.cloudtrade.order.application.PayByChannel;
import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.api.PaymentSucceededEvent;
import io.cloudtrade.support.Events;
import org.apache.rocketmq.client.exception.MQClientException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** The payment service's PaymentSucceeded events, handed to {@link PayByChannel}. */
@Component
public class PaymentSucceededSubscription implements ApplicationListener<ApplicationReadyEvent> {
  private final Events events;
  private final PayByChannel payments;

  public PaymentSucceededSubscription(Events events, PayByChannel payments) {
    this.events = events;
    this.payments = payments;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent ready) {
    try {
      events.subscribe("payment-succeeded", ChannelPayments.EVENTS_TOPIC, ChannelPayments.TAG_SUCCEEDED, PaymentSucceededEvent.class,
          payments::onPaymentSucceeded);
    } catch (MQClientException e) {
      throw new IllegalStateException("cannot subscribe to " + ChannelPayments.EVENTS_TOPIC + ": " + e.getMessage(), e);
    }
  }
}
