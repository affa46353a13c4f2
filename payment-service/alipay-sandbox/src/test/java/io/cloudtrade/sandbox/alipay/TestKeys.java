package io.cloudtrade.sandbox.alipay;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** RSA 2048 key pairs made for the tests, in Alipay's text forms (PKCS#8 and X.509 base64). */
public record TestKeys(String privateKey, String publicKey) {
  /** The merchant application's keys. */
  public static final TestKeys MERCHANT = generate();
  /** The sandbox's keys ("the Alipay keys"). */
  public static final TestKeys SANDBOX = generate();
  /** Keys nobody configured. */
  public static final TestKeys STRANGER = generate();

  public static TestKeys generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      Base64.Encoder b64 = Base64.getEncoder();
      return new TestKeys(b64.encodeToString(pair.getPrivate().getEncoded()),
          b64.encodeToString(pair.getPublic().getEncoded()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
