package io.cloudtrade.catalog.api;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * Everything a catalog version of a product says: the product, its attributes, prices, price tiers,
 * rules, period discounts and renewal policy. The input of {@link CatalogAdminService#createDraft}.
 */
public class ProductDefinition implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** display name */
  private String productName;
  /** BSS product type, e.g. {@code ecs} */
  private String productType;
  /** ISO 4217 currency of every price */
  private String currency;
  /** {@code AGREED} (default: renewals keep the order's catalog version) or {@code CURRENT} */
  private String renewalPolicy;
  private List<AttributeDefinition> attributes;
  private List<PriceDefinition> prices;
  private List<PriceTierDefinition> tiers;
  private List<RuleDefinition> rules;
  private List<PeriodDiscountDefinition> periodDiscounts;

  public String getProductName() {
    return productName;
  }

  public ProductDefinition setProductName(String productName) {
    this.productName = productName;
    return this;
  }

  public String getProductType() {
    return productType;
  }

  public ProductDefinition setProductType(String productType) {
    this.productType = productType;
    return this;
  }

  public String getCurrency() {
    return currency;
  }

  public ProductDefinition setCurrency(String currency) {
    this.currency = currency;
    return this;
  }

  public String getRenewalPolicy() {
    return renewalPolicy;
  }

  public ProductDefinition setRenewalPolicy(String renewalPolicy) {
    this.renewalPolicy = renewalPolicy;
    return this;
  }

  public List<AttributeDefinition> getAttributes() {
    return attributes;
  }

  public ProductDefinition setAttributes(List<AttributeDefinition> attributes) {
    this.attributes = attributes;
    return this;
  }

  public List<PriceDefinition> getPrices() {
    return prices;
  }

  public ProductDefinition setPrices(List<PriceDefinition> prices) {
    this.prices = prices;
    return this;
  }

  public List<PriceTierDefinition> getTiers() {
    return tiers;
  }

  public ProductDefinition setTiers(List<PriceTierDefinition> tiers) {
    this.tiers = tiers;
    return this;
  }

  public List<RuleDefinition> getRules() {
    return rules;
  }

  public ProductDefinition setRules(List<RuleDefinition> rules) {
    this.rules = rules;
    return this;
  }

  public List<PeriodDiscountDefinition> getPeriodDiscounts() {
    return periodDiscounts;
  }

  public ProductDefinition setPeriodDiscounts(List<PeriodDiscountDefinition> periodDiscounts) {
    this.periodDiscounts = periodDiscounts;
    return this;
  }

  @Override
  public String toString() {
    return "ProductDefinition{" + "productName=" + productName + ", " + "productType=" + productType + ", " + "currency=" + currency + ", " + "renewalPolicy=" + renewalPolicy + ", " + "attributes=" + attributes + ", " + "prices=" + prices + ", " + "tiers=" + tiers + ", " + "rules=" + rules + ", " + "periodDiscounts=" + periodDiscounts + "}";
  }
}
