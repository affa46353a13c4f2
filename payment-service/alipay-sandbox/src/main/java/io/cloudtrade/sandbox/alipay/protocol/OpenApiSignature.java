package io.cloudtrade.sandbox.alipay.protocol;

import java.nio.charset.Charset;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Alipay's signatures: RSA2 (SHA256withRSA) or RSA (SHA1withRSA), base64, over the content's bytes in
 * the request's charset. The content of a set of parameters is {@code k=v&k=v} sorted by key, empty
 * values skipped.
 */
public final class OpenApiSignature {
  /** The signature type Alipay asks for. */
  public static final String RSA2 = "RSA2";
  /** The legacy one, still accepted. */
  public static final String RSA = "RSA";

  private OpenApiSignature() {
  }

  /** Whether {@code signType} is one the sandbox verifies and signs with. */
  public static boolean supports(String signType) {
    return RSA2.equals(signType) || RSA.equals(signType);
  }

  /** The signed content of these parameters, without the excluded ones. */
  public static String content(Map<String, String> params, Set<String> excluded) {
    StringBuilder content = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
      if (excluded.contains(e.getKey()) || e.getKey().isEmpty() || e.getValue() == null || e.getValue().isEmpty()) {
        continue;
      }
      content.append(content.length() == 0 ? "" : "&").append(e.getKey()).append('=').append(e.getValue());
    }
    return content.toString();
  }

  public static String sign(String content, PrivateKey key, String signType, Charset charset) {
    try {
      Signature signature = Signature.getInstance(algorithm(signType));
      signature.initSign(key);
      signature.update(content.getBytes(charset));
      return Base64.getEncoder().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with " + signType, e);
    }
  }

  /** Whether {@code sign} is a valid signature of the content; false for a malformed one. */
  public static boolean verify(String content, String sign, PublicKey key, String signType, Charset charset) {
    try {
      Signature signature = Signature.getInstance(algorithm(signType));
      signature.initVerify(key);
      signature.update(content.getBytes(charset));
      return signature.verify(Base64.getMimeDecoder().decode(sign));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /** An RSA private key from PKCS#8 base64 (PEM armour and line breaks allowed). */
  public static PrivateKey privateKey(String pkcs8) {
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decode(pkcs8)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not an RSA private key in PKCS#8 base64", e);
    }
  }

  /** An RSA public key from X.509 base64 (PEM armour and line breaks allowed). */
  public static PublicKey publicKey(String x509) {
    try {
      return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(decode(x509)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not an RSA public key in X.509 base64", e);
    }
  }

  /** The public half of an RSA private key in CRT form (what PKCS#8 keys are). */
  public static PublicKey publicKeyOf(PrivateKey privateKey) {
    if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
      throw new IllegalArgumentException("the private key does not hold its public exponent");
    }
    try {
      return KeyFactory.getInstance("RSA")
          .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String algorithm(String signType) {
    return RSA.equals(signType) ? "SHA1withRSA" : "SHA256withRSA";
  }

  private static byte[] decode(String base64) {
    String body = base64.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(body);
  }
}
