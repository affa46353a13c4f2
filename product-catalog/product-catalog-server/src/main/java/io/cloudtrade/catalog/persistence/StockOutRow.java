package io.cloudtrade.catalog.persistence;

/** A row of stock whose sold_out is true. */
public class StockOutRow {
  public String productCode;
  public String region;
  public String attributeCode;
  public String valueCode;
}
