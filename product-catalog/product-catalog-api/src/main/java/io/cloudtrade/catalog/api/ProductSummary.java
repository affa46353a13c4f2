package io.cloudtrade.catalog.api;

import java.io.Serial;
import java.io.Serializable;

/** A sellable product as listed by QueryProductList. */
public class ProductSummary implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** e.g. {@code ecs} */
  private String productCode;
  /** BSS product type, e.g. {@code ecs} or {@code rds}; may be empty */
  private String productType;
  /** display name */
  private String productName;
  /** the published catalog version currently in force */
  private String catalogVersion;
  /** ISO 4217 currency of its prices */
  private String currency;

  public String getProductCode() {
    return productCode;
  }

  public ProductSummary setProductCode(String productCode) {
    this.productCode = productCode;
    return this;
  }

  public String getProductType() {
    return productType;
  }

  public ProductSummary setProductType(String productType) {
    this.productType = productType;
    return this;
  }

  public String getProductName() {
    return productName;
  }

  public ProductSummary setProductName(String productName) {
    this.productName = productName;
    return this;
  }

  public String getCatalogVersion() {
    return catalogVersion;
  }

  public ProductSummary setCatalogVersion(String catalogVersion) {
    this.catalogVersion = catalogVersion;
    return this;
  }

  public String getCurrency() {
    return currency;
  }

  public ProductSummary setCurrency(String currency) {
    this.currency = currency;
    return this;
  }

  @Override
  public String toString() {
    return "ProductSummary{" + "productCode=" + productCode + ", " + "productType=" + productType + ", " + "productName=" + productName + ", " + "catalogVersion=" + catalogVersion + ", " + "currency=" + currency + "}";
  }
}
