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

  /**
   * SHA-256 over a canonical form: fixed field order, configuration sorted by attribute code, every
   * value length-prefixed so that no value can imitate a separator.
   */
  public String fingerprint() {
    StringBuilder s = new StringBuilder();
    for (Object field : new Object[] {productCode, productType, subscriptionType, period, periodUnit, renewalStatus, renewPeriod}) {
      append(s, field == null ? null : field.toString());
    }
    new TreeMap<>(config).forEach((k, v) -> {
      append(s, k);
      append(s, v);
    });
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void append(StringBuilder s, String value) {
    if (value == null) {
      s.append('-');
    } else {
      s.append(value.length()).append(':').append(value);
    }
  }
}
