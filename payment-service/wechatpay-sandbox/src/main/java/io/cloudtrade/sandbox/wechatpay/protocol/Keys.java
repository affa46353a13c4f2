package io.cloudtrade.sandbox.wechatpay.protocol;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Reads RSA keys in the forms operators paste into configuration: base64 DER or PEM. */
public final class Keys {
  private Keys() {
  }

  /** A PKCS#8 private key, base64 or PEM ({@code -----BEGIN PRIVATE KEY-----}). */
  public static PrivateKey privateKey(String text) {
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(text)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a PKCS#8 RSA private key", e);
    }
  }

  /**
   * A public key: base64 or PEM of an X.509 SubjectPublicKeyInfo ({@code -----BEGIN PUBLIC KEY-----}),
   * or of a certificate ({@code -----BEGIN CERTIFICATE-----}), whose key is taken.
   */
  public static PublicKey publicKey(String text) {
    byte[] der = der(text);
    try {
      return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException notAKey) {
      try {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        return factory.generateCertificate(new ByteArrayInputStream(der)).getPublicKey();
      } catch (GeneralSecurityException notACertificate) {
        IllegalArgumentException e = new IllegalArgumentException("neither an RSA public key nor a certificate");
        e.addSuppressed(notAKey);
        e.addSuppressed(notACertificate);
        throw e;
      }
    }
  }

  /** The public half of an RSA private key (which must carry its CRT parameters, as PKCS#8 keys do). */
  public static PublicKey publicKeyOf(PrivateKey privateKey) {
    if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
      throw new IllegalArgumentException("the private key must be an RSA key with CRT parameters");
    }
    try {
      return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The certificate as PEM. */
  public static String pem(X509Certificate certificate) {
    try {
      String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded());
      return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] der(String text) {
    String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(base64);
  }
}
