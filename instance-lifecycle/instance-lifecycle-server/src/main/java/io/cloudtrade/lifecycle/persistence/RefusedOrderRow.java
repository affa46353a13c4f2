package io.cloudtrade.lifecycle.persistence;

import java.time.Instant;

/** A row of refused_order: an order refused without asking a control plane, and why. */
public class RefusedOrderRow {
  public long orderId;
  public String instanceId;
  public String orderType;
  public String reason;
  /** the instance's specification version when it was refused (0 when there is no instance) */
  public int specVersion;
  public Instant refusedAt;
}
