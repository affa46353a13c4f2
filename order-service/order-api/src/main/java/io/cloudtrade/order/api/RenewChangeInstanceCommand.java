package io.cloudtrade.order.api;

import io.cloudtrade.kernel.BusinessField;
import java.io.Serial;
import java.io.Serializable;
import java.util.Map;

/**
 * Renew a subscription instance and change its specification from the start of the renewed period
 * (BSS RenewChangeInstance): the renewal is priced for the new specification, under the catalog
 * version the instance was bought with when the product's renewal policy is AGREED.
 */
public class RenewChangeInstanceCommand implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** the instance's owner */
  @BusinessField("accountId")
  private long accountId;
  /** idempotency key, at most 64 ASCII characters; unique per account across all orders */
  @BusinessField("requestId")
  private String clientToken;
  @BusinessField("instanceId")
  private String instanceId;
  /** months to renew for */
  private int renewPeriod;
  /** the attributes to change (code to value); the others keep their current values */
  private Map<String, String> config;
  /** pay from the balance at once */
  private boolean payNow;

  public long getAccountId() {
    return accountId;
  }

  public RenewChangeInstanceCommand setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public String getClientToken() {
    return clientToken;
  }

  public RenewChangeInstanceCommand setClientToken(String clientToken) {
    this.clientToken = clientToken;
    return this;
  }

  public String getInstanceId() {
    return instanceId;
  }

  public RenewChangeInstanceCommand setInstanceId(String instanceId) {
    this.instanceId = instanceId;
    return this;
  }

  public int getRenewPeriod() {
    return renewPeriod;
  }

  public RenewChangeInstanceCommand setRenewPeriod(int renewPeriod) {
    this.renewPeriod = renewPeriod;
    return this;
  }

  public Map<String, String> getConfig() {
    return config;
  }

  public RenewChangeInstanceCommand setConfig(Map<String, String> config) {
    this.config = config;
    return this;
  }

  public boolean isPayNow() {
    return payNow;
  }

  public RenewChangeInstanceCommand setPayNow(boolean payNow) {
    this.payNow = payNow;
    return this;
  }

  @Override
  public String toString() {
    return "RenewChangeInstanceCommand{accountId=" + accountId + ", clientToken=" + clientToken + ", instanceId=" + instanceId
        + ", renewPeriod=" + renewPeriod + ", config=" + config + ", payNow=" + payNow + "}";
  }
}
