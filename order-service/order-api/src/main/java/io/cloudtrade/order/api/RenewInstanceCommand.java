package io.cloudtrade.order.api;

import io.cloudtrade.kernel.BusinessField;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** Renew a subscription instance for a period, at the price {@link OrderService#priceRenewal} gives, paid from the balance. */
public class RenewInstanceCommand implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** the instance's owner */
  @BusinessField("accountId")
  private long accountId;
  /** idempotency key, at most 64 ASCII characters; unique per account across all orders */
  @BusinessField("requestId")
  private String clientToken;
  @BusinessField("instanceId")
  private String instanceId;
  /** number of period units */
  private int period;
  /** {@code Month} or {@code Year} */
  private String periodUnit;
  /** pay from the balance at once, as BSS RenewInstance does */
  private boolean payNow;
  /**
   * the end time (UTC) this renewal is meant to extend, or null (customers' renewals) to extend
   * whatever the end time is when the renewal is applied. When set, the renewal is refused with
   * {@link OrderErrors#INSTANCE_RENEWED_MEANWHILE} if the instance's end time is another one when the
   * order is placed, and answered Failed (and refunded) if it is another one when the paid renewal
   * reaches the instance: an automatic renewal never renews a period a manual renewal covered.
   */
  private Instant expectedEndTime;

  public long getAccountId() {
    return accountId;
  }

  public RenewInstanceCommand setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public String getClientToken() {
    return clientToken;
  }

  public RenewInstanceCommand setClientToken(String clientToken) {
    this.clientToken = clientToken;
    return this;
  }

  public String getInstanceId() {
    return instanceId;
  }

  public RenewInstanceCommand setInstanceId(String instanceId) {
    this.instanceId = instanceId;
    return this;
  }

  public int getPeriod() {
    return period;
  }

  public RenewInstanceCommand setPeriod(int period) {
    this.period = period;
    return this;
  }

  public String getPeriodUnit() {
    return periodUnit;
  }

  public RenewInstanceCommand setPeriodUnit(String periodUnit) {
    this.periodUnit = periodUnit;
    return this;
  }

  public boolean isPayNow() {
    return payNow;
  }

  public RenewInstanceCommand setPayNow(boolean payNow) {
    this.payNow = payNow;
    return this;
  }

  public Instant getExpectedEndTime() {
    return expectedEndTime;
  }

  public RenewInstanceCommand setExpectedEndTime(Instant expectedEndTime) {
    this.expectedEndTime = expectedEndTime;
    return this;
  }

  @Override
  public String toString() {
    return "RenewInstanceCommand{" + "accountId=" + accountId + ", " + "clientToken=" + clientToken + ", " + "instanceId=" + instanceId + ", " + "period=" + period + ", " + "periodUnit=" + periodUnit + ", " + "payNow=" + payNow + ", " + "expectedEndTime=" + expectedEndTime + "}";
  }
}
