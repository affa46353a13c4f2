package io.cloudtrade.catalog.persistence;

import java.math.BigDecimal;

/** A row of price_tier; upTo is null for the last, unbounded tier. */
public class PriceTierRow {
  public long versionId;
  public String attributeCode;
  public int tierNo;
  public Long upTo;
  public BigDecimal unitPrice;
}
