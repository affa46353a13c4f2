package io.cloudtrade.order.api;

import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/** One order as QueryOrders and GetOrderDetail show it. */
public class OrderDetail implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private long orderId;
  private long accountId;
  /** {@code New}; later also Renew, Upgrade, Downgrade, Refund */
  private String orderType;
  /** see {@link OrderStatus} */
  private String status;
  /** {@code Unpaid}, {@code Paid}, {@code Cancelled} */
  private String paymentStatus;
  private String productCode;
  private String productType;
  private String subscriptionType;
  private String region;
  private String instanceId;
  private int period;
  private String periodUnit;
  private Map<String, String> config;
  /** catalog version the price was quoted under */
  private String catalogVersion;
  /** pretax gross amount */
  private Money listPrice;
  private Money discount;
  /** pretax amount to pay */
  private Money amount;
  /** UTC */
  private Instant createTime;
  /** UTC, null while unpaid */
  private Instant paymentTime;
  /** why the order failed (Failed) or was cancelled (Cancelled) */
  private String failureReason;
  /** TemporaryUpgrade only */
  private Instant windowStart;
  /** TemporaryUpgrade only */
  private Instant windowEnd;
  /** Downgrade and Refund: what goes back to the balance once the change is applied */
  private Money refundAmount;
  /** Upgrade and Downgrade: {@code Versioned} or {@code Direct}, as the gray release chose it */
  private String flow;
  /** the reseller rule version the order was decided under; direct for a direct customer's; null for orders older than reseller rules */
  private String ruleVersion;
  /** whose balance paid (a reseller's, in a resale model); null: the account's own */
  private Long payerAccountId;
  /** the account's reseller, when its rules decided the order */
  private Long resellerId;
  /** the price the customer is shown (the reseller's own price in some business models); null: amount */
  private Money customerPrice;
  /** what the reseller earns on the order; null or zero: nothing */
  private Money resellerEarning;
  /** whose name the customer sees as the seller */
  private String seller;

  public long getOrderId() {
    return orderId;
  }

  public OrderDetail setOrderId(long orderId) {
    this.orderId = orderId;
    return this;
  }

  public long getAccountId() {
    return accountId;
  }

  public OrderDetail setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public String getOrderType() {
    return orderType;
  }

  public OrderDetail setOrderType(String orderType) {
    this.orderType = orderType;
    return this;
  }

  public String getStatus() {
    return status;
  }

  public OrderDetail setStatus(String status) {
    this.status = status;
    return this;
  }

  public String getPaymentStatus() {
    return paymentStatus;
  }

  public OrderDetail setPaymentStatus(String paymentStatus) {
    this.paymentStatus = paymentStatus;
    return this;
  }

  public String getProductCode() {
    return productCode;
  }

  public OrderDetail setProductCode(String productCode) {
    this.productCode = productCode;
    return this;
  }

  public String getProductType() {
    return productType;
  }

  public OrderDetail setProductType(String productType) {
    this.productType = productType;
    return this;
  }

  public String getSubscriptionType() {
    return subscriptionType;
  }

  public OrderDetail setSubscriptionType(String subscriptionType) {
    this.subscriptionType = subscriptionType;
    return this;
  }

  public String getRegion() {
    return region;
  }

  public OrderDetail setRegion(String region) {
    this.region = region;
    return this;
  }

  public String getInstanceId() {
    return instanceId;
  }

  public OrderDetail setInstanceId(String instanceId) {
    this.instanceId = instanceId;
    return this;
  }

  public int getPeriod() {
    return period;
  }

  public OrderDetail setPeriod(int period) {
    this.period = period;
    return this;
  }

  public String getPeriodUnit() {
    return periodUnit;
  }

  public OrderDetail setPeriodUnit(String periodUnit) {
    this.periodUnit = periodUnit;
    return this;
  }

  public Map<String, String> getConfig() {
    return config;
  }

  public OrderDetail setConfig(Map<String, String> config) {
    this.config = config;
    return this;
  }

  public String getCatalogVersion() {
    return catalogVersion;
  }

  public OrderDetail setCatalogVersion(String catalogVersion) {
    this.catalogVersion = catalogVersion;
    return this;
  }

  public Money getListPrice() {
    return listPrice;
  }

  public OrderDetail setListPrice(Money listPrice) {
    this.listPrice = listPrice;
    return this;
  }

  public Money getDiscount() {
    return discount;
  }

  public OrderDetail setDiscount(Money discount) {
    this.discount = discount;
    return this;
  }

  public Money getAmount() {
    return amount;
  }

  public OrderDetail setAmount(Money amount) {
    this.amount = amount;
    return this;
  }

  public Instant getCreateTime() {
    return createTime;
  }

  public OrderDetail setCreateTime(Instant createTime) {
    this.createTime = createTime;
    return this;
  }

  public Instant getPaymentTime() {
    return paymentTime;
  }

  public OrderDetail setPaymentTime(Instant paymentTime) {
    this.paymentTime = paymentTime;
    return this;
  }

  public String getFailureReason() {
    return failureReason;
  }

  public OrderDetail setFailureReason(String failureReason) {
    this.failureReason = failureReason;
    return this;
  }

  public Instant getWindowStart() {
    return windowStart;
  }

  public OrderDetail setWindowStart(Instant windowStart) {
    this.windowStart = windowStart;
    return this;
  }

  public Instant getWindowEnd() {
    return windowEnd;
  }

  public OrderDetail setWindowEnd(Instant windowEnd) {
    this.windowEnd = windowEnd;
    return this;
  }

  public Money getRefundAmount() {
    return refundAmount;
  }

  public OrderDetail setRefundAmount(Money refundAmount) {
    this.refundAmount = refundAmount;
    return this;
  }

  public String getFlow() {
    return flow;
  }

  public OrderDetail setFlow(String flow) {
    this.flow = flow;
    return this;
  }

  public String getRuleVersion() {
    return ruleVersion;
  }

  public OrderDetail setRuleVersion(String ruleVersion) {
    this.ruleVersion = ruleVersion;
    return this;
  }

  public Long getPayerAccountId() {
    return payerAccountId;
  }

  public OrderDetail setPayerAccountId(Long payerAccountId) {
    this.payerAccountId = payerAccountId;
    return this;
  }

  public Long getResellerId() {
    return resellerId;
  }

  public OrderDetail setResellerId(Long resellerId) {
    this.resellerId = resellerId;
    return this;
  }

  public Money getCustomerPrice() {
    return customerPrice;
  }

  public OrderDetail setCustomerPrice(Money customerPrice) {
    this.customerPrice = customerPrice;
    return this;
  }

  public Money getResellerEarning() {
    return resellerEarning;
  }

  public OrderDetail setResellerEarning(Money resellerEarning) {
    this.resellerEarning = resellerEarning;
    return this;
  }

  public String getSeller() {
    return seller;
  }

  public OrderDetail setSeller(String seller) {
    this.seller = seller;
    return this;
  }

  @Override
  public String toString() {
    return "OrderDetail{" + "orderId=" + orderId + ", " + "accountId=" + accountId + ", " + "orderType=" + orderType + ", " + "status=" + status + ", " + "paymentStatus=" + paymentStatus + ", " + "productCode=" + productCode + ", " + "productType=" + productType + ", " + "subscriptionType=" + subscriptionType + ", " + "region=" + region + ", " + "instanceId=" + instanceId + ", " + "period=" + period + ", " + "periodUnit=" + periodUnit + ", " + "config=" + config + ", " + "catalogVersion=" + catalogVersion + ", " + "listPrice=" + listPrice + ", " + "discount=" + discount + ", " + "amount=" + amount + ", " + "createTime=" + createTime + ", " + "paymentTime=" + paymentTime + ", " + "failureReason=" + failureReason + ", " + "windowStart=" + windowStart + ", " + "windowEnd=" + windowEnd + ", " + "refundAmount=" + refundAmount + ", " + "flow=" + flow  + ", ruleVersion=" + ruleVersion + ", payerAccountId=" + payerAccountId + ", resellerId=" + resellerId + ", customerPrice=" + customerPrice + ", resellerEarning=" + resellerEarning + ", seller=" + seller + "}";
  }
}
