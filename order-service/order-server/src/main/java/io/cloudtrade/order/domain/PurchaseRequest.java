package io.cloudtrade.order.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

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

  /** SHA-256 over a canonical form: fixed field order, configuration sorted by attribute code. */
  public String fingerprint() {
    StringBuilder s = new StringBuilder();
    s.append(productCode).append('\n').append(productType).append('\n').append(subscriptionType).append('\n')
        .append(period).append('\n').append(periodUnit).append('\n').append(renewalStatus).append('\n')
        .append(renewPeriod).append('\n');
    new TreeMap<>(config).forEach((k, v) -> s.append(k).append('=').append(v).append('\n'));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
