package io.cloudtrade.sandbox.wechatpay.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * API v2's {@code sign}: the non-empty parameters but {@code sign}, sorted by name, as
 * {@code k1=v1&k2=v2...&key=API_V2_KEY}, then HMAC-SHA256 (keyed with the API v2 key) or MD5, in
 * upper-case hex.
 */
public final class V2Signature {
  public static final String HMAC_SHA256 = "HMAC-SHA256";
  public static final String MD5 = "MD5";

  private V2Signature() {
  }

  /** The string that is hashed. */
  public static String stringToSign(Map<String, String> params, String key) {
    StringBuilder s = new StringBuilder();
    new TreeMap<>(params).forEach((k, v) -> {
      if (!"sign".equals(k) && v != null && !v.isEmpty()) {
        s.append(k).append('=').append(v).append('&');
      }
    });
    return s.append("key=").append(key).toString();
  }

  /**
   * The signature of {@code params}.
   *
   * @param signType {@link #HMAC_SHA256} or {@link #MD5} ({@code null}: MD5, v2's default)
   */
  public static String sign(Map<String, String> params, String key, String signType) {
    byte[] data = stringToSign(params, key).getBytes(StandardCharsets.UTF_8);
    try {
      byte[] hash;
      if (HMAC_SHA256.equals(signType)) {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        hash = mac.doFinal(data);
      } else if (signType == null || MD5.equals(signType)) {
        hash = MessageDigest.getInstance("MD5").digest(data);
      } else {
        throw new IllegalArgumentException("unsupported sign_type " + signType);
      }
      return HexFormat.of().withUpperCase().formatHex(hash);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code params} carry a correct {@code sign} under their own {@code sign_type}. */
  public static boolean verify(Map<String, String> params, String key) {
    String sign = params.get("sign");
    String signType = params.get("sign_type");
    if (sign == null || (signType != null && !HMAC_SHA256.equals(signType) && !MD5.equals(signType))) {
      return false;
    }
    byte[] expected = sign(params, key, signType).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, sign.toUpperCase().getBytes(StandardCharsets.US_ASCII));
  }
}
