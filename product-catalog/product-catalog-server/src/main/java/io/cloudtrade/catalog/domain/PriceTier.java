package io.cloudtrade.catalog.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One tier of a graduated per-unit price of an INT_RANGE attribute: the units above the previous
 * tier's {@code upTo} and up to this one's are charged {@code unitPrice} each per month. For
 * example 1-5 Mbps at 23.00 and above 5 at 80.00: 8 Mbps cost 5 x 23.00 + 3 x 80.00.
 *
 * @param upTo inclusive upper bound of the tier, in units; null for the last, unbounded tier
 */
public record PriceTier(String attributeCode, Long upTo, BigDecimal unitPrice) {
  public PriceTier {
    Objects.requireNonNull(attributeCode, "attributeCode of a tier");
    Objects.requireNonNull(unitPrice, "unitPrice of a tier of " + attributeCode);
    if (unitPrice.signum() < 0) {
      throw new IllegalArgumentException("negative tier price of " + attributeCode);
    }
    if (upTo != null && upTo <= 0) {
      throw new IllegalArgumentException("a tier of " + attributeCode + " must end above 0, got " + upTo);
    }
  }

  /** A tier from a decimal string. */
  public static PriceTier of(String attributeCode, Long upTo, String unitPrice) {
    return new PriceTier(attributeCode, upTo, new BigDecimal(unitPrice));
  }
}
