package io.cloudtrade.catalog.persistence;

import java.math.BigDecimal;

/** A row of price; whenAttribute is empty for an unconditional price. */
public class PriceRow {
  public long versionId;
  public String attributeCode;
  public String valueCode;
  public String whenAttribute;
  public String whenValue;
  public BigDecimal monthlyPrice;
}
