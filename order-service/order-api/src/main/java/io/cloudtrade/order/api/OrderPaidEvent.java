package io.cloudtrade.order.api;

import io.cloudtrade.kernel.BusinessField;
import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/** Published on {@link OrderEvents#TOPIC} with tag {@link OrderEvents#TAG_ORDER_PAID} once an order is paid. Consumers must be idempotent by orderId. */
public class OrderPaidEvent implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @BusinessField("orderId")
  private long orderId;
  @BusinessField("accountId")
  private long accountId;
  @BusinessField("orderType")
  private String orderType;
  @BusinessField("instanceId")
  private String instanceId;
  @BusinessField("productCode")
  private String productCode;
  private String productType;
  private String region;
  private String subscriptionType;
  private int period;
  private String periodUnit;
  private Map<String, String> config;
  private String renewalStatus;
  @BusinessField("amount")
  private Money amount;
  /** UTC */
  private Instant paidAt;
  /** changes only: the instance's specification version the change was priced against; the change applies only on top of it */
  private int baseSpecVersion;
  /** TemporaryUpgrade only: when the higher specification starts */
  private Instant windowStart;
  /** TemporaryUpgrade only: when the instance reverts to the specification it had before */
  private Instant windowEnd;
  /** Upgrade and Downgrade: how the change is carried out, {@code Versioned} (the new flow: the control plane confirms before the specification changes, a failure rolls back and refunds) or {@code Direct} (the old flow, for accounts and products outside the gray release: the specification changes at once, the control plane is told afterwards, a failure is left to an operator); null means Versioned */
  private String flow;
  /**
   * Renew only: the end time (UTC) the renewal is meant to extend; lifecycle refuses the renewal
   * (answers Failed, and the order service refunds it) when the instance's end time is another one.
   * Null (customers' renewals, and every event published before the field existed): the renewal
   * extends whatever the end time is.
   */
  private Instant expectedEndTime;
  /** the reseller rule version the order was decided under (null: direct) */
  private String ruleVersion;
  /** the account's reseller, when its rules decided the order */
  private Long resellerId;
  /** whose balance paid; null: the account's own */
  private Long payerAccountId;
  /** what the reseller is credited for the order; null or zero: nothing */
  private Money resellerEarning;
  /** the reseller is sent the order's events */
  private boolean notifyReseller;
  /** whose name the customer sees as the seller (null: CloudTrade) */
  private String seller;

  public long getOrderId() {
    return orderId;
  }

  public OrderPaidEvent setOrderId(long orderId) {
    this.orderId = orderId;
    return this;
  }

  public long getAccountId() {
    return accountId;
  }

  public OrderPaidEvent setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public String getOrderType() {
    return orderType;
  }

  public OrderPaidEvent setOrderType(String orderType) {
    this.orderType = orderType;
    return this;
  }

  public String getInstanceId() {
    return instanceId;
  }

  public OrderPaidEvent setInstanceId(String instanceId) {
    this.instanceId = instanceId;
    return this;
  }

  public String getProductCode() {
    return productCode;
  }

  public OrderPaidEvent setProductCode(String productCode) {
    this.productCode = productCode;
    return this;
  }

  public String getProductType() {
    return productType;
  }

  public OrderPaidEvent setProductType(String productType) {
    this.productType = productType;
    return this;
  }

  public String getRegion() {
    return region;
  }

  public OrderPaidEvent setRegion(String region) {
    this.region = region;
    return this;
  }

  public String getSubscriptionType() {
    return subscriptionType;
  }

  public OrderPaidEvent setSubscriptionType(String subscriptionType) {
    this.subscriptionType = subscriptionType;
    return this;
  }

  public int getPeriod() {
    return period;
  }

  public OrderPaidEvent setPeriod(int period) {
    this.period = period;
    return this;
  }

  public String getPeriodUnit() {
    return periodUnit;
  }

  public OrderPaidEvent setPeriodUnit(String periodUnit) {
    this.periodUnit = periodUnit;
    return this;
  }

  public Map<String, String> getConfig() {
    return config;
  }

  public OrderPaidEvent setConfig(Map<String, String> config) {
    this.config = config;
    return this;
  }

  public String getRenewalStatus() {
    return renewalStatus;
  }

  public OrderPaidEvent setRenewalStatus(String renewalStatus) {
    this.renewalStatus = renewalStatus;
    return this;
  }

  public Money getAmount() {
    return amount;
  }

  public OrderPaidEvent setAmount(Money amount) {
    this.amount = amount;
    return this;
  }

  public Instant getPaidAt() {
    return paidAt;
  }

  public OrderPaidEvent setPaidAt(Instant paidAt) {
    this.paidAt = paidAt;
    return this;
  }

  public int getBaseSpecVersion() {
    return baseSpecVersion;
  }

  public OrderPaidEvent setBaseSpecVersion(int baseSpecVersion) {
    this.baseSpecVersion = baseSpecVersion;
    return this;
  }

  public Instant getWindowStart() {
    return windowStart;
  }

  public OrderPaidEvent setWindowStart(Instant windowStart) {
    this.windowStart = windowStart;
    return this;
  }

  public Instant getWindowEnd() {
    return windowEnd;
  }

  public OrderPaidEvent setWindowEnd(Instant windowEnd) {
    this.windowEnd = windowEnd;
    return this;
  }

  public String getFlow() {
    return flow;
  }

  public OrderPaidEvent setFlow(String flow) {
    this.flow = flow;
    return this;
  }

  public Instant getExpectedEndTime() {
    return expectedEndTime;
  }

  public OrderPaidEvent setExpectedEndTime(Instant expectedEndTime) {
    this.expectedEndTime = expectedEndTime;
    return this;
  }

  public String getRuleVersion() {
    return ruleVersion;
  }

  public OrderPaidEvent setRuleVersion(String ruleVersion) {
    this.ruleVersion = ruleVersion;
    return this;
  }

  public Long getResellerId() {
    return resellerId;
  }

  public OrderPaidEvent setResellerId(Long resellerId) {
    this.resellerId = resellerId;
    return this;
  }

  public Long getPayerAccountId() {
    return payerAccountId;
  }

  public OrderPaidEvent setPayerAccountId(Long payerAccountId) {
    this.payerAccountId = payerAccountId;
    return this;
  }

  public Money getResellerEarning() {
    return resellerEarning;
  }

  public OrderPaidEvent setResellerEarning(Money resellerEarning) {
    this.resellerEarning = resellerEarning;
    return this;
  }

  public boolean isNotifyReseller() {
    return notifyReseller;
  }

  public OrderPaidEvent setNotifyReseller(boolean notifyReseller) {
    this.notifyReseller = notifyReseller;
    return this;
  }

  public String getSeller() {
    return seller;
  }

  public OrderPaidEvent setSeller(String seller) {
    this.seller = seller;
    return this;
  }

  @Override
  public String toString() {
    return "OrderPaidEvent{" + "orderId=" + orderId + ", " + "accountId=" + accountId + ", " + "orderType=" + orderType + ", " + "instanceId=" + instanceId + ", " + "productCode=" + productCode + ", " + "productType=" + productType + ", " + "region=" + region + ", " + "subscriptionType=" + subscriptionType + ", " + "period=" + period + ", " + "periodUnit=" + periodUnit + ", " + "config=" + config + ", " + "renewalStatus=" + renewalStatus + ", " + "amount=" + amount + ", " + "paidAt=" + paidAt + ", " + "baseSpecVersion=" + baseSpecVersion + ", " + "windowStart=" + windowStart + ", " + "windowEnd=" + windowEnd + ", " + "flow=" + flow + ", " + "expectedEndTime=" + expectedEndTime  + ", ruleVersion=" + ruleVersion + ", resellerId=" + resellerId + ", payerAccountId=" + payerAccountId + ", resellerEarning=" + resellerEarning + ", notifyReseller=" + notifyReseller  + ", seller=" + seller + "}";
  }
}
