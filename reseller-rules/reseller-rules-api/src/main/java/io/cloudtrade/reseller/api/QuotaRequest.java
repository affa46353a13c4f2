package io.cloudtrade.reseller.api;

import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;

/** A reseller sets a customer's credit quota (SetResellerUserQuota). */
public class QuotaRequest implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private long resellerId;
  private long customerId;
  /** the customer's credit limit */
  private Money quota;
  /** the reseller's id of this change; repeating it changes nothing */
  private String outBizId;

  public long getResellerId() {
    return resellerId;
  }

  public QuotaRequest setResellerId(long resellerId) {
    this.resellerId = resellerId;
    return this;
  }

  public long getCustomerId() {
    return customerId;
  }

  public QuotaRequest setCustomerId(long customerId) {
    this.customerId = customerId;
    return this;
  }

  public Money getQuota() {
    return quota;
  }

  public QuotaRequest setQuota(Money quota) {
    this.quota = quota;
    return this;
  }

  public String getOutBizId() {
    return outBizId;
  }

  public QuotaRequest setOutBizId(String outBizId) {
    this.outBizId = outBizId;
    return this;
  }

  @Override
  public String toString() {
    return "QuotaRequest{" + "resellerId=" + resellerId + ", " + "customerId=" + customerId + ", " + "quota=" + quota + ", " + "outBizId=" + outBizId + "}";
  }
}
