package io.cloudtrade.lifecycle.persistence;

import java.time.Instant;

/** A row of instance_renewal: one paid renewal order applied to an instance. */
public class InstanceRenewalRow {
  public long orderId;
  public String instanceId;
  public long accountId;
  public int period;
  public String periodUnit;
  public String oldStatus;
  public String newStatus;
  public Instant oldEndTime;
  public Instant newEndTime;
  public Instant paidAt;
  public Instant appliedAt;
}
