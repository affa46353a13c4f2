package io.cloudtrade.lifecycle.api;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** A production notification never acknowledged within its attempts, listed by {@link LifecycleOperations}. */
public class StuckWork implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private String instanceId;
  /** the order carried out; for the revert of a temporary upgrade, the temporary upgrade's order */
  private long orderId;
  /** the order's type: New, Upgrade, Downgrade, TemporaryUpgrade, ... */
  private String orderType;
  private String productCode;
  private String region;
  /** the notification's action: {@code CREATE} or {@code MODIFY} */
  private String action;
  /** {@code PERMANENT}, {@code TEMPORARY} or {@code REVERT} (a MODIFY restoring the specification before a temporary upgrade) */
  private String kind;
  /** the specification version the notification produces */
  private int specVersion;
  /** notifications sent since it was first sent or last re-armed by an operator */
  private int attempts;
  /** the first notification for this specification version */
  private Instant firstSentAt;
  /** the latest notification for this specification version */
  private Instant lastSentAt;
  /** when its attempts were spent; null once re-armed */
  private Instant stuckSince;

  public String getInstanceId() {
    return instanceId;
  }

  public StuckWork setInstanceId(String instanceId) {
    this.instanceId = instanceId;
    return this;
  }

  public long getOrderId() {
    return orderId;
  }

  public StuckWork setOrderId(long orderId) {
    this.orderId = orderId;
    return this;
  }

  public String getOrderType() {
    return orderType;
  }

  public StuckWork setOrderType(String orderType) {
    this.orderType = orderType;
    return this;
  }

  public String getProductCode() {
    return productCode;
  }

  public StuckWork setProductCode(String productCode) {
    this.productCode = productCode;
    return this;
  }

  public String getRegion() {
    return region;
  }

  public StuckWork setRegion(String region) {
    this.region = region;
    return this;
  }

  public String getAction() {
    return action;
  }

  public StuckWork setAction(String action) {
    this.action = action;
    return this;
  }

  public String getKind() {
    return kind;
  }

  public StuckWork setKind(String kind) {
    this.kind = kind;
    return this;
  }

  public int getSpecVersion() {
    return specVersion;
  }

  public StuckWork setSpecVersion(int specVersion) {
    this.specVersion = specVersion;
    return this;
  }

  public int getAttempts() {
    return attempts;
  }

  public StuckWork setAttempts(int attempts) {
    this.attempts = attempts;
    return this;
  }

  public Instant getFirstSentAt() {
    return firstSentAt;
  }

  public StuckWork setFirstSentAt(Instant firstSentAt) {
    this.firstSentAt = firstSentAt;
    return this;
  }

  public Instant getLastSentAt() {
    return lastSentAt;
  }

  public StuckWork setLastSentAt(Instant lastSentAt) {
    this.lastSentAt = lastSentAt;
    return this;
  }

  public Instant getStuckSince() {
    return stuckSince;
  }

  public StuckWork setStuckSince(Instant stuckSince) {
    this.stuckSince = stuckSince;
    return this;
  }

  @Override
  public String toString() {
    return "StuckWork{instanceId=" + instanceId + ", orderId=" + orderId + ", orderType=" + orderType + ", productCode="
        + productCode + ", region=" + region + ", action=" + action + ", kind=" + kind + ", specVersion=" + specVersion
        + ", attempts=" + attempts + ", firstSentAt=" + firstSentAt + ", lastSentAt=" + lastSentAt + ", stuckSince="
        + stuckSince + "}";
  }
}
