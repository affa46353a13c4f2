package io.cloudtrade.order.adapter.mq;

import io.cloudtrade.monitoringagent.rocketmq.TraceHeaders;
import io.cloudtrade.order.api.OrderEvents;
import io.cloudtrade.order.application.CancelUnpaidOrders;
import io.cloudtrade.order.application.OrderTimeouts;
import io.cloudtrade.support.Events;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.client.producer.SendResult;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.message.Message;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Payment timers as RocketMQ timer messages (delivered after {@code cloudtrade.order.unpaid-timeout},
 * any duration up to the broker's timerMaxDelaySec, 3 days by default), kept by the broker across
 * restarts of the order service. The consumer cancels the order if it is still unpaid.
 */
@Component
public class DelayedMessageOrderTimeouts implements OrderTimeouts, ApplicationListener<ApplicationReadyEvent> {
  static final String TAG = "PaymentTimeout";

  private final Events events;
  private final CancelUnpaidOrders cancel;
  private final Duration timeout;

  public DelayedMessageOrderTimeouts(Events events, CancelUnpaidOrders cancel,
      @Value("${cloudtrade.order.unpaid-timeout:PT30M}") Duration timeout) {
    this.events = events;
    this.cancel = cancel;
    this.timeout = timeout;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent ready) {
    try {
      events.subscribe("payment-timeout", OrderEvents.TIMEOUT_TOPIC, TAG, String.class,
          orderId -> cancel.onPaymentTimeout(Long.parseLong(orderId)));
    } catch (MQClientException e) {
      throw new IllegalStateException("cannot subscribe to " + OrderEvents.TIMEOUT_TOPIC + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void schedule(long orderId) {
    String key = Long.toString(orderId);
    Message msg = new Message(OrderEvents.TIMEOUT_TOPIC, TAG, key, ("\"" + key + "\"").getBytes(StandardCharsets.UTF_8));
    TraceHeaders.inject(msg); // the consumer continues this trace
    msg.setDelayTimeMs(timeout.toMillis());
    try {
      SendResult r = events.producer().send(msg);
      if (r.getSendStatus() != SendStatus.SEND_OK) {
        throw new IllegalStateException("payment timer of order " + orderId + " not stored: " + r.getSendStatus());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while scheduling the payment timer of order " + orderId, e);
    } catch (Exception e) {
      throw new IllegalStateException("could not schedule the payment timer of order " + orderId + ": " + e.getMessage(), e);
    }
  }
}
