package io.cloudtrade.catalog.domain;

import io.cloudtrade.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A code a customer enters for an amount or a percentage off one product or every product, above
 * a minimum spend, during a time window. The catalog only prices it; redeeming it once per account
 * is the order service's job.
 *
 * @param productCode the product it is for, or null for every product
 * @param currency the currency of {@code amountOff} and {@code minSpend}
 * @param amountOff an amount off (major units), or null for a percentage coupon
 * @param percentOff a percentage off in (0, 100], or null for an amount coupon
 * @param minSpend the least the quote must cost after period discount and promotions (major units)
 * @param validFrom first instant it can be used (inclusive, UTC)
 * @param validTo first instant it can no longer be used (exclusive, UTC)
 */
public record Coupon(
    String code,
    String description,
    String productCode,
    String currency,
    BigDecimal amountOff,
    BigDecimal percentOff,
    BigDecimal minSpend,
    Instant validFrom,
    Instant validTo) {
  public Coupon {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(currency, "currency of coupon " + code);
    Objects.requireNonNull(validFrom, "validFrom of coupon " + code);
    Objects.requireNonNull(validTo, "validTo of coupon " + code);
    minSpend = minSpend == null ? BigDecimal.ZERO : minSpend;
    if ((amountOff == null) == (percentOff == null)) {
      throw new IllegalArgumentException("coupon " + code + " needs either amountOff or percentOff");
    }
    if (amountOff != null && amountOff.signum() <= 0) {
      throw new IllegalArgumentException("coupon " + code + " needs a positive amountOff");
    }
    if (percentOff != null && (percentOff.signum() <= 0 || percentOff.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new IllegalArgumentException("coupon " + code + " needs 0 < percentOff <= 100");
    }
    if (!validFrom.isBefore(validTo)) {
      throw new IllegalArgumentException("coupon " + code + " needs validFrom before validTo");
    }
  }

  /**
   * Why the coupon cannot be used on a quote of this product at this instant, before amounts are
   * known: outside its window, another product, another currency.
   *
   * @return the reason, or empty when it can be used
   */
  public Optional<String> refusal(String productCode, String currency, Instant at) {
    if (at.isBefore(validFrom)) {
      return Optional.of("coupon " + code + " is valid only from " + validFrom);
    }
    if (!at.isBefore(validTo)) {
      return Optional.of("coupon " + code + " expired at " + validTo);
    }
    if (this.productCode != null && !this.productCode.equals(productCode)) {
      return Optional.of("coupon " + code + " applies only to product " + this.productCode + ", not " + productCode);
    }
    if (!this.currency.equals(currency)) {
      return Optional.of("coupon " + code + " is in " + this.currency + ", the product is priced in " + currency);
    }
    return Optional.empty();
  }

  /** Why the coupon cannot be used on this spend (below the minimum), or empty. */
  Optional<String> refusal(Money spend) {
    if (spend.toBigDecimal().compareTo(minSpend) < 0) {
      return Optional.of("coupon " + code + " needs a spend of at least " + Money.of(minSpend, currency).toPlainString() + " " + currency
          + ", this quote comes to " + spend.toPlainString() + " " + currency + " before it");
    }
    return Optional.empty();
  }
}
