package io.cloudtrade.sandbox.alipay.protocol;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's own key pair (it signs responses and notifies, as Alipay does with "the Alipay public
 * key" merchants configure) and the public keys of the merchant applications it knows.
 */
public final class SandboxKeys {
  private static final Logger log = LoggerFactory.getLogger(SandboxKeys.class);

  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final Map<String, PublicKey> apps = new ConcurrentHashMap<>();

  /** Keys from a PKCS#8 base64 private key, or a new RSA 2048 pair when it is absent. */
  public SandboxKeys(String privateKeyPkcs8) {
    if (privateKeyPkcs8 == null || privateKeyPkcs8.isBlank()) {
      KeyPair pair = generate();
      privateKey = pair.getPrivate();
      publicKey = pair.getPublic();
      log.info("alipay sandbox: no private key configured, generated an RSA 2048 key pair; its public key: {}",
          publicKeyBase64());
    } else {
      privateKey = OpenApiSignature.privateKey(privateKeyPkcs8);
      publicKey = OpenApiSignature.publicKeyOf(privateKey);
    }
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public PrivateKey privateKey() {
    return privateKey;
  }

  /** The sandbox's public key, X.509 base64: the "Alipay public key" of the merchant's configuration. */
  public String publicKeyBase64() {
    return Base64.getEncoder().encodeToString(publicKey.getEncoded());
  }

  /** Registers (or replaces) a merchant application and its public key (X.509 base64). */
  public void registerApp(String appId, String publicKeyX509) {
    if (appId == null || appId.isBlank()) {
      throw new IllegalArgumentException("an app needs an app-id");
    }
    apps.put(appId, OpenApiSignature.publicKey(publicKeyX509));
  }

  /** The public key of a known application. */
  public Optional<PublicKey> appKey(String appId) {
    return appId == null ? Optional.empty() : Optional.ofNullable(apps.get(appId));
  }
}
