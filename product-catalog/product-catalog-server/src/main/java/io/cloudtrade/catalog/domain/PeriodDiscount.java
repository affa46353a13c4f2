package io.cloudtrade.catalog.domain;

/**
 * A discount on a prepaid period unit: {@code chargedMonths} are paid for every {@code perMonths}
 * months, e.g. 10 per 12 for {@code Year} ("12 months for the price of 10", one sixth off).
 */
public record PeriodDiscount(PeriodUnit periodUnit, int chargedMonths, int perMonths, String description) {
  public PeriodDiscount {
    if (chargedMonths <= 0 || chargedMonths > perMonths) {
      throw new IllegalArgumentException("a period discount needs 0 < chargedMonths <= perMonths");
    }
  }
}
