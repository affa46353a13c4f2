package io.cloudtrade.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Payment notifies built and signed as the channels send them, for {@link NotifyVerificationBenchmark}
 * and {@link NotifyThroughputDriver}: the same fields and the same signing as the launcher's sandboxes
 * ({@code alipay-sandbox} {@code NotifyDispatcher} + {@code OpenApiSignature}; {@code wechatpay-sandbox}
 * {@code Notifier} + {@code AeadAes256Gcm}), rebuilt here with the JDK so that the benchmarks need no
 * sandbox (a Spring Boot application) on their classpath.
 *
 * <ul>
 *   <li>Alipay: {@code trade_status_sync} form, RSA2 (SHA256withRSA, base64) with Alipay's key over the
 *       parameters sorted by name, {@code sign} and {@code sign_type} and empty values left out: what
 *       {@code AlipaySignature.rsaCheckV1} verifies.
 *   <li>WeChat Pay API v3: {@code TRANSACTION.SUCCESS} JSON whose resource (the transaction) is
 *       AEAD_AES_256_GCM-encrypted with the merchant's APIv3 key, signed with the platform key over
 *       {@code timestamp\nnonce\nbody\n} in the {@code Wechatpay-*} headers: what the SDK's {@code
 *       NotificationParser} verifies and decrypts.
 * </ul>
 *
 * A forged notify is the genuine one signed with a key that is not the channel's (same fields, same
 * ciphertext): the signature is the only thing wrong with it.
 */
final class ChannelNotifies {
  /** The launcher's constants ({@code launcher/.../ChannelSandboxes}). */
  static final String ALIPAY_APP_ID = "2021000000000001";
  static final String ALIPAY_SELLER_ID = "2088000000000001";
  static final String WECHAT_MCHID = "1900000001";
  static final String WECHAT_APPID = "wx0000000000000001";
  static final String WECHAT_MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B001";
  static final String WECHAT_PLATFORM_KEY_ID = "PUB_KEY_ID_0119000000012026112500000000000001";
  static final String WECHAT_SIGNATURE_TYPE = "WECHATPAY2-SHA256-RSA2048";

  static final String ALIPAY = "Alipay";
  static final String WECHATPAY = "WechatPay";

  private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
  private static final DateTimeFormatter ALIPAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);
  private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(BEIJING);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(BEIJING);
  private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ChannelNotifies() {}

  /**
   * The keys a channel signs (and encrypts) its notifies with, as the launcher keeps them in {@code
   * <data-dir>/channels/}: Alipay's private key, WeChat Pay's platform private key (PKCS#8 base64) and
   * the merchant's APIv3 key.
   */
  record ChannelKeys(PrivateKey alipay, PrivateKey wechatPlatform, String apiV3Key) {
    static ChannelKeys read(Path dataDir) throws IOException {
      Path dir = dataDir.resolve("channels");
      return new ChannelKeys(privateKey(Files.readString(dir.resolve("alipay-sandbox-private-key.pk8"))),
          privateKey(Files.readString(dir.resolve("wechatpay-platform-private-key.pk8"))),
          Files.readString(dir.resolve("wechatpay-api-v3-key")).trim());
    }

    /** Fresh keys, as the launcher makes them on first use (RSA 2048, a 32-character APIv3 key). */
    static ChannelKeys generate() {
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      return new ChannelKeys(newPrivateKey(), newPrivateKey(), Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    PublicKey alipayPublic() {
      return publicKeyOf(alipay);
    }

    PublicKey wechatPlatformPublic() {
      return publicKeyOf(wechatPlatform);
    }
  }

  /**
   * One notify as POSTed to the gateway.
   *
   * @param path {@code /notify/alipay} or {@code /notify/wechatpay}
   * @param headers the request headers besides Content-Type (WeChat Pay's {@code Wechatpay-*})
   * @param form Alipay only: the form's parameters (what the payment server verifies), else null
   * @param signedMessage what the signature covers (for a bare RSA verify)
   * @param signature the base64 signature
   */
  record Notify(String channel, long paymentId, long amountMinor, String path, String contentType, Map<String, String> headers,
      String body, Map<String, String> form, String signedMessage, String signature) {}

  /** A genuine notify of {@code channel}: payment {@code paymentId} of {@code amountMinor} fen was paid at {@code paidAt}. */
  static Notify genuine(String channel, ChannelKeys keys, long paymentId, long amountMinor, Instant paidAt) {
    return switch (channel) {
      case ALIPAY -> alipay(keys.alipay(), paymentId, amountMinor, paidAt);
      case WECHATPAY -> wechatPay(keys.wechatPlatform(), keys.apiV3Key(), paymentId, amountMinor, paidAt);
      default -> throw new IllegalArgumentException("no channel " + channel);
    };
  }

  /** The same notify signed with {@code forgersKey} instead of the channel's key. */
  static Notify forged(Notify genuine, PrivateKey forgersKey) {
    String signature = sign(forgersKey, genuine.signedMessage());
    if (ALIPAY.equals(genuine.channel())) {
      Map<String, String> form = new LinkedHashMap<>(genuine.form());
      form.put("sign", signature);
      return new Notify(genuine.channel(), genuine.paymentId(), genuine.amountMinor(), genuine.path(), genuine.contentType(),
          genuine.headers(), formBody(form), form, genuine.signedMessage(), signature);
    }
    Map<String, String> headers = new LinkedHashMap<>(genuine.headers());
    headers.put("Wechatpay-Signature", signature);
    return new Notify(genuine.channel(), genuine.paymentId(), genuine.amountMinor(), genuine.path(), genuine.contentType(), headers,
        genuine.body(), null, genuine.signedMessage(), signature);
  }

  static Notify alipay(PrivateKey alipayKey, long paymentId, long amountMinor, Instant paidAt) {
    String amount = BigDecimal.valueOf(amountMinor, 2).toPlainString();
    Map<String, String> p = new LinkedHashMap<>();
    p.put("notify_time", ALIPAY_TIME.format(paidAt.plusSeconds(1)));
    p.put("notify_type", "trade_status_sync");
    p.put("notify_id", HexFormat.of().formatHex(randomBytes(16)));
    p.put("app_id", ALIPAY_APP_ID);
    p.put("auth_app_id", ALIPAY_APP_ID);
    p.put("charset", "utf-8");
    p.put("version", "1.0");
    p.put("sign_type", "RSA2");
    p.put("trade_no", DAY.format(paidAt) + "22001" + digits(15));
    p.put("out_trade_no", Long.toString(paymentId));
    p.put("trade_status", "TRADE_SUCCESS");
    p.put("total_amount", amount);
    p.put("receipt_amount", amount);
    p.put("invoice_amount", amount);
    p.put("buyer_pay_amount", amount);
    p.put("point_amount", "0.00");
    p.put("buyer_id", "2088" + digits(12));
    p.put("buyer_logon_id", "159****" + digits(4));
    p.put("seller_id", ALIPAY_SELLER_ID);
    p.put("subject", "CloudTrade order");
    p.put("gmt_create", ALIPAY_TIME.format(paidAt.minusSeconds(20)));
    p.put("gmt_payment", ALIPAY_TIME.format(paidAt));
    p.put("fund_bill_list", "[{\"amount\":\"" + amount + "\",\"fundChannel\":\"ALIPAYACCOUNT\"}]");
    String content = new TreeMap<>(p).entrySet().stream()
        .filter(e -> !e.getKey().equals("sign") && !e.getKey().equals("sign_type") && !e.getValue().isEmpty())
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("&"));
    String signature = sign(alipayKey, content);
    p.put("sign", signature);
    return new Notify(ALIPAY, paymentId, amountMinor, "/notify/alipay", "application/x-www-form-urlencoded; charset=utf-8", Map.of(),
        formBody(p), p, content, signature);
  }

  static Notify wechatPay(PrivateKey platformKey, String apiV3Key, long paymentId, long amountMinor, Instant paidAt) {
    Map<String, Object> amount = new LinkedHashMap<>();
    amount.put("total", amountMinor);
    amount.put("payer_total", amountMinor);
    amount.put("currency", "CNY");
    amount.put("payer_currency", "CNY");
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("appid", WECHAT_APPID);
    t.put("mchid", WECHAT_MCHID);
    t.put("out_trade_no", Long.toString(paymentId));
    t.put("transaction_id", "4200" + DAY.format(paidAt) + digits(16));
    t.put("trade_type", "NATIVE");
    t.put("trade_state", "SUCCESS");
    t.put("trade_state_desc", "支付成功");
    t.put("bank_type", "OTHERS");
    t.put("attach", "");
    t.put("success_time", RFC3339.format(paidAt));
    t.put("payer", Map.of("openid", "oUpF8" + alphanumeric(23)));
    t.put("amount", amount);
    t.put("promotion_detail", List.of());
    String resourceNonce = alphanumeric(12);
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("original_type", "transaction");
    resource.put("algorithm", "AEAD_AES_256_GCM");
    resource.put("ciphertext", encrypt(apiV3Key, resourceNonce, "transaction", json(t)));
    resource.put("associated_data", "transaction");
    resource.put("nonce", resourceNonce);
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("id", UUID.randomUUID().toString());
    envelope.put("create_time", RFC3339.format(paidAt.plusSeconds(1)));
    envelope.put("resource_type", "encrypt-resource");
    envelope.put("event_type", "TRANSACTION.SUCCESS");
    envelope.put("summary", "支付成功");
    envelope.put("resource", resource);
    String body = json(envelope);
    String timestamp = Long.toString(paidAt.plusSeconds(1).getEpochSecond());
    String nonce = alphanumeric(32);
    String message = timestamp + "\n" + nonce + "\n" + body + "\n";
    String signature = sign(platformKey, message);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Wechatpay-Timestamp", timestamp);
    headers.put("Wechatpay-Nonce", nonce);
    headers.put("Wechatpay-Signature", signature);
    headers.put("Wechatpay-Serial", WECHAT_PLATFORM_KEY_ID);
    headers.put("Wechatpay-Signature-Type", WECHAT_SIGNATURE_TYPE);
    return new Notify(WECHATPAY, paymentId, amountMinor, "/notify/wechatpay", "application/json", headers, body, null, message,
        signature);
  }

  static String sign(PrivateKey key, String message) {
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(key);
      s.update(message.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign", e);
    }
  }

  static PrivateKey newPrivateKey() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair().getPrivate();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static PrivateKey privateKey(String pkcs8Base64) {
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8Base64.trim())));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not an RSA private key in PKCS#8 base64", e);
    }
  }

  static PublicKey publicKeyOf(PrivateKey key) {
    RSAPrivateCrtKey crt = (RSAPrivateCrtKey) key;
    try {
      return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encrypt(String apiV3Key, String nonce, String associatedData, String plaintext) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(apiV3Key.getBytes(StandardCharsets.UTF_8), "AES"),
          new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt", e);
    }
  }

  private static String formBody(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    ThreadLocalRandom.current().nextBytes(b);
    return b;
  }

  private static String digits(int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append((char) ('0' + ThreadLocalRandom.current().nextInt(10)));
    }
    return s.toString();
  }

  private static String alphanumeric(int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append(ALPHANUMERIC.charAt(ThreadLocalRandom.current().nextInt(ALPHANUMERIC.length())));
    }
    return s.toString();
  }
}
