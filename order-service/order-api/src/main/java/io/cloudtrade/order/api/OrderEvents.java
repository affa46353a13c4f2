package io.cloudtrade.order.api;

/** RocketMQ topic and tags of order events. Payloads are JSON of the event classes. */
public final class OrderEvents {
  public static final String TOPIC = "CT_ORDER_EVENTS";
  public static final String TAG_ORDER_PAID = "OrderPaid";

  private OrderEvents() {}
}
