package io.cloudtrade.order.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-256 over the parameters that make a request what it is: fixed field order, a configuration
 * sorted by attribute code, every value length-prefixed so that no value can imitate a separator.
 * Two requests with one ClientToken must have the same fingerprint.
 */
public final class RequestFingerprint {
  private RequestFingerprint() {}

  public static String of(Object[] fields, Map<String, String> config) {
    StringBuilder s = new StringBuilder();
    for (Object field : fields) {
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
