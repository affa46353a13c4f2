package io.cloudtrade.order.domain;

import java.util.Map;

/**
 * The parameters of a purchase that make it what it is. Two requests with one ClientToken must have
 * the same fingerprint, or the second is an IdempotentParameterMismatch.
 */
public record PurchaseRequest(
    String productCode,
    String productType,
    String subscriptionType,
    int period,
    String periodUnit,
    Map<String, String> config,
    String renewalStatus,
    Integer renewPeriod) {

  /** See {@link RequestFingerprint}; the order type is part of it, so a purchase never matches a renewal. */
  public String fingerprint() {
    return RequestFingerprint.of(
        new Object[] {"New", productCode, productType, subscriptionType, period, periodUnit, renewalStatus, renewPeriod}, config);
  }
}
