package io.cloudtrade.order.api;

import io.cloudtrade.kernel.BusinessField;
import java.io.Serial;
import java.io.Serializable;
import java.util.Map;

/** Buy a new instance: place an order and, if {@code payNow}, pay it from the balance. */
public class CreateInstanceCommand implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** the buyer (for a reseller acting for a customer: the customer) */
  @BusinessField("accountId")
  private long accountId;
  /** idempotency key, at most 64 ASCII characters; unique per account */
  @BusinessField("requestId")
  private String clientToken;
  @BusinessField("productCode")
  private String productCode;
  /** optional BSS product type */
  private String productType;
  /** {@code Subscription} or {@code PayAsYouGo} */
  private String subscriptionType;
  /** number of period units for a subscription */
  private int period;
  /** {@code Month} or {@code Year} */
  private String periodUnit;
  /** attribute code to value; missing ones take the catalog's defaults */
  private Map<String, String> config;
  /** {@code ManualRenewal} (default) or {@code AutoRenewal} */
  private String renewalStatus;
  /** months per automatic renewal */
  private Integer renewPeriod;
  /** pay from the balance at once, as BSS CreateInstance does */
  private boolean payNow;

  public long getAccountId() {
    return accountId;
  }

  public CreateInstanceCommand setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public String getClientToken() {
    return clientToken;
  }

  public CreateInstanceCommand setClientToken(String clientToken) {
    this.clientToken = clientToken;
    return this;
  }

  public String getProductCode() {
    return productCode;
  }

  public CreateInstanceCommand setProductCode(String productCode) {
    this.productCode = productCode;
    return this;
  }

  public String getProductType() {
    return productType;
  }

  public CreateInstanceCommand setProductType(String productType) {
    this.productType = productType;
    return this;
  }

  public String getSubscriptionType() {
    return subscriptionType;
  }

  public CreateInstanceCommand setSubscriptionType(String subscriptionType) {
    this.subscriptionType = subscriptionType;
    return this;
  }

  public int getPeriod() {
    return period;
  }

  public CreateInstanceCommand setPeriod(int period) {
    this.period = period;
    return this;
  }

  public String getPeriodUnit() {
    return periodUnit;
  }

  public CreateInstanceCommand setPeriodUnit(String periodUnit) {
    this.periodUnit = periodUnit;
    return this;
  }

  public Map<String, String> getConfig() {
    return config;
  }

  public CreateInstanceCommand setConfig(Map<String, String> config) {
    this.config = config;
    return this;
  }

  public String getRenewalStatus() {
    return renewalStatus;
  }

  public CreateInstanceCommand setRenewalStatus(String renewalStatus) {
    this.renewalStatus = renewalStatus;
    return this;
  }

  public Integer getRenewPeriod() {
    return renewPeriod;
  }

  public CreateInstanceCommand setRenewPeriod(Integer renewPeriod) {
    this.renewPeriod = renewPeriod;
    return this;
  }

  public boolean isPayNow() {
    return payNow;
  }

  public CreateInstanceCommand setPayNow(boolean payNow) {
    this.payNow = payNow;
    return this;
  }

  @Override
  public String toString() {
    return "CreateInstanceCommand{" + "accountId=" + accountId + ", " + "clientToken=" + clientToken + ", " + "productCode=" + productCode + ", " + "productType=" + productType + ", " + "subscriptionType=" + subscriptionType + ", " + "period=" + period + ", " + "periodUnit=" + periodUnit + ", " + "config=" + config + ", " + "renewalStatus=" + renewalStatus + ", " + "renewPeriod=" + renewPeriod + ", " + "payNow=" + payNow + "}";
  }
}
