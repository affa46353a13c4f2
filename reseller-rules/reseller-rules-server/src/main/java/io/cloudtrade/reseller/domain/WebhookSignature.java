package io.cloudtrade.reseller.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook sent to a reseller, header {@value #HEADER}: {@code sha256=} followed by
 * the lowercase hex of HMAC-SHA256(secret, {@code <timestamp>.<body>}), all UTF-8, where the
 * timestamp is the epoch seconds sent in {@code X-CloudTrade-Timestamp} and the body is the request
 * body exactly as sent. A receiver recomputes it over the raw body and compares in constant time
 * ({@link #verify}); it should also refuse timestamps far from its own clock, against replays.
 * Stateless and thread-safe.
 */
public final class WebhookSignature {
  /** The header that carries the signature. */
  public static final String HEADER = "X-CloudTrade-Signature";
  /** What the header value starts with: the scheme. */
  public static final String SCHEME = "sha256=";

  private static final String HMAC = "HmacSHA256";

  private WebhookSignature() {}

  /**
   * The header value for {@code body} sent at {@code timestamp}.
   *
   * @param secret the webhook secret's UTF-8 bytes (not kept; the caller may clear them)
   * @param timestamp epoch seconds, as sent in X-CloudTrade-Timestamp
   * @return {@code sha256=<64 lowercase hex digits>}
   */
  public static String sign(byte[] secret, long timestamp, String body) {
    if (secret == null || secret.length == 0) {
      throw new IllegalArgumentException("a webhook secret is required");
    }
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(secret, HMAC));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return SCHEME + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(HMAC + " is not available", e);
    }
  }

  /** {@link #sign(byte[], long, String)} with the secret as text. */
  public static String sign(String secret, long timestamp, String body) {
    return sign(secret.getBytes(StandardCharsets.UTF_8), timestamp, body);
  }

  /**
   * Whether {@code signature} (the header value, {@code sha256=<hex>}) is the signature of {@code
   * body} at {@code timestamp}; compared in constant time. Only lowercase hex matches.
   */
  public static boolean verify(byte[] secret, long timestamp, String body, String signature) {
    if (secret == null || secret.length == 0 || body == null || signature == null) {
      return false;
    }
    byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
  }

  /** {@link #verify(byte[], long, String, String)} with the secret as text. */
  public static boolean verify(String secret, long timestamp, String body, String signature) {
    return secret != null && verify(secret.getBytes(StandardCharsets.UTF_8), timestamp, body, signature);
  }
}
