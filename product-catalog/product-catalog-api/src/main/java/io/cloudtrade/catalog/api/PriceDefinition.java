package io.cloudtrade.catalog.api;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/** What one attribute costs per month, in major units of the product currency (up to four decimals). */
public class PriceDefinition implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private String attributeCode;
  /** the ENUM value priced, {@code true} for a BOOLEAN, {@code *} for a per-unit INT_RANGE price */
  private String valueCode;
  /** null for an unconditional price; else it applies only when this attribute has {@code whenValue} */
  private String whenAttribute;
  private String whenValue;
  private BigDecimal monthlyPrice;

  public String getAttributeCode() {
    return attributeCode;
  }

  public PriceDefinition setAttributeCode(String attributeCode) {
    this.attributeCode = attributeCode;
    return this;
  }

  public String getValueCode() {
    return valueCode;
  }

  public PriceDefinition setValueCode(String valueCode) {
    this.valueCode = valueCode;
    return this;
  }

  public String getWhenAttribute() {
    return whenAttribute;
  }

  public PriceDefinition setWhenAttribute(String whenAttribute) {
    this.whenAttribute = whenAttribute;
    return this;
  }

  public String getWhenValue() {
    return whenValue;
  }

  public PriceDefinition setWhenValue(String whenValue) {
    this.whenValue = whenValue;
    return this;
  }

  public BigDecimal getMonthlyPrice() {
    return monthlyPrice;
  }

  public PriceDefinition setMonthlyPrice(BigDecimal monthlyPrice) {
    this.monthlyPrice = monthlyPrice;
    return this;
  }

  @Override
  public String toString() {
    return "PriceDefinition{" + "attributeCode=" + attributeCode + ", " + "valueCode=" + valueCode + ", " + "whenAttribute=" + whenAttribute + ", " + "whenValue=" + whenValue + ", " + "monthlyPrice=" + monthlyPrice + "}";
  }
}
