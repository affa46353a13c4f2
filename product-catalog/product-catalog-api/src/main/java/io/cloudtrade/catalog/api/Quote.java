package io.cloudtrade.catalog.api;

import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** A price computed by the catalog. Orders store it as agreed; it is never recomputed. */
public class Quote implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private String productCode;
  private String productType;
  /** the catalog version the price was computed under */
  private String catalogVersion;
  private String subscriptionType;
  private int period;
  private String periodUnit;
  /** the full configuration, defaults included */
  private Map<String, String> config;
  /** the region the configuration asks for */
  private String region;
  /** list price per module */
  private List<QuoteLine> lines;
  /** sum of the lines */
  private Money listPrice;
  /** total discount (zero or positive) */
  private Money discount;
  /**
   * each discount applied, e.g. {@code "12 months for the price of 10"}, amounts zero or positive;
   * their sum is {@link #getDiscount()}. May be empty or null (quotes from older servers).
   */
  private List<QuoteLine> discounts;
  /** listPrice - discount; what the customer pays */
  private Money finalAmount;

  public String getProductCode() {
    return productCode;
  }

  public Quote setProductCode(String productCode) {
    this.productCode = productCode;
    return this;
  }

  public String getProductType() {
    return productType;
  }

  public Quote setProductType(String productType) {
    this.productType = productType;
    return this;
  }

  public String getCatalogVersion() {
    return catalogVersion;
  }

  public Quote setCatalogVersion(String catalogVersion) {
    this.catalogVersion = catalogVersion;
    return this;
  }

  public String getSubscriptionType() {
    return subscriptionType;
  }

  public Quote setSubscriptionType(String subscriptionType) {
    this.subscriptionType = subscriptionType;
    return this;
  }

  public int getPeriod() {
    return period;
  }

  public Quote setPeriod(int period) {
    this.period = period;
    return this;
  }

  public String getPeriodUnit() {
    return periodUnit;
  }

  public Quote setPeriodUnit(String periodUnit) {
    this.periodUnit = periodUnit;
    return this;
  }

  public Map<String, String> getConfig() {
    return config;
  }

  public Quote setConfig(Map<String, String> config) {
    this.config = config;
    return this;
  }

  public String getRegion() {
    return region;
  }

  public Quote setRegion(String region) {
    this.region = region;
    return this;
  }

  public List<QuoteLine> getLines() {
    return lines;
  }

  public Quote setLines(List<QuoteLine> lines) {
    this.lines = lines;
    return this;
  }

  public Money getListPrice() {
    return listPrice;
  }

  public Quote setListPrice(Money listPrice) {
    this.listPrice = listPrice;
    return this;
  }

  public Money getDiscount() {
    return discount;
  }

  public Quote setDiscount(Money discount) {
    this.discount = discount;
    return this;
  }

  public List<QuoteLine> getDiscounts() {
    return discounts;
  }

  public Quote setDiscounts(List<QuoteLine> discounts) {
    this.discounts = discounts;
    return this;
  }

  public Money getFinalAmount() {
    return finalAmount;
  }

  public Quote setFinalAmount(Money finalAmount) {
    this.finalAmount = finalAmount;
    return this;
  }

  @Override
  public String toString() {
    return "Quote{" + "productCode=" + productCode + ", " + "productType=" + productType + ", " + "catalogVersion=" + catalogVersion + ", " + "subscriptionType=" + subscriptionType + ", " + "period=" + period + ", " + "periodUnit=" + periodUnit + ", " + "config=" + config + ", " + "region=" + region + ", " + "lines=" + lines + ", " + "listPrice=" + listPrice + ", " + "discount=" + discount + ", " + "discounts=" + discounts + ", " + "finalAmount=" + finalAmount + "}";
  }
}
