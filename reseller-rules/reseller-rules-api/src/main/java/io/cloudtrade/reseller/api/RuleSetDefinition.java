package io.cloudtrade.reseller.api;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** A reseller's rules: typed decision tables the order flow consults, under a business model. Published as a new version; a published version never changes. */
public class RuleSetDefinition implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** the business model's code */
  private String businessModel;
  /** ALLOW or DENY; an empty table allows every product; otherwise an order no row matches is denied */
  private List<RuleRow> products;
  /** percent adjustment of CloudTrade's price giving the reseller's cost, e.g. -20 (no match: 0) */
  private List<RuleRow> resellerCost;
  /** percent adjustment of CloudTrade's price giving the reseller's price to its customer, e.g. 10 (no match: 0) */
  private List<RuleRow> customerPrice;
  /** percent of what the customer paid that the reseller earns, 0 to 100 (no match: 0) */
  private List<RuleRow> commission;
  /** REQUIRED or NOT_REQUIRED (no match: NOT_REQUIRED) */
  private List<RuleRow> approval;
  /** RESELLER or CUSTOMER: whose balance pays (no match: the business model's payer) */
  private List<RuleRow> paymentMode;
  /** credit limit (decimal) of a customer the reseller set no quota for; null: no limit */
  private String defaultQuota;
  /** of the amounts above, e.g. CNY */
  private String currency;
  /** where the reseller's customers' order events are posted (http or https), or null for none */
  private String webhookUrl;
  /** HMAC-SHA256 key of the webhook signature; write-only, never returned */
  private String webhookSecret;

  public String getBusinessModel() {
    return businessModel;
  }

  public RuleSetDefinition setBusinessModel(String businessModel) {
    this.businessModel = businessModel;
    return this;
  }

  public List<RuleRow> getProducts() {
    return products;
  }

  public RuleSetDefinition setProducts(List<RuleRow> products) {
    this.products = products;
    return this;
  }

  public List<RuleRow> getResellerCost() {
    return resellerCost;
  }

  public RuleSetDefinition setResellerCost(List<RuleRow> resellerCost) {
    this.resellerCost = resellerCost;
    return this;
  }

  public List<RuleRow> getCustomerPrice() {
    return customerPrice;
  }

  public RuleSetDefinition setCustomerPrice(List<RuleRow> customerPrice) {
    this.customerPrice = customerPrice;
    return this;
  }

  public List<RuleRow> getCommission() {
    return commission;
  }

  public RuleSetDefinition setCommission(List<RuleRow> commission) {
    this.commission = commission;
    return this;
  }

  public List<RuleRow> getApproval() {
    return approval;
  }

  public RuleSetDefinition setApproval(List<RuleRow> approval) {
    this.approval = approval;
    return this;
  }

  public List<RuleRow> getPaymentMode() {
    return paymentMode;
  }

  public RuleSetDefinition setPaymentMode(List<RuleRow> paymentMode) {
    this.paymentMode = paymentMode;
    return this;
  }

  public String getDefaultQuota() {
    return defaultQuota;
  }

  public RuleSetDefinition setDefaultQuota(String defaultQuota) {
    this.defaultQuota = defaultQuota;
    return this;
  }

  public String getCurrency() {
    return currency;
  }

  public RuleSetDefinition setCurrency(String currency) {
    this.currency = currency;
    return this;
  }

  public String getWebhookUrl() {
    return webhookUrl;
  }

  public RuleSetDefinition setWebhookUrl(String webhookUrl) {
    this.webhookUrl = webhookUrl;
    return this;
  }

  public String getWebhookSecret() {
    return webhookSecret;
  }

  public RuleSetDefinition setWebhookSecret(String webhookSecret) {
    this.webhookSecret = webhookSecret;
    return this;
  }

  @Override
  public String toString() {
    return "RuleSetDefinition{" + "businessModel=" + businessModel + ", " + "products=" + products + ", " + "resellerCost=" + resellerCost + ", " + "customerPrice=" + customerPrice + ", " + "commission=" + commission + ", " + "approval=" + approval + ", " + "paymentMode=" + paymentMode + ", " + "defaultQuota=" + defaultQuota + ", " + "currency=" + currency + ", " + "webhookUrl=" + webhookUrl + ", " + "webhookSecret=" + (webhookSecret == null ? null : "***") + "}";
  }
}
