package io.cloudtrade.reseller.api;

import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;
import java.util.Map;

/** What the order flow tells reseller rules about an order it is placing. */
public class OrderPlanRequest implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** the account the order is for */
  private long accountId;
  /** the order being placed */
  private long orderId;
  /** New, Renew, Upgrade, Downgrade, TemporaryUpgrade */
  private String orderType;
  private String productCode;
  private String region;
  private String subscriptionType;
  private int period;
  private String periodUnit;
  private Map<String, String> config;
  /** CloudTrade's price for the order, catalog discounts included */
  private Money quotedAmount;

  public long getAccountId() {
    return accountId;
  }

  public OrderPlanRequest setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public long getOrderId() {
    return orderId;
  }

  public OrderPlanRequest setOrderId(long orderId) {
    this.orderId = orderId;
    return this;
  }

  public String getOrderType() {
    return orderType;
  }

  public OrderPlanRequest setOrderType(String orderType) {
    this.orderType = orderType;
    return this;
  }

  public String getProductCode() {
    return productCode;
  }

  public OrderPlanRequest setProductCode(String productCode) {
    this.productCode = productCode;
    return this;
  }

  public String getRegion() {
    return region;
  }

  public OrderPlanRequest setRegion(String region) {
    this.region = region;
    return this;
  }

  public String getSubscriptionType() {
    return subscriptionType;
  }

  public OrderPlanRequest setSubscriptionType(String subscriptionType) {
    this.subscriptionType = subscriptionType;
    return this;
  }

  public int getPeriod() {
    return period;
  }

  public OrderPlanRequest setPeriod(int period) {
    this.period = period;
    return this;
  }

  public String getPeriodUnit() {
    return periodUnit;
  }

  public OrderPlanRequest setPeriodUnit(String periodUnit) {
    this.periodUnit = periodUnit;
    return this;
  }

  public Map<String, String> getConfig() {
    return config;
  }

  public OrderPlanRequest setConfig(Map<String, String> config) {
    this.config = config;
    return this;
  }

  public Money getQuotedAmount() {
    return quotedAmount;
  }

  public OrderPlanRequest setQuotedAmount(Money quotedAmount) {
    this.quotedAmount = quotedAmount;
    return this;
  }

  @Override
  public String toString() {
    return "OrderPlanRequest{" + "accountId=" + accountId + ", " + "orderId=" + orderId + ", " + "orderType=" + orderType + ", " + "productCode=" + productCode + ", " + "region=" + region + ", " + "subscriptionType=" + subscriptionType + ", " + "period=" + period + ", " + "periodUnit=" + periodUnit + ", " + "config=" + config + ", " + "quotedAmount=" + quotedAmount + "}";
  }
}
