package io.cloudtrade.catalog.api;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One tier of a graduated per-unit monthly price of an INT_RANGE attribute (instead of a flat per-unit
 * price): units above the previous tier and up to {@code upTo} cost {@code unitPrice} each.
 */
public class PriceTierDefinition implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private String attributeCode;
  /** inclusive upper bound in units; null for the last, unbounded tier */
  private Long upTo;
  /** per unit per month, major units */
  private BigDecimal unitPrice;

  public String getAttributeCode() {
    return attributeCode;
  }

  public PriceTierDefinition setAttributeCode(String attributeCode) {
    this.attributeCode = attributeCode;
    return this;
  }

  public Long getUpTo() {
    return upTo;
  }

  public PriceTierDefinition setUpTo(Long upTo) {
    this.upTo = upTo;
    return this;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public PriceTierDefinition setUnitPrice(BigDecimal unitPrice) {
    this.unitPrice = unitPrice;
    return this;
  }

  @Override
  public String toString() {
    return "PriceTierDefinition{" + "attributeCode=" + attributeCode + ", " + "upTo=" + upTo + ", " + "unitPrice=" + unitPrice + "}";
  }
}
