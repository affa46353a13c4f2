package io.cloudtrade.benchmarks;

import com.alipay.api.AlipayApiException;
import com.alipay.api.internal.util.AlipaySignature;
import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RequestParam;
import com.wechat.pay.java.service.payments.model.Transaction;
import io.cloudtrade.benchmarks.ChannelNotifies.ChannelKeys;
import io.cloudtrade.benchmarks.ChannelNotifies.Notify;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The verification of one payment notify in-process, with the official SDKs called as the payment
 * server's channel adapters call them, no network, Dubbo or database:
 *
 * <ul>
 *   <li>{@link #sdkVerify}, channel {@code alipay}: what {@code AlipayChannel.verify} does: the form
 *       copied (the SDK removes {@code sign} and {@code sign_type} from the map it is given), then
 *       {@code AlipaySignature.rsaCheckV1(form, alipayPublicKey, "utf-8", "RSA2")} with the public key
 *       as configured (X.509 base64: the SDK parses it on every call);
 *   <li>{@link #sdkVerify}, channel {@code wechatpay}: what {@code WechatPayChannel.verify} does: a
 *       {@code RequestParam} from the (lower-cased) headers and the body, then {@code
 *       NotificationParser.parse(param, Transaction.class)} with an {@link RSAPublicKeyConfig} (platform
 *       public key + key id + APIv3 key): RSA verify, JSON, AES-256-GCM decrypt, JSON into a {@code
 *       Transaction};
 *   <li>{@link #jdkRsaVerify}: the bare SHA256withRSA verify of the same signed bytes with an already
 *       parsed key: the part of the cost that is the RSA maths alone.
 * </ul>
 *
 * {@code notify=genuine} is signed with the channel's key; {@code notify=forged} is the same notify
 * signed with another key (refused: rsaCheckV1 answers false; parse throws). The notifies are those
 * {@link ChannelNotifies} builds for the throughput driver (2048-bit keys, as the launcher makes).
 * Each benchmark checks its answer first. Run with {@code java -jar benchmarks/target/benchmarks.jar
 * NotifyVerificationBenchmark -bm avgt -tu us}; {@code run-notify-throughput.sh} sets its own options.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class NotifyVerificationBenchmark {
  private static final long PAYMENT_ID = 1_380_000_123_456_789L;
  private static final long AMOUNT_MINOR = 36_100L;

  @Param({"alipay", "wechatpay"})
  String channel;

  @Param({"genuine", "forged"})
  String notify;

  private boolean alipay;
  private Map<String, String> form;
  private String alipayPublicKey;
  private NotificationParser parser;
  private Map<String, String> headers;
  private String body;
  private PublicKey publicKey;
  private byte[] signedBytes;
  private byte[] signature;

  @Setup
  public void setUp() {
    ChannelKeys keys = ChannelKeys.generate();
    alipay = "alipay".equals(channel);
    Notify n = ChannelNotifies.genuine(alipay ? ChannelNotifies.ALIPAY : ChannelNotifies.WECHATPAY, keys, PAYMENT_ID, AMOUNT_MINOR,
        Instant.now());
    if ("forged".equals(notify)) {
      n = ChannelNotifies.forged(n, ChannelNotifies.newPrivateKey());
    }
    publicKey = alipay ? keys.alipayPublic() : keys.wechatPlatformPublic();
    signedBytes = n.signedMessage().getBytes(StandardCharsets.UTF_8);
    signature = Base64.getDecoder().decode(n.signature());
    if (alipay) {
      form = Map.copyOf(n.form());
      alipayPublicKey = Base64.getEncoder().encodeToString(publicKey.getEncoded());
    } else {
      // the payment server's configuration: its own merchant key and serial, the platform's public key and id
      parser = new NotificationParser(new RSAPublicKeyConfig.Builder()
          .merchantId(ChannelNotifies.WECHAT_MCHID)
          .privateKey(ChannelNotifies.newPrivateKey())
          .merchantSerialNumber(ChannelNotifies.WECHAT_MERCHANT_SERIAL)
          .publicKey(publicKey)
          .publicKeyId(ChannelNotifies.WECHAT_PLATFORM_KEY_ID)
          .apiV3Key(keys.apiV3Key())
          .build());
      headers = new HashMap<>();
      n.headers().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v)); // as the gateway passes them on
      body = n.body();
    }
    check();
  }

  @Benchmark
  public Object sdkVerify() {
    if (alipay) {
      try {
        return AlipaySignature.rsaCheckV1(new HashMap<>(form), alipayPublicKey, "utf-8", "RSA2");
      } catch (AlipayApiException e) {
        return e;
      }
    }
    try {
      return parser.parse(new RequestParam.Builder()
          .serialNumber(headers.get("wechatpay-serial"))
          .nonce(headers.get("wechatpay-nonce"))
          .signature(headers.get("wechatpay-signature"))
          .timestamp(headers.get("wechatpay-timestamp"))
          .signType(headers.get("wechatpay-signature-type"))
          .body(body)
          .build(), Transaction.class);
    } catch (RuntimeException refused) {
      return refused;
    }
  }

  @Benchmark
  public boolean jdkRsaVerify() {
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initVerify(publicKey);
      s.update(signedBytes);
      return s.verify(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Refuses to measure a path that does not give the expected answer. */
  private void check() {
    boolean genuine = "genuine".equals(notify);
    Object sdk = sdkVerify();
    boolean accepted = alipay ? Boolean.TRUE.equals(sdk)
        : sdk instanceof Transaction t && Long.toString(PAYMENT_ID).equals(t.getOutTradeNo())
            && t.getAmount() != null && t.getAmount().getTotal() == AMOUNT_MINOR
            && ChannelNotifies.WECHAT_MCHID.equals(t.getMchid()) && t.getTradeState() == Transaction.TradeStateEnum.SUCCESS;
    if (accepted != genuine || jdkRsaVerify() != genuine) {
      throw new IllegalStateException(channel + " " + notify + ": the SDK answered " + sdk + ", the JDK " + jdkRsaVerify()
          + "; expected " + (genuine ? "accepted" : "refused"));
    }
  }
}
