package io.cloudtrade.lifecycle.api;

import io.cloudtrade.kernel.BusinessField;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** Published by instance lifecycle on {@link DeliveryEvents#TOPIC} for each paid order it carries out: the order service follows it to move the order to Delivering, Delivered or Failed. */
public class DeliveryEvent implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @BusinessField("orderId")
  private long orderId;
  @BusinessField("instanceId")
  private String instanceId;
  /** as in the OrderPaid event: New, Renew, Upgrade, Downgrade, TemporaryUpgrade, Refund */
  @BusinessField("orderType")
  private String orderType;
  /** {@link DeliveryEvents#DELIVERING}, {@link DeliveryEvents#DELIVERED} or {@link DeliveryEvents#FAILED} */
  private String outcome;
  /** why it failed (the control plane's reason), on Failed */
  private String reason;
  /** the instance's specification version after the order (unchanged when it failed) */
  private int specVersion;
  /** when it happened (UTC) */
  private Instant at;
  /** on Failed: the order took effect in part (a RenewChange renewed the instance, but its new specification could not be applied) */
  private boolean partial;

  public long getOrderId() {
    return orderId;
  }

  public DeliveryEvent setOrderId(long orderId) {
    this.orderId = orderId;
    return this;
  }

  public String getInstanceId() {
    return instanceId;
  }

  public DeliveryEvent setInstanceId(String instanceId) {
    this.instanceId = instanceId;
    return this;
  }

  public String getOrderType() {
    return orderType;
  }

  public DeliveryEvent setOrderType(String orderType) {
    this.orderType = orderType;
    return this;
  }

  public String getOutcome() {
    return outcome;
  }

  public DeliveryEvent setOutcome(String outcome) {
    this.outcome = outcome;
    return this;
  }

  public String getReason() {
    return reason;
  }

  public DeliveryEvent setReason(String reason) {
    this.reason = reason;
    return this;
  }

  public int getSpecVersion() {
    return specVersion;
  }

  public DeliveryEvent setSpecVersion(int specVersion) {
    this.specVersion = specVersion;
    return this;
  }

  public Instant getAt() {
    return at;
  }

  public DeliveryEvent setAt(Instant at) {
    this.at = at;
    return this;
  }

  public boolean isPartial() {
    return partial;
  }

  public DeliveryEvent setPartial(boolean partial) {
    this.partial = partial;
    return this;
  }

  @Override
  public String toString() {
    return "DeliveryEvent{" + "orderId=" + orderId + ", " + "instanceId=" + instanceId + ", " + "orderType=" + orderType + ", " + "outcome=" + outcome + ", " + "reason=" + reason + ", " + "specVersion=" + specVersion + ", " + "at=" + at + ", " + "partial=" + partial + "}";
  }
}
