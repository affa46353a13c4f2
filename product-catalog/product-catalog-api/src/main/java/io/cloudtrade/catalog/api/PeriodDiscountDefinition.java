package io.cloudtrade.catalog.api;

import java.io.Serial;
import java.io.Serializable;

/** A discount on a prepaid period unit: {@code chargedMonths} paid for every {@code perMonths}. */
public class PeriodDiscountDefinition implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** {@code Month} or {@code Year} */
  private String periodUnit;
  private int chargedMonths;
  private int perMonths;
  /** e.g. {@code 12 months for the price of 10} */
  private String description;

  public String getPeriodUnit() {
    return periodUnit;
  }

  public PeriodDiscountDefinition setPeriodUnit(String periodUnit) {
    this.periodUnit = periodUnit;
    return this;
  }

  public int getChargedMonths() {
    return chargedMonths;
  }

  public PeriodDiscountDefinition setChargedMonths(int chargedMonths) {
    this.chargedMonths = chargedMonths;
    return this;
  }

  public int getPerMonths() {
    return perMonths;
  }

  public PeriodDiscountDefinition setPerMonths(int perMonths) {
    this.perMonths = perMonths;
    return this;
  }

  public String getDescription() {
    return description;
  }

  public PeriodDiscountDefinition setDescription(String description) {
    this.description = description;
    return this;
  }

  @Override
  public String toString() {
    return "PeriodDiscountDefinition{" + "periodUnit=" + periodUnit + ", " + "chargedMonths=" + chargedMonths + ", " + "perMonths=" + perMonths + ", " + "description=" + description + "}";
  }
}
