package io.cloudtrade.launcher;

import io.cloudtrade.sandbox.alipay.AlipaySandboxApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The payment channels' sandboxes the launcher runs beside the platform, and the settings that point
 * the payment service at them. Keys are made once per data directory and kept in it ({@code
 * channels/}), so that a restart keeps trading with the same sandbox ledger; in production the
 * payment service is given the real gateways' URLs and keys instead (see README).
 */
final class ChannelSandboxes {
  static final String ALIPAY_APP_ID = "2021000000000001";
  static final int ALIPAY_PORT = 18081;

  private ChannelSandboxes() {}

  /** What was started: the sandbox's context and the payment service's settings for it. */
  record Started(ConfigurableApplicationContext alipay, Map<String, String> paymentServerProperties) {}

  static Started start(Path dataDir, boolean randomPorts, int gatewayPort) throws IOException, GeneralSecurityException {
    Path keys = Files.createDirectories(dataDir.resolve("channels"));
    KeyPair merchant = keyPair(keys.resolve("alipay-merchant-private-key.pk8"));
    KeyPair sandbox = keyPair(keys.resolve("alipay-sandbox-private-key.pk8"));
    ConfigurableApplicationContext alipay = new SpringApplicationBuilder(AlipaySandboxApplication.class).registerShutdownHook(false).run(
        "--spring.config.name=" + AlipaySandboxApplication.CONFIG_NAME,
        "--server.port=" + (randomPorts ? 0 : ALIPAY_PORT),
        "--server.address=127.0.0.1",
        "--cloudtrade.sandbox.alipay.private-key=" + b64(sandbox.getPrivate().getEncoded()),
        "--cloudtrade.sandbox.alipay.apps[0].app-id=" + ALIPAY_APP_ID,
        "--cloudtrade.sandbox.alipay.apps[0].public-key=" + b64(merchant.getPublic().getEncoded()),
        "--cloudtrade.sandbox.alipay.data-dir=" + dataDir.resolve("alipay-sandbox").toAbsolutePath());
    int port = Integer.parseInt(alipay.getEnvironment().getProperty("local.server.port"));
    Map<String, String> props = new LinkedHashMap<>();
    props.put("cloudtrade.payment.alipay.server-url", "http://127.0.0.1:" + port + "/gateway.do");
    props.put("cloudtrade.payment.alipay.app-id", ALIPAY_APP_ID);
    props.put("cloudtrade.payment.alipay.private-key", b64(merchant.getPrivate().getEncoded()));
    props.put("cloudtrade.payment.alipay.alipay-public-key", b64(sandbox.getPublic().getEncoded()));
    props.put("cloudtrade.payment.notify-base-url", "http://127.0.0.1:" + gatewayPort + "/notify");
    return new Started(alipay, props);
  }

  /** The key pair whose private key is kept in {@code file} (PKCS#8), made on first use. */
  static KeyPair keyPair(Path file) throws IOException, GeneralSecurityException {
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    if (Files.exists(file)) {
      PrivateKey key = rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(Files.readString(file).trim())));
      RSAPrivateCrtKey crt = (RSAPrivateCrtKey) key;
      PublicKey pub = rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
      return new KeyPair(pub, key);
    }
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair pair = g.generateKeyPair();
    Files.writeString(file, b64(pair.getPrivate().getEncoded()));
    return pair;
  }

  static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
