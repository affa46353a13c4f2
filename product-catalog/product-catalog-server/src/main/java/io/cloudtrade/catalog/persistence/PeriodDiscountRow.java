package io.cloudtrade.catalog.persistence;

/** A row of period_discount. */
public class PeriodDiscountRow {
  public long versionId;
  public String periodUnit;
  public int chargedMonths;
  public int perMonths;
  public String description;
}
