package io.cloudtrade.sandbox.wechatpay.protocol;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;

/** Writes a self-signed X.509 v3 certificate (SHA256withRSA, no extensions) for the platform key. */
public final class SelfSignedCertificate {
  private static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
  private static final String COMMON_NAME = "2.5.4.3";
  private static final String ORGANIZATION = "2.5.4.10";
  private static final String COUNTRY = "2.5.4.6";

  private SelfSignedCertificate() {
  }

  /**
   * A certificate of {@code publicKey} signed by {@code privateKey}.
   *
   * @param serial a positive serial number
   */
  public static X509Certificate create(PrivateKey privateKey, PublicKey publicKey, BigInteger serial,
      String commonName, Instant notBefore, Instant notAfter) {
    byte[] algorithm = Der.sequence(Der.oid(SHA256_WITH_RSA), Der.nullValue());
    byte[] name = Der.sequence(
        Der.set(Der.sequence(Der.oid(COUNTRY), Der.printableString("CN"))),
        Der.set(Der.sequence(Der.oid(ORGANIZATION), Der.utf8String("CloudTrade WeChat Pay Sandbox"))),
        Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8String(commonName))));
    byte[] tbs = Der.sequence(
        Der.explicit(0, Der.integer(BigInteger.TWO)),
        Der.integer(serial),
        algorithm,
        name,
        Der.sequence(Der.utcTime(notBefore), Der.utcTime(notAfter)),
        name,
        publicKey.getEncoded());
    try {
      Signature signer = Signature.getInstance("SHA256withRSA");
      signer.initSign(privateKey);
      signer.update(tbs);
      byte[] der = Der.sequence(tbs, algorithm, Der.bitString(signer.sign()));
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      X509Certificate certificate = (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
      certificate.verify(publicKey);
      return certificate;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot make the platform certificate", e);
    }
  }
}
