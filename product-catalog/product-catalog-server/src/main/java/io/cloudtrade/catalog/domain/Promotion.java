package io.cloudtrade.catalog.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A percentage off a product (or one of its pricing modules) during a time window, optionally
 * only for some accounts.
 *
 * @param moduleCode the pricing module discounted, or null for the whole product
 * @param subscriptionType only quotes of this subscription type, or null for any
 * @param newPurchasesOnly when true, renewals (quotes pinned to a catalog version) do not get it
 * @param accountIds the accounts it is for; empty for every account. A user-limited promotion
 *     never applies to a quote without an account id.
 * @param percentOff in (0, 100]
 * @param validFrom first instant it applies (inclusive, UTC)
 * @param validTo first instant it no longer applies (exclusive, UTC)
 */
public record Promotion(
    String code,
    String description,
    String productCode,
    String moduleCode,
    String subscriptionType,
    boolean newPurchasesOnly,
    Set<Long> accountIds,
    BigDecimal percentOff,
    Instant validFrom,
    Instant validTo) {
  public Promotion {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(productCode, "productCode of promotion " + code);
    Objects.requireNonNull(percentOff, "percentOff of promotion " + code);
    Objects.requireNonNull(validFrom, "validFrom of promotion " + code);
    Objects.requireNonNull(validTo, "validTo of promotion " + code);
    accountIds = Set.copyOf(accountIds == null ? Set.of() : accountIds);
    if (percentOff.signum() <= 0 || percentOff.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("promotion " + code + " needs 0 < percentOff <= 100");
    }
    if (!validFrom.isBefore(validTo)) {
      throw new IllegalArgumentException("promotion " + code + " needs validFrom before validTo");
    }
  }

  /** Whether {@code at} is within [validFrom, validTo). */
  public boolean isActiveAt(Instant at) {
    return !at.isBefore(validFrom) && at.isBefore(validTo);
  }

  /**
   * Whether the promotion applies to a quote.
   *
   * @param accountId the account asking, or null when unknown
   * @param renewal whether the quote prices a renewal (pinned to a catalog version)
   */
  public boolean appliesTo(String productCode, String subscriptionType, Long accountId, boolean renewal, Instant at) {
    return this.productCode.equals(productCode)
        && isActiveAt(at)
        && (this.subscriptionType == null || this.subscriptionType.equals(subscriptionType))
        && !(newPurchasesOnly && renewal)
        && (accountIds.isEmpty() || (accountId != null && accountIds.contains(accountId)));
  }
}
