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
  private static Sandboxes instance;

  final KeyPair merchant;
  final KeyPair alipay;
  final ConfigurableApplicationContext alipaySandbox;
  final int alipayPort;
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
    receiver.start();
  }

  Map<String, String> paymentServerProperties() {
    return Map.of(
        "cloudtrade.payment.alipay.server-url", "http://127.0.0.1:" + alipayPort + "/gateway.do",
        "cloudtrade.payment.alipay.app-id", ALIPAY_APP_ID,
        "cloudtrade.payment.alipay.private-key", b64(merchant.getPrivate().getEncoded()),
        "cloudtrade.payment.alipay.alipay-public-key", b64(alipay.getPublic().getEncoded()),
        "cloudtrade.payment.notify-base-url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/notify");
  }

  /** Calls a sandbox control (plain JSON); the response body. */
  String control(String path, String json) throws IOException, InterruptedException {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + alipayPort + path))
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
