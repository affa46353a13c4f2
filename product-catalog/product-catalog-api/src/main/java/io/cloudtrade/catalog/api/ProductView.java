package io.cloudtrade.catalog.api;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** A product with its attributes and the regions it is sold in. */
public class ProductView implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private String productCode;
  private String productType;
  private String productName;
  private String catalogVersion;
  private String currency;
  private List<AttributeView> attributes;
  /** region ids where the product is sold and in stock */
  private List<String> regions;
  /**
   * the (region, attribute, value) combinations sold out for now; a configuration asking for one is
   * refused with detail code {@code SoldOut}. May be null (older servers).
   */
  private List<SoldOutValue> soldOut;
  /**
   * {@code AGREED}: renewals are priced under the order's catalog version; {@code CURRENT}: under
   * the version in force at renewal. May be null (older servers), meaning AGREED.
   */
  private String renewalPolicy;

  public String getProductCode() {
    return productCode;
  }

  public ProductView setProductCode(String productCode) {
    this.productCode = productCode;
    return this;
  }

  public String getProductType() {
    return productType;
  }

  public ProductView setProductType(String productType) {
    this.productType = productType;
    return this;
  }

  public String getProductName() {
    return productName;
  }

  public ProductView setProductName(String productName) {
    this.productName = productName;
    return this;
  }

  public String getCatalogVersion() {
    return catalogVersion;
  }

  public ProductView setCatalogVersion(String catalogVersion) {
    this.catalogVersion = catalogVersion;
    return this;
  }

  public String getCurrency() {
    return currency;
  }

  public ProductView setCurrency(String currency) {
    this.currency = currency;
    return this;
  }

  public List<AttributeView> getAttributes() {
    return attributes;
  }

  public ProductView setAttributes(List<AttributeView> attributes) {
    this.attributes = attributes;
    return this;
  }

  public List<String> getRegions() {
    return regions;
  }

  public ProductView setRegions(List<String> regions) {
    this.regions = regions;
    return this;
  }

  public List<SoldOutValue> getSoldOut() {
    return soldOut;
  }

  public ProductView setSoldOut(List<SoldOutValue> soldOut) {
    this.soldOut = soldOut;
    return this;
  }

  public String getRenewalPolicy() {
    return renewalPolicy;
  }

  public ProductView setRenewalPolicy(String renewalPolicy) {
    this.renewalPolicy = renewalPolicy;
    return this;
  }

  @Override
  public String toString() {
    return "ProductView{" + "productCode=" + productCode + ", " + "productType=" + productType + ", " + "productName=" + productName + ", " + "catalogVersion=" + catalogVersion + ", " + "currency=" + currency + ", " + "attributes=" + attributes + ", " + "regions=" + regions + ", soldOut=" + soldOut + ", renewalPolicy=" + renewalPolicy + "}";
  }
}
