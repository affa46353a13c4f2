package io.cloudtrade.sandbox.alipay;

import static org.assertj.core.api.Assertions.assertThat;

import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayClient;
import com.alipay.api.AlipayRequest;
import com.alipay.api.AlipayResponse;
import com.alipay.api.DefaultAlipayClient;
import com.alipay.api.domain.AlipayTradePayModel;
import com.alipay.api.domain.AlipayTradePrecreateModel;
import com.alipay.api.domain.AlipayTradeQueryModel;
import com.alipay.api.domain.AlipayTradeRefundModel;
import com.alipay.api.request.AlipayTradePayRequest;
import com.alipay.api.request.AlipayTradePrecreateRequest;
import com.alipay.api.request.AlipayTradeQueryRequest;
import com.alipay.api.request.AlipayTradeRefundRequest;
import com.alipay.api.response.AlipayTradePayResponse;
import com.alipay.api.response.AlipayTradePrecreateResponse;
import com.alipay.api.response.AlipayTradeQueryResponse;
import com.alipay.api.response.AlipayTradeRefundResponse;
import io.cloudtrade.sandbox.alipay.application.NotifyDispatcher;
import io.cloudtrade.sandbox.alipay.application.NotifyPolicy;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One sandbox for the integration tests (the context is shared by every subclass), the official SDK
 * as the merchant's client, and a notify receiver. Notify retries come every 200 ms here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=" + AlipaySandboxApplication.CONFIG_NAME,
        // the SDK logs every call, and every business rejection at ERROR
        "logging.level.sdk=OFF"})
public abstract class SandboxItBase {
  public static final String APP_ID = "2021000000000001";
  /** Lives as long as the JVM, like the shared context whose retries reach it. */
  protected static final NotifyReceiver receiver = new NotifyReceiver();

  @LocalServerPort
  protected int port;
  @Autowired
  protected TestRestTemplate http;
  @Autowired
  protected NotifyDispatcher notifier;

  @DynamicPropertySource
  static void sandboxProperties(DynamicPropertyRegistry registry) {
    registry.add("cloudtrade.sandbox.alipay.private-key", TestKeys.SANDBOX::privateKey);
    registry.add("cloudtrade.sandbox.alipay.apps[0].app-id", () -> APP_ID);
    registry.add("cloudtrade.sandbox.alipay.apps[0].public-key", TestKeys.MERCHANT::publicKey);
    registry.add("cloudtrade.sandbox.alipay.notify.retry-schedule", () -> "200ms,200ms,200ms");
  }

  @BeforeEach
  void normalDelivery() {
    notifier.setPolicy(NotifyPolicy.of(NotifyPolicy.Mode.NORMAL));
  }

  protected String gatewayUrl() {
    return "http://127.0.0.1:" + port + "/gateway.do";
  }

  /** The merchant's client, configured as for Alipay but with the sandbox's URL and keys. */
  protected AlipayClient client() {
    return client(TestKeys.MERCHANT.privateKey(), TestKeys.SANDBOX.publicKey());
  }

  protected AlipayClient client(String merchantPrivateKey, String alipayPublicKey) {
    return new DefaultAlipayClient(gatewayUrl(), APP_ID, merchantPrivateKey, "json", "utf-8", alipayPublicKey, "RSA2");
  }

  protected <T extends AlipayResponse> T execute(AlipayRequest<T> request) {
    try {
      return client().execute(request);
    } catch (AlipayApiException e) {
      throw new AssertionError("the SDK refused the call: " + e.getErrMsg(), e);
    }
  }

  protected static String newOutTradeNo() {
    return "CT" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
  }

  protected AlipayTradePrecreateResponse precreate(String outTradeNo, String amount) {
    AlipayTradePrecreateModel model = new AlipayTradePrecreateModel();
    model.setOutTradeNo(outTradeNo);
    model.setTotalAmount(amount);
    model.setSubject("CloudTrade order " + outTradeNo);
    AlipayTradePrecreateRequest request = new AlipayTradePrecreateRequest();
    request.setNotifyUrl(receiver.url());
    request.setBizModel(model);
    return execute(request);
  }

  protected AlipayTradePayResponse barcodePay(String outTradeNo, String amount, String authCode) {
    AlipayTradePayModel model = new AlipayTradePayModel();
    model.setOutTradeNo(outTradeNo);
    model.setTotalAmount(amount);
    model.setSubject("CloudTrade order " + outTradeNo);
    model.setScene("bar_code");
    model.setAuthCode(authCode);
    AlipayTradePayRequest request = new AlipayTradePayRequest();
    request.setNotifyUrl(receiver.url());
    request.setBizModel(model);
    return execute(request);
  }

  protected AlipayTradeQueryResponse query(String outTradeNo) {
    AlipayTradeQueryModel model = new AlipayTradeQueryModel();
    model.setOutTradeNo(outTradeNo);
    AlipayTradeQueryRequest request = new AlipayTradeQueryRequest();
    request.setBizModel(model);
    return execute(request);
  }

  protected AlipayTradeRefundResponse refund(String outTradeNo, String amount, String outRequestNo) {
    AlipayTradeRefundModel model = new AlipayTradeRefundModel();
    model.setOutTradeNo(outTradeNo);
    model.setRefundAmount(amount);
    model.setOutRequestNo(outRequestNo);
    AlipayTradeRefundRequest request = new AlipayTradeRefundRequest();
    request.setBizModel(model);
    return execute(request);
  }

  /** The buyer scans the trade's QR code. */
  protected void scan(String outTradeNo, String outcome) {
    assertThat(http.postForEntity("/sandbox/trades/" + outTradeNo + "/scan", Map.of("outcome", outcome), String.class)
        .getStatusCode().value()).isEqualTo(200);
  }

  /** A paid barcode trade (the default auth code behaviour pays at once). */
  protected String paidTrade(String amount) {
    String outTradeNo = newOutTradeNo();
    AlipayTradePayResponse paid = barcodePay(outTradeNo, amount, "28" + System.nanoTime());
    assertThat(paid.getCode()).isEqualTo("10000");
    return outTradeNo;
  }

  @SuppressWarnings("unchecked")
  protected Map<String, Object> ledgerEntry(String outTradeNo) {
    return http.getForObject("/sandbox/trades/" + outTradeNo, Map.class);
  }
}
