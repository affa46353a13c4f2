package io.cloudtrade.payment;

import com.sun.net.httpserver.HttpServer;
import io.cloudtrade.payment.api.ChannelNotify;
import io.cloudtrade.payment.api.ChannelPaymentService;
import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.api.NotifyAnswer;
import io.cloudtrade.sandbox.alipay.AlipaySandboxApplication;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The channel sandboxes for this module's tests, started once per JVM with keys made here, and a
 * notify receiver standing in for the gateway: it hands each notification to the payment server
 * over Dubbo exactly as the gateway will, and answers the channel with what the server says.
 */
final class Sandboxes {
  static final String ALIPAY_APP_ID = "2021000000000777";
  static final String WECHAT_MCHID = "1900000777";
  static final String WECHAT_APPID = "wx0000000000000777";
  static final String WECHAT_API_V3_KEY = "0123456789abcdef0123456789ABCDEF";
  static final String WECHAT_API_V2_KEY = "v2v2v2v2v2v2v2v2v2v2v2v2v2v2v777";
  static final String WECHAT_MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B777";
  static final String WECHAT_PLATFORM_KEY_ID = "PUB_KEY_ID_0119000077772026112500000000000777";
  private static Sandboxes instance;

  final KeyPair merchant;
  final KeyPair alipay;
  final ConfigurableApplicationContext alipaySandbox;
  final int alipayPort;
  final KeyPair wechatMerchant;
  final KeyPair wechatPlatform;
  final ConfigurableApplicationContext wechatSandbox;
  final int wechatPort;
  final List<NotifyAnswer> wechatAnswers = new CopyOnWriteArrayList<>();
  final HttpServer receiver;
  final List<Map<String, String>> alipayNotifies = new CopyOnWriteArrayList<>();
  final List<NotifyAnswer> answers = new CopyOnWriteArrayList<>();
  volatile ChannelPaymentService target;

  static synchronized Sandboxes get() {
    if (instance == null) {
      try {
        instance = new Sandboxes();
      } catch (Exception e) {
        throw new IllegalStateException("sandboxes failed to start: " + e, e);
      }
    }
    return instance;
  }

  private Sandboxes() throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    merchant = rsa.generateKeyPair();
    alipay = rsa.generateKeyPair();
    alipaySandbox = new SpringApplicationBuilder(AlipaySandboxApplication.class).registerShutdownHook(false).run(
        "--spring.config.name=" + AlipaySandboxApplication.CONFIG_NAME, "--server.port=0",
        "--cloudtrade.sandbox.alipay.private-key=" + b64(alipay.getPrivate().getEncoded()),
        "--cloudtrade.sandbox.alipay.apps[0].app-id=" + ALIPAY_APP_ID,
        "--cloudtrade.sandbox.alipay.apps[0].public-key=" + b64(merchant.getPublic().getEncoded()),
        "--cloudtrade.sandbox.alipay.notify.retry-schedule=200ms,500ms,1s,2s");
    alipayPort = Integer.parseInt(alipaySandbox.getEnvironment().getProperty("local.server.port"));
    wechatMerchant = rsa.generateKeyPair();
    wechatPlatform = rsa.generateKeyPair();
    wechatSandbox = new SpringApplicationBuilder(io.cloudtrade.sandbox.wechatpay.WechatPaySandboxApplication.class)
        .registerShutdownHook(false).run(
        "--spring.config.name=" + io.cloudtrade.sandbox.wechatpay.WechatPaySandboxApplication.CONFIG_NAME, "--server.port=0",
        "--cloudtrade.sandbox.wechatpay.platform-private-key=" + b64(wechatPlatform.getPrivate().getEncoded()),
        "--cloudtrade.sandbox.wechatpay.platform-key-serial=" + WECHAT_PLATFORM_KEY_ID,
        "--cloudtrade.sandbox.wechatpay.notify-retry-schedule=200ms,500ms,1s,2s",
        "--cloudtrade.sandbox.wechatpay.merchants[0].mchid=" + WECHAT_MCHID,
        "--cloudtrade.sandbox.wechatpay.merchants[0].appid=" + WECHAT_APPID,
        "--cloudtrade.sandbox.wechatpay.merchants[0].api-v3-key=" + WECHAT_API_V3_KEY,
        "--cloudtrade.sandbox.wechatpay.merchants[0].api-v2-key=" + WECHAT_API_V2_KEY,
        "--cloudtrade.sandbox.wechatpay.merchants[0].certificate-serial=" + WECHAT_MERCHANT_SERIAL,
        "--cloudtrade.sandbox.wechatpay.merchants[0].public-key=" + b64(wechatMerchant.getPublic().getEncoded()),
        "--cloudtrade.sandbox.wechatpay.merchants[0].platform-key-mode=PUBLIC_KEY");
    wechatPort = Integer.parseInt(wechatSandbox.getEnvironment().getProperty("local.server.port"));
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/notify/alipay", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> form = form(body);
      alipayNotifies.add(form);
      ChannelPaymentService service = target;
      NotifyAnswer answer = service == null
          ? new NotifyAnswer().setHttpStatus(503).setContentType("text/plain").setBody("not ready")
          : service.acceptNotify(new ChannelNotify().setChannel(ChannelPayments.ALIPAY).setForm(new java.util.HashMap<>(form)));
      answers.add(answer);
      byte[] out = answer.getBody().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", answer.getContentType());
      exchange.sendResponseHeaders(answer.getHttpStatus(), out.length);
      exchange.getResponseBody().write(out);
      exchange.close();
    });
    receiver.createContext("/notify/wechatpay", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      java.util.HashMap<String, String> headers = new java.util.HashMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
      ChannelPaymentService service = target;
      NotifyAnswer answer = service == null
          ? new NotifyAnswer().setHttpStatus(503).setContentType("application/json").setBody("{}")
          : service.acceptNotify(new ChannelNotify().setChannel(ChannelPayments.WECHATPAY).setHeaders(headers).setBody(body));
      wechatAnswers.add(answer);
      byte[] out = answer.getBody().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", answer.getContentType());
      exchange.sendResponseHeaders(answer.getHttpStatus(), out.length == 0 ? -1 : out.length);
      if (out.length > 0) {
        exchange.getResponseBody().write(out);
      }
      exchange.close();
    });
    receiver.start();
  }

  Map<String, String> paymentServerProperties() {
    Map<String, String> p = new LinkedHashMap<>(Map.of(
        "cloudtrade.payment.wechatpay.base-url", "http://127.0.0.1:" + wechatPort,
        "cloudtrade.payment.wechatpay.mchid", WECHAT_MCHID,
        "cloudtrade.payment.wechatpay.appid", WECHAT_APPID,
        "cloudtrade.payment.wechatpay.private-key", b64(wechatMerchant.getPrivate().getEncoded()),
        "cloudtrade.payment.wechatpay.merchant-serial", WECHAT_MERCHANT_SERIAL,
        "cloudtrade.payment.wechatpay.platform-public-key", b64(wechatPlatform.getPublic().getEncoded()),
        "cloudtrade.payment.wechatpay.platform-public-key-id", WECHAT_PLATFORM_KEY_ID,
        "cloudtrade.payment.wechatpay.api-v3-key", WECHAT_API_V3_KEY,
        "cloudtrade.payment.wechatpay.api-v2-key", WECHAT_API_V2_KEY));
    p.putAll(alipayProperties());
    return p;
  }

  Map<String, String> alipayProperties() {
    return Map.of(
        "cloudtrade.payment.alipay.server-url", "http://127.0.0.1:" + alipayPort + "/gateway.do",
        "cloudtrade.payment.alipay.app-id", ALIPAY_APP_ID,
        "cloudtrade.payment.alipay.private-key", b64(merchant.getPrivate().getEncoded()),
        "cloudtrade.payment.alipay.alipay-public-key", b64(alipay.getPublic().getEncoded()),
        "cloudtrade.payment.notify-base-url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/notify");
  }

  /** Calls a control of the Alipay sandbox (plain JSON); the response body. */
  String control(String path, String json) throws IOException, InterruptedException {
    return control(alipayPort, path, json);
  }

  /** Calls a control of the WeChat Pay sandbox. */
  String wechatControl(String path, String json) throws IOException, InterruptedException {
    return control(wechatPort, path, json);
  }

  /** Reads from the WeChat Pay sandbox (a ledger entry, a bill); the response body. */
  String wechatGet(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + wechatPort + path))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(path + " -> " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  static String control(int port, String path, String json) throws IOException, InterruptedException {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(path + " -> " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
