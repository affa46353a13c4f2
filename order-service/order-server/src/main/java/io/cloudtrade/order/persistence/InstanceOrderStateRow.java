package io.cloudtrade.order.persistence;

import java.time.Instant;

/** A row of instance_order_state. */
public class InstanceOrderStateRow {
  public String instanceId;
  public long accountId;
  public long version;
  public Long busyOrderId;
  public Instant busySince;
  public Instant updatedAt;
}
