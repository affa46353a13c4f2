package io.cloudtrade.lifecycle.api;

/** RocketMQ topic of {@link DeliveryEvent}s, and the outcomes they report. */
public final class DeliveryEvents {
  public static final String TOPIC = "CT_DELIVERY";
  public static final String TAG = "Delivery";

  /** the control plane has been asked to carry the order out */
  public static final String DELIVERING = "Delivering";
  /** the order took effect on the instance */
  public static final String DELIVERED = "Delivered";
  /** the control plane refused or failed; the instance kept (or went back to) its previous specification */
  public static final String FAILED = "Failed";

  private DeliveryEvents() {}
}
