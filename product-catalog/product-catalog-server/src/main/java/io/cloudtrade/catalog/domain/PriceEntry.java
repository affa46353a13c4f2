package io.cloudtrade.catalog.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one attribute costs per month, in the product's currency (major units, any scale).
 *
 * @param valueCode the ENUM value priced, {@code true} for a BOOLEAN, {@link #PER_UNIT} for an
 *     INT_RANGE (then {@code monthlyPrice} is per unit, e.g. per GB)
 * @param whenAttribute null for an unconditional price; else the price applies only when that
 *     attribute has {@code whenValue} (e.g. a per-GB price per disk category). A conditional price
 *     that matches wins over an unconditional one.
 */
public record PriceEntry(String attributeCode, String valueCode, String whenAttribute, String whenValue, BigDecimal monthlyPrice) {
  /** the valueCode of a per-unit price of an INT_RANGE attribute */
  public static final String PER_UNIT = "*";

  public PriceEntry {
    Objects.requireNonNull(attributeCode, "attributeCode");
    Objects.requireNonNull(valueCode, "valueCode of a price of " + attributeCode);
    Objects.requireNonNull(monthlyPrice, "monthlyPrice of " + attributeCode);
    if (monthlyPrice.signum() < 0) {
      throw new IllegalArgumentException("negative price of " + attributeCode + " " + valueCode);
    }
    if (whenAttribute != null && whenAttribute.isEmpty()) {
      whenAttribute = null;
    }
  }

  /** An unconditional price. */
  public static PriceEntry of(String attributeCode, String valueCode, String monthlyPrice) {
    return new PriceEntry(attributeCode, valueCode, null, null, new BigDecimal(monthlyPrice));
  }

  /** A price that applies only when {@code whenAttribute} has {@code whenValue}. */
  public static PriceEntry when(String attributeCode, String valueCode, String whenAttribute, String whenValue, String monthlyPrice) {
    return new PriceEntry(attributeCode, valueCode, whenAttribute, whenValue, new BigDecimal(monthlyPrice));
  }

  boolean isConditional() {
    return whenAttribute != null;
  }
}
