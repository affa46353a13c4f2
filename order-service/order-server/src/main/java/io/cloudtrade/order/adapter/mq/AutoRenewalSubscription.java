package io.cloudtrade.order.adapter.mq;

import io.cloudtrade.lifecycle.api.AutoRenewalDue;
import io.cloudtrade.lifecycle.api.AutoRenewalEvents;
import io.cloudtrade.order.application.RenewInstanceAutomatically;
import io.cloudtrade.support.Events;
import org.apache.rocketmq.client.exception.MQClientException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Instance lifecycle's AutoRenewalDue events, handed to {@link RenewInstanceAutomatically}; one that
 * throws (a system failure) is redelivered by the broker.
 */
@Component
public class AutoRenewalSubscription implements ApplicationListener<ApplicationReadyEvent> {
  private final Events events;
  private final RenewInstanceAutomatically renewal;

  public AutoRenewalSubscription(Events events, RenewInstanceAutomatically renewal) {
    this.events = events;
    this.renewal = renewal;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent ready) {
    try {
      events.subscribe("auto-renewal", AutoRenewalEvents.TOPIC, AutoRenewalEvents.TAG, AutoRenewalDue.class, renewal::on);
    } catch (MQClientException e) {
      throw new IllegalStateException("cannot subscribe to " + AutoRenewalEvents.TOPIC + ": " + e.getMessage(), e);
    }
  }
}
