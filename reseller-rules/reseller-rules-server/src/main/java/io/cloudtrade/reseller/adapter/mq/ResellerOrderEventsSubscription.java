package io.cloudtrade.reseller.adapter.mq;

import io.cloudtrade.order.api.OrderEvents;
import io.cloudtrade.order.api.OrderPaidEvent;
import io.cloudtrade.reseller.application.SettleResellerOrders;
import io.cloudtrade.support.Events;
import org.apache.rocketmq.client.exception.MQClientException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Subscribes to the order events that concern resellers (tags OrderPaid and RefundRequested, both
 * with an {@link OrderPaidEvent} payload; and, in a consumer group of its own, ApprovalRequested) once the application is ready (Dubbo exported, database
 * migrated), in the consumer group {@code <service name>-reseller-order-events}, and hands them to
 * {@link SettleResellerOrders}. A handler that throws has its event redelivered. The consumer stops
 * with the {@link Events} bean.
 */
@Component
public class ResellerOrderEventsSubscription implements ApplicationListener<ApplicationReadyEvent> {
  static final String CONSUMER_NAME = "reseller-order-events";
  static final String TAGS = OrderEvents.TAG_ORDER_PAID + " || " + OrderEvents.TAG_REFUND_REQUESTED;
  static final String APPROVALS_CONSUMER_NAME = "reseller-approval-requests";

  private final Events events;
  private final SettleResellerOrders settle;

  public ResellerOrderEventsSubscription(Events events, SettleResellerOrders settle) {
    this.events = events;
    this.settle = settle;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent ready) {
    try {
      events.subscribe(CONSUMER_NAME, OrderEvents.TOPIC, TAGS, OrderPaidEvent.class, settle::on);
      events.subscribe(APPROVALS_CONSUMER_NAME, OrderEvents.TOPIC, OrderEvents.TAG_APPROVAL_REQUESTED, OrderPaidEvent.class,
          settle::onApprovalRequested);
    } catch (MQClientException e) {
      throw new IllegalStateException("cannot subscribe to " + OrderEvents.TOPIC + ": " + e.getMessage(), e);
    }
  }
}
