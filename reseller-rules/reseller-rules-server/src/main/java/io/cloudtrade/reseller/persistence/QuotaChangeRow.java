package io.cloudtrade.reseller.persistence;

import java.time.Instant;

/** A row of quota_change: one SetResellerUserQuota, by the reseller's OutBizId. */
public class QuotaChangeRow {
  public long resellerId;
  public String outBizId;
  public long customerId;
  public long quotaMinor;
  public String currency;
  public Instant createdAt;
}
