package io.cloudtrade.reseller.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies ACS3-HMAC-SHA256 request signatures under one AccessKey secret: the expected signature
 * is the lowercase hex of HMAC-SHA256(secret, stringToSign), both UTF-8, compared in constant time.
 *
 * <p>Keeps one initialised {@link Mac} as a prototype and clones it per verification, so the key
 * schedule is computed once. The prototype is never updated after construction, so concurrent
 * clones are safe: instances are thread-safe.
 */
public final class RequestSignature {
  /** The only algorithm accepted. */
  public static final String ALGORITHM = "ACS3-HMAC-SHA256";

  private static final String HMAC = "HmacSHA256";

  private final SecretKeySpec key;
  private final Mac prototype;

  /** @param secret the AccessKey secret's UTF-8 bytes; copied, the caller may clear its array */
  public RequestSignature(byte[] secret) {
    this.key = new SecretKeySpec(secret, HMAC);
    this.prototype = newMac(key);
  }

  /** The lowercase hex HMAC-SHA256 of {@code stringToSign}. */
  public String sign(String stringToSign) {
    return HexFormat.of().formatHex(mac().doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
  }

  /** Whether {@code signature} (lowercase hex) is the signature of {@code stringToSign}. */
  public boolean matches(String stringToSign, String signature) {
    if (stringToSign == null || signature == null) {
      return false;
    }
    byte[] expected = sign(stringToSign).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
  }

  private Mac mac() {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException notCloneable) {
      return newMac(key); // a provider without cloneable MACs: initialise a fresh one
    }
  }

  private static Mac newMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(HMAC + " is not available", e);
    }
  }

  @Override
  public String toString() {
    return "RequestSignature{" + ALGORITHM + "}"; // never the secret
  }
}
