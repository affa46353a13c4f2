package io.cloudtrade.reseller.api;

import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The steps the order flow runs for one order, and the amounts they use. A direct customer's plan has no steps and pays CloudTrade's price. */
public class OrderPlan implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** the rule version the order was decided under; "direct" for a direct customer */
  private String ruleVersion;
  /** null for a direct customer */
  private String businessModel;
  /** null for a direct customer */
  private Long resellerId;
  /** the name the customer sees as the seller */
  private String seller;
  /** whose balance pays */
  private long payerAccountId;
  /** what the payer's balance is charged */
  private Money chargeAmount;
  /** the price the customer is shown */
  private Money customerPrice;
  /** what the reseller is credited once the order is paid (zero if nothing) */
  private Money resellerEarning;
  /** the steps to run, in order (OrderSteps names) */
  private List<String> steps;
  /** one line per decision, for people */
  private List<String> explanation;

  public String getRuleVersion() {
    return ruleVersion;
  }

  public OrderPlan setRuleVersion(String ruleVersion) {
    this.ruleVersion = ruleVersion;
    return this;
  }

  public String getBusinessModel() {
    return businessModel;
  }

  public OrderPlan setBusinessModel(String businessModel) {
    this.businessModel = businessModel;
    return this;
  }

  public Long getResellerId() {
    return resellerId;
  }

  public OrderPlan setResellerId(Long resellerId) {
    this.resellerId = resellerId;
    return this;
  }

  public String getSeller() {
    return seller;
  }

  public OrderPlan setSeller(String seller) {
    this.seller = seller;
    return this;
  }

  public long getPayerAccountId() {
    return payerAccountId;
  }

  public OrderPlan setPayerAccountId(long payerAccountId) {
    this.payerAccountId = payerAccountId;
    return this;
  }

  public Money getChargeAmount() {
    return chargeAmount;
  }

  public OrderPlan setChargeAmount(Money chargeAmount) {
    this.chargeAmount = chargeAmount;
    return this;
  }

  public Money getCustomerPrice() {
    return customerPrice;
  }

  public OrderPlan setCustomerPrice(Money customerPrice) {
    this.customerPrice = customerPrice;
    return this;
  }

  public Money getResellerEarning() {
    return resellerEarning;
  }

  public OrderPlan setResellerEarning(Money resellerEarning) {
    this.resellerEarning = resellerEarning;
    return this;
  }

  public List<String> getSteps() {
    return steps;
  }

  public OrderPlan setSteps(List<String> steps) {
    this.steps = steps;
    return this;
  }

  public List<String> getExplanation() {
    return explanation;
  }

  public OrderPlan setExplanation(List<String> explanation) {
    this.explanation = explanation;
    return this;
  }

  @Override
  public String toString() {
    return "OrderPlan{" + "ruleVersion=" + ruleVersion + ", " + "businessModel=" + businessModel + ", " + "resellerId=" + resellerId + ", " + "seller=" + seller + ", " + "payerAccountId=" + payerAccountId + ", " + "chargeAmount=" + chargeAmount + ", " + "customerPrice=" + customerPrice + ", " + "resellerEarning=" + resellerEarning + ", " + "steps=" + steps + ", " + "explanation=" + explanation + "}";
  }
}
