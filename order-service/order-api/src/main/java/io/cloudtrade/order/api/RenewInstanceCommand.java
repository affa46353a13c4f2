package io.cloudtrade.order.api;

import java.io.Serial;
import java.io.Serializable;

/** Renew a subscription instance for a period, at the price {@link OrderService#priceRenewal} gives, paid from the balance. */
public class RenewInstanceCommand implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** the instance's owner */
  private long accountId;
  /** idempotency key, at most 64 ASCII characters; unique per account across all orders */
  private String clientToken;
  private String instanceId;
  /** number of period units */
  private int period;
  /** {@code Month} or {@code Year} */
  private String periodUnit;
  /** pay from the balance at once, as BSS RenewInstance does */
  private boolean payNow;

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

  @Override
  public String toString() {
    return "RenewInstanceCommand{" + "accountId=" + accountId + ", " + "clientToken=" + clientToken + ", " + "instanceId=" + instanceId + ", " + "period=" + period + ", " + "periodUnit=" + periodUnit + ", " + "payNow=" + payNow + "}";
  }
}
