package io.cloudtrade.sandbox.wechatpay.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wechat.pay.java.core.Config;
import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.http.DefaultHttpClientBuilder;
import com.wechat.pay.java.core.http.HttpClient;
import com.wechat.pay.java.service.payments.nativepay.NativePayService;
import com.wechat.pay.java.service.payments.nativepay.model.Amount;
import com.wechat.pay.java.service.payments.nativepay.model.PrepayRequest;
import com.wechat.pay.java.service.payments.nativepay.model.PrepayResponse;
import com.wechat.pay.java.service.refund.RefundService;
import io.cloudtrade.sandbox.wechatpay.WechatPaySandboxApplication;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Map;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One sandbox for all integration tests (the context is shared), with keys made here: the platform
 * key, a merchant verifying with the WeChat Pay public key, one verifying with downloaded
 * certificates. The official SDK is the v3 client; an OkHttp interceptor sends its requests for
 * {@code https://api.mch.weixin.qq.com} to the sandbox instead, and nothing else changes.
 */
@SpringBootTest(classes = WechatPaySandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.config.name=" + WechatPaySandboxApplication.CONFIG_NAME)
public abstract class SandboxTestBase {
  protected static final KeyPair PLATFORM = TestKeys.rsa();
  protected static final String PLATFORM_SERIAL = "PUB_KEY_ID_0112345678901234567890123456";
  protected static final TestMerchant MERCHANT = TestMerchant.create("1900000109", "wxd678efh567hg6787", "PUBLIC_KEY");
  protected static final TestMerchant CERT_MERCHANT =
      TestMerchant.create("1900000110", "wx8888888888888888", "CERTIFICATE");
  /** A notify_url where nobody listens (refused at once: no DNS, no waiting). */
  protected static final String NOWHERE = "http://127.0.0.1:9/wechatpay/notify";
  /** Retries of failed notifications, shortened from the real 15 s, 15 s, 30 s, 3 min... */
  protected static final long RETRY_MILLIS = 200;

  @DynamicPropertySource
  static void sandbox(DynamicPropertyRegistry r) {
    r.add("cloudtrade.sandbox.wechatpay.platform-private-key", () -> TestKeys.pkcs8(PLATFORM));
    r.add("cloudtrade.sandbox.wechatpay.platform-key-serial", () -> PLATFORM_SERIAL);
    r.add("cloudtrade.sandbox.wechatpay.notify-retry-schedule",
        () -> RETRY_MILLIS + "ms," + RETRY_MILLIS + "ms," + RETRY_MILLIS + "ms," + RETRY_MILLIS + "ms");
    r.add("cloudtrade.sandbox.wechatpay.notify-timeout", () -> "2s");
    MERCHANT.properties(0).forEach((k, v) -> r.add(k, () -> v));
    CERT_MERCHANT.properties(1).forEach((k, v) -> r.add(k, () -> v));
  }

  @LocalServerPort
  protected int port;
  protected final ObjectMapper json = new ObjectMapper();
  private final java.net.http.HttpClient web = java.net.http.HttpClient.newHttpClient();

  @BeforeEach
  void normalNotifications() throws Exception {
    sandboxPost("/sandbox/notify-policy", Map.of("mode", "NORMAL"));
  }

  protected String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** An OkHttp client whose every request goes to the sandbox, path and query untouched. */
  protected OkHttpClient toSandbox() {
    return new OkHttpClient.Builder().addInterceptor(chain -> {
      Request request = chain.request();
      HttpUrl url = request.url().newBuilder().scheme("http").host("127.0.0.1").port(port).build();
      return chain.proceed(request.newBuilder().url(url).build());
    }).build();
  }

  /** The SDK's configuration of {@code m}, trusting {@code platformKey} as the WeChat Pay public key. */
  protected static RSAPublicKeyConfig config(TestMerchant m, PublicKey platformKey) {
    return new RSAPublicKeyConfig.Builder()
        .merchantId(m.mchid())
        .privateKey(m.apiKey().getPrivate())
        .merchantSerialNumber(m.certificateSerial())
        .publicKeyId(PLATFORM_SERIAL)
        .publicKey(platformKey)
        .apiV3Key(m.apiV3Key())
        .build();
  }

  protected static RSAPublicKeyConfig config(TestMerchant m) {
    return config(m, PLATFORM.getPublic());
  }

  protected HttpClient sdkHttp(Config config) {
    return new DefaultHttpClientBuilder().config(config).okHttpClient(toSandbox()).build();
  }

  protected NativePayService nativePay(Config config) {
    return new NativePayService.Builder().httpClient(sdkHttp(config)).build();
  }

  protected RefundService refunds(Config config) {
    return new RefundService.Builder().httpClient(sdkHttp(config)).build();
  }

  protected static String outTradeNo() {
    return "CT" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
  }

  protected static PrepayResponse prepay(NativePayService service, TestMerchant m, String outTradeNo, int fen,
      String notifyUrl) {
    PrepayRequest request = new PrepayRequest();
    request.setAppid(m.appid());
    request.setMchid(m.mchid());
    request.setDescription("CloudTrade ECS 1 month");
    request.setOutTradeNo(outTradeNo);
    request.setNotifyUrl(notifyUrl);
    Amount amount = new Amount();
    amount.setTotal(fen);
    amount.setCurrency("CNY");
    request.setAmount(amount);
    return service.prepay(request);
  }

  /** A payer scans the code and pays ({@code SUCCESS}) or fails ({@code FAIL}). */
  protected SandboxAnswer scan(String outTradeNo, String outcome) throws Exception {
    return sandboxPost("/sandbox/transactions/" + outTradeNo + "/scan", Map.of("outcome", outcome));
  }

  protected SandboxAnswer sandboxPost(String path, Object body) throws Exception {
    HttpResponse<String> r = web.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new SandboxAnswer(r.statusCode(), r.body().isEmpty() ? null : json.readTree(r.body()), r.body());
  }

  protected SandboxAnswer sandboxGet(String path) throws Exception {
    HttpResponse<String> r = web.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    JsonNode node = r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")
        ? json.readTree(r.body()) : null;
    return new SandboxAnswer(r.statusCode(), node, r.body());
  }

  /** A plain HTTP answer from the sandbox. */
  public record SandboxAnswer(int status, JsonNode json, String text) {
  }
}
