package io.cloudtrade.catalog.persistence;

/** A row of product. */
public class ProductRow {
  public String productCode;
  public String productType;
  public String productName;
  public String currency;
  public String renewalPolicy;
}
