package io.cloudtrade.lifecycle.api;

/** RocketMQ topic and tag of {@link AutoRenewalDue} events. */
public final class AutoRenewalEvents {
  /** the topic instance lifecycle publishes {@link AutoRenewalDue} on, keyed by instance id */
  public static final String TOPIC = "CT_AUTO_RENEWAL";
  public static final String TAG = "AutoRenewalDue";

  private AutoRenewalEvents() {}
}
