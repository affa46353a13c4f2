package io.cloudtrade.launcher;

import io.cloudtrade.sandbox.alipay.AlipaySandboxApplication;
import io.cloudtrade.sandbox.wechatpay.WechatPaySandboxApplication;
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
  static final int WECHATPAY_PORT = 18082;
  static final String WECHAT_MCHID = "1900000001";
  static final String WECHAT_APPID = "wx0000000000000001";
  static final String WECHAT_MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B001";
  static final String WECHAT_PLATFORM_KEY_ID = "PUB_KEY_ID_0119000000012026112500000000000001";

  private ChannelSandboxes() {}

  /** What was started: the sandbox's context and the payment service's settings for it. */
  record Started(ConfigurableApplicationContext alipay, ConfigurableApplicationContext wechatPay,
      Map<String, String> paymentServerProperties) {}

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

    KeyPair wechatMerchant = keyPair(keys.resolve("wechatpay-merchant-private-key.pk8"));
    KeyPair wechatPlatform = keyPair(keys.resolve("wechatpay-platform-private-key.pk8"));
    String apiV3Key = secret(keys.resolve("wechatpay-api-v3-key"));
    String apiV2Key = secret(keys.resolve("wechatpay-api-v2-key"));
    ConfigurableApplicationContext wechat = new SpringApplicationBuilder(WechatPaySandboxApplication.class).registerShutdownHook(false)
        .run("--spring.config.name=" + WechatPaySandboxApplication.CONFIG_NAME,
            "--server.port=" + (randomPorts ? 0 : WECHATPAY_PORT),
            "--server.address=127.0.0.1",
            "--cloudtrade.sandbox.wechatpay.platform-private-key=" + b64(wechatPlatform.getPrivate().getEncoded()),
            "--cloudtrade.sandbox.wechatpay.platform-key-serial=" + WECHAT_PLATFORM_KEY_ID,
            "--cloudtrade.sandbox.wechatpay.journal-dir=" + dataDir.resolve("wechatpay-sandbox").toAbsolutePath(),
            "--cloudtrade.sandbox.wechatpay.merchants[0].mchid=" + WECHAT_MCHID,
            "--cloudtrade.sandbox.wechatpay.merchants[0].appid=" + WECHAT_APPID,
            "--cloudtrade.sandbox.wechatpay.merchants[0].api-v3-key=" + apiV3Key,
            "--cloudtrade.sandbox.wechatpay.merchants[0].api-v2-key=" + apiV2Key,
            "--cloudtrade.sandbox.wechatpay.merchants[0].certificate-serial=" + WECHAT_MERCHANT_SERIAL,
            "--cloudtrade.sandbox.wechatpay.merchants[0].public-key=" + b64(wechatMerchant.getPublic().getEncoded()),
            "--cloudtrade.sandbox.wechatpay.merchants[0].platform-key-mode=PUBLIC_KEY");
    int wechatPort = Integer.parseInt(wechat.getEnvironment().getProperty("local.server.port"));
    props.put("cloudtrade.payment.wechatpay.base-url", "http://127.0.0.1:" + wechatPort);
    props.put("cloudtrade.payment.wechatpay.mchid", WECHAT_MCHID);
    props.put("cloudtrade.payment.wechatpay.appid", WECHAT_APPID);
    props.put("cloudtrade.payment.wechatpay.private-key", b64(wechatMerchant.getPrivate().getEncoded()));
    props.put("cloudtrade.payment.wechatpay.merchant-serial", WECHAT_MERCHANT_SERIAL);
    props.put("cloudtrade.payment.wechatpay.platform-public-key", b64(wechatPlatform.getPublic().getEncoded()));
    props.put("cloudtrade.payment.wechatpay.platform-public-key-id", WECHAT_PLATFORM_KEY_ID);
    props.put("cloudtrade.payment.wechatpay.api-v3-key", apiV3Key);
    props.put("cloudtrade.payment.wechatpay.api-v2-key", apiV2Key);
    return new Started(alipay, wechat, props);
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

  /** A 32-character random secret kept in {@code file} (the merchant's API v3 or v2 key), made on first use. */
  static String secret(Path file) throws IOException {
    if (Files.exists(file)) {
      return Files.readString(file).trim();
    }
    byte[] random = new byte[24];
    new java.security.SecureRandom().nextBytes(random);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random); // 32 characters
    Files.writeString(file, key);
    return key;
  }

  static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
