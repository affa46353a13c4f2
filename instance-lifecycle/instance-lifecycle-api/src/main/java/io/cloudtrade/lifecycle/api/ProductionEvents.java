package io.cloudtrade.lifecycle.api;

/** RocketMQ topic of production notifications; the tag is the product code. */
public final class ProductionEvents {
  public static final String TOPIC = "CT_PRODUCTION";

  private ProductionEvents() {}
}
