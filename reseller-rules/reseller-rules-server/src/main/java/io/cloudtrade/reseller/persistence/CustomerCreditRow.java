package io.cloudtrade.reseller.persistence;

import java.time.Instant;

/** A row of customer_credit. */
public class CustomerCreditRow {
  public long customerId;
  public long resellerId;
  /** null: the rules' defaultQuota applies */
  public Long quotaMinor;
  public long usedMinor;
  public String currency;
  public String quotaOutBizId;
  public boolean trusteeship;
  public Instant updatedAt;
}
