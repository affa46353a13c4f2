package io.cloudtrade.sandbox.wechatpay.protocol;

import io.cloudtrade.sandbox.wechatpay.domain.PlatformKeyMode;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * WeChat Pay's own ("platform") key, which signs every response and notification. Merchants verify
 * it either as the WeChat Pay public key (serial {@code PUB_KEY_ID_...}) or through a platform
 * certificate (downloaded from {@code /v3/certificates}); both carry the same key here.
 */
public final class PlatformKeys {
  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final String publicKeyId;
  private final X509Certificate certificate;
  private final String certificateSerial;

  private PlatformKeys(PrivateKey privateKey, PublicKey publicKey, String publicKeyId, X509Certificate certificate) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    this.publicKeyId = publicKeyId;
    this.certificate = certificate;
    this.certificateSerial = certificate.getSerialNumber().toString(16).toUpperCase();
  }

  /**
   * The platform key from configuration, or a new one.
   *
   * @param privateKeyText PKCS#8 (base64 or PEM); {@code null} or blank: generate a 2048-bit key
   * @param publicKeyId the public key's id; {@code null} or blank: derived from the key
   * @param now the start of the certificate's validity
   */
  public static PlatformKeys create(String privateKeyText, String publicKeyId, Instant now) {
    PrivateKey privateKey;
    PublicKey publicKey;
    if (privateKeyText == null || privateKeyText.isBlank()) {
      KeyPair pair = generate();
      privateKey = pair.getPrivate();
      publicKey = pair.getPublic();
    } else {
      privateKey = Keys.privateKey(privateKeyText);
      publicKey = Keys.publicKeyOf(privateKey);
    }
    byte[] digest = sha256(publicKey.getEncoded());
    String id = publicKeyId == null || publicKeyId.isBlank()
        ? "PUB_KEY_ID_0112" + String.format("%026d", new BigInteger(1, digest).mod(BigInteger.TEN.pow(26)))
        : publicKeyId;
    // a serial stable for a given key (40 hex digits, like WeChat Pay's), so restarts keep it
    BigInteger serial = new BigInteger(1, Arrays.copyOf(digest, 20)).setBit(156).clearBit(159);
    X509Certificate certificate = SelfSignedCertificate.create(privateKey, publicKey, serial,
        "WeChat Pay Sandbox Platform", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(5 * 365)));
    return new PlatformKeys(privateKey, publicKey, id, certificate);
  }

  /** SHA256withRSA of {@code message}, base64. */
  public String sign(String message) {
    return Rsa.sign(privateKey, message);
  }

  /** The {@code Wechatpay-Serial} that a merchant verifying in {@code mode} expects. */
  public String serialFor(PlatformKeyMode mode) {
    return mode == PlatformKeyMode.CERTIFICATE ? certificateSerial : publicKeyId;
  }

  public PublicKey publicKey() {
    return publicKey;
  }

  /** The public key as base64 of its X.509 SubjectPublicKeyInfo. */
  public String publicKeyBase64() {
    return Base64.getEncoder().encodeToString(publicKey.getEncoded());
  }

  public String publicKeyId() {
    return publicKeyId;
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** The certificate's serial number in upper-case hex, as the SDK names it. */
  public String certificateSerial() {
    return certificateSerial;
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "PlatformKeys[" + publicKeyId + ", certificate " + certificateSerial + "]";
  }
}
