package io.cloudtrade.lifecycle.persistence;

import java.time.Instant;

/** A row of instance; {@code spec} is the JSON of the specification (attribute code to value). */
public class InstanceRow {
  public String instanceId;
  public long orderId;
  public long accountId;
  public String productCode;
  public String productType;
  public String region;
  public String subscriptionType;
  public String status;
  public String subStatus;
  public String renewStatus;
  /** AutoRenewal's period, else null */
  public Integer renewPeriod;
  /** AutoRenewal's Month or Year, else null */
  public String renewPeriodUnit;
  public String spec;
  public int specVersion;
  public String resourceId;
  public String failureReason;
  public Instant createTime;
  public Instant startTime;
  public Instant endTime;
  /** when the next expiry step falls due; null when there is none */
  public Instant nextDueAt;
  /** when it was released (Released) or will be unless renewed (Expired); else null */
  public Instant releaseTime;
  /** when the expired subscription was stopped; null unless Expired (or Released after it) */
  public Instant stopTime;
  /** whose name the customer sees as the seller; null: CloudTrade */
  public String seller;
  /** the end time the auto-renewal attempts were about; null when none was made */
  public Instant autoRenewEndTime;
  /** how many auto-renewal attempts were made for {@link #autoRenewEndTime} */
  public int autoRenewAttempt;
  /** when the next auto-renewal attempt falls due; null when there is none */
  public Instant autoRenewAt;
  public Instant updateTime;
}
