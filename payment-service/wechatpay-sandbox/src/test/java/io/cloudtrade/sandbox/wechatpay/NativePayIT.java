package io.cloudtrade.sandbox.wechatpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.exception.ServiceException;
import com.wechat.pay.java.core.exception.ValidationException;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RequestParam;
import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.payments.nativepay.NativePayService;
import com.wechat.pay.java.service.payments.nativepay.model.CloseOrderRequest;
import com.wechat.pay.java.service.payments.nativepay.model.PrepayResponse;
import com.wechat.pay.java.service.payments.nativepay.model.QueryOrderByIdRequest;
import com.wechat.pay.java.service.payments.nativepay.model.QueryOrderByOutTradeNoRequest;
import io.cloudtrade.sandbox.wechatpay.support.TestKeys;
import io.cloudtrade.sandbox.wechatpay.support.NotifyReceiver;
import io.cloudtrade.sandbox.wechatpay.support.SandboxTestBase;
import io.cloudtrade.sandbox.wechatpay.support.TestMerchant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Native payment through the official SDK: prepay, scan, query, notify, close; and the signatures both ways. */
class NativePayIT extends SandboxTestBase {
  private final RSAPublicKeyConfig config = config(MERCHANT);
  private final NativePayService service = nativePay(config);

  Transaction query(String outTradeNo) {
    QueryOrderByOutTradeNoRequest q = new QueryOrderByOutTradeNoRequest();
    q.setMchid(MERCHANT.mchid());
    q.setOutTradeNo(outTradeNo);
    return service.queryOrderByOutTradeNo(q);
  }

  @Test
  void aScannedCodeIsPaidQueriedAndNotified() throws Exception {
    try (NotifyReceiver receiver = new NotifyReceiver()) {
      String no = outTradeNo();
      PrepayResponse prepay = prepay(service, MERCHANT, no, 1999, receiver.url("/wechatpay/notify"));
      assertThat(prepay.getCodeUrl()).startsWith("weixin://wxpay/bizpayurl?pr=");
      assertThat(query(no).getTradeState()).isEqualTo(Transaction.TradeStateEnum.NOTPAY);

      assertThat(scan(no, "SUCCESS").status()).isEqualTo(200);

      Transaction paid = query(no);
      assertThat(paid.getTradeState()).isEqualTo(Transaction.TradeStateEnum.SUCCESS);
      assertThat(paid.getTradeType()).isEqualTo(Transaction.TradeTypeEnum.NATIVE);
      assertThat(paid.getTransactionId()).matches("4200\\d{24}");
      assertThat(paid.getAmount().getTotal()).isEqualTo(1999);
      assertThat(paid.getAmount().getPayerTotal()).isEqualTo(1999);
      assertThat(paid.getAmount().getCurrency()).isEqualTo("CNY");
      assertThat(paid.getSuccessTime()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
      assertThat(paid.getPayer().getOpenid()).isNotBlank();
      QueryOrderByIdRequest byId = new QueryOrderByIdRequest();
      byId.setMchid(MERCHANT.mchid());
      byId.setTransactionId(paid.getTransactionId());
      assertThat(service.queryOrderById(byId).getOutTradeNo()).isEqualTo(no);

      NotifyReceiver.Received n = receiver.next(10_000);
      assertThat(n).as("the notification").isNotNull();
      assertThat(n.path()).isEqualTo("/wechatpay/notify");
      assertThat(n.header("Wechatpay-Serial")).isEqualTo(PLATFORM_SERIAL);
      assertThat(json.readTree(n.body()).get("event_type").asText()).isEqualTo("TRANSACTION.SUCCESS");
      assertThat(json.readTree(n.body()).at("/resource/associated_data").asText()).isEqualTo("transaction");
      Transaction notified = new NotificationParser(config).parse(requestParam(n), Transaction.class);
      assertThat(notified.getOutTradeNo()).isEqualTo(no);
      assertThat(notified.getTransactionId()).isEqualTo(paid.getTransactionId());
      assertThat(notified.getTradeState()).isEqualTo(Transaction.TradeStateEnum.SUCCESS);
      assertThat(notified.getAmount().getTotal()).isEqualTo(1999);
    }
  }

  @Test
  void theSamePrepayAgainAnswersTheSameCodeAndOtherParametersAreRefused() {
    String no = outTradeNo();
    String code = prepay(service, MERCHANT, no, 100, NOWHERE).getCodeUrl();
    assertThat(prepay(service, MERCHANT, no, 100, NOWHERE).getCodeUrl()).isEqualTo(code);

    assertThatThrownBy(() -> prepay(service, MERCHANT, no, 200, NOWHERE))
        .isInstanceOfSatisfying(ServiceException.class, e -> {
          assertThat(e.getHttpStatusCode()).isEqualTo(400);
          assertThat(e.getErrorCode()).isEqualTo("INVALID_REQUEST");
        });
  }

  @Test
  void aPaidOrderCannotBePrepaidOrClosed() throws Exception {
    String no = outTradeNo();
    prepay(service, MERCHANT, no, 100, NOWHERE);
    scan(no, "SUCCESS");

    assertThatThrownBy(() -> prepay(service, MERCHANT, no, 100, NOWHERE))
        .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.getErrorCode()).isEqualTo("ORDER_PAID"));
    assertThatThrownBy(() -> service.closeOrder(close(no)))
        .isInstanceOfSatisfying(ServiceException.class, e -> {
          assertThat(e.getHttpStatusCode()).isEqualTo(400);
          assertThat(e.getErrorCode()).isEqualTo("ORDER_PAID");
        });
  }

  @Test
  void anUnpaidOrderIsClosedAndCannotBePaidAnyMore() throws Exception {
    String no = outTradeNo();
    prepay(service, MERCHANT, no, 100, NOWHERE);

    service.closeOrder(close(no));
    service.closeOrder(close(no)); // again: still fine

    assertThat(query(no).getTradeState()).isEqualTo(Transaction.TradeStateEnum.CLOSED);
    assertThat(scan(no, "SUCCESS").status()).isEqualTo(409);
    assertThatThrownBy(() -> prepay(service, MERCHANT, no, 100, NOWHERE))
        .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.getErrorCode()).isEqualTo("ORDER_CLOSED"));
  }

  @Test
  void aFailedPaymentIsPayerror() throws Exception {
    String no = outTradeNo();
    prepay(service, MERCHANT, no, 100, NOWHERE);
    scan(no, "FAIL");
    assertThat(query(no).getTradeState()).isEqualTo(Transaction.TradeStateEnum.PAYERROR);
  }

  @Test
  void anUnknownOrderIsOrderNotExist() {
    assertThatThrownBy(() -> query("NO_SUCH_ORDER_1"))
        .isInstanceOfSatisfying(ServiceException.class, e -> {
          assertThat(e.getHttpStatusCode()).isEqualTo(404);
          assertThat(e.getErrorCode()).isEqualTo("ORDER_NOT_EXIST");
        });
  }

  @Test
  void aRequestSignedWithAnotherKeyIsRefusedWith401() {
    TestMerchant impostor = new TestMerchant(MERCHANT.mchid(), MERCHANT.appid(), TestKeys.rsa(),
        MERCHANT.certificateSerial(), MERCHANT.apiV3Key(), MERCHANT.apiV2Key(), "PUBLIC_KEY");
    NativePayService forged = nativePay(config(impostor));

    assertThatThrownBy(() -> prepay(forged, MERCHANT, outTradeNo(), 100, NOWHERE))
        .isInstanceOfSatisfying(ServiceException.class, e -> {
          assertThat(e.getHttpStatusCode()).isEqualTo(401);
          assertThat(e.getErrorCode()).isEqualTo("SIGN_ERROR");
        });
  }

  @Test
  void theSdkRefusesAnswersSignedWithAnotherPlatformKey() {
    String no = outTradeNo();
    prepay(service, MERCHANT, no, 100, NOWHERE);
    KeyPair notThePlatform = TestKeys.rsa();
    NativePayService misconfigured = nativePay(config(MERCHANT, notThePlatform.getPublic()));

    QueryOrderByOutTradeNoRequest q = new QueryOrderByOutTradeNoRequest();
    q.setMchid(MERCHANT.mchid());
    q.setOutTradeNo(no);
    assertThatThrownBy(() -> misconfigured.queryOrderByOutTradeNo(q)).isInstanceOf(ValidationException.class);
  }

  @Test
  void aStaleOrMalformedAuthorizationIsRefusedWith401() throws Exception {
    String path = "/v3/pay/transactions/out-trade-no/" + outTradeNo() + "?mchid=" + MERCHANT.mchid();
    long sixMinutesAgo = Instant.now().minusSeconds(360).getEpochSecond();
    assertThat(get(path, authorization("GET", path, "", sixMinutesAgo)).statusCode()).isEqualTo(401);
    assertThat(get(path, "Bearer nothing").statusCode()).isEqualTo(401);
    HttpResponse<String> fresh = get(path, authorization("GET", path, "", Instant.now().getEpochSecond()));
    assertThat(fresh.statusCode()).isEqualTo(404); // signed well: the order just does not exist
    assertThat(json.readTree(fresh.body()).get("code").asText()).isEqualTo("ORDER_NOT_EXIST");
    assertThat(fresh.headers().firstValue("Wechatpay-Signature")).isPresent();
  }

  @Test
  void badInputIsA400NeverA500NorATruncatedAmount() throws Exception {
    String path = "/v3/pay/transactions/native";
    String fractional = "{\"appid\":\"" + MERCHANT.appid() + "\",\"mchid\":\"" + MERCHANT.mchid()
        + "\",\"description\":\"d\",\"out_trade_no\":\"" + outTradeNo() + "\",\"notify_url\":\"" + NOWHERE
        + "\",\"amount\":{\"total\":1.5}}";
    for (String body : new String[] {fractional, "{not json", "{\"amount\":{\"total\":-1}}"}) {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
          .header("Authorization", authorization("POST", path, body, Instant.now().getEpochSecond()))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(body).isEqualTo(400);
      assertThat(json.readTree(r.body()).get("code").asText()).isEqualTo("PARAM_ERROR");
    }
  }

  HttpResponse<String> get(String path, String authorization) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .header("Authorization", authorization).header("Accept", "application/json").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String authorization(String method, String url, String body, long timestamp) throws Exception {
    String nonce = UUID.randomUUID().toString().replace("-", "");
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(MERCHANT.apiKey().getPrivate());
    s.update((method + "\n" + url + "\n" + timestamp + "\n" + nonce + "\n" + body + "\n").getBytes("UTF-8"));
    return "WECHATPAY2-SHA256-RSA2048 mchid=\"" + MERCHANT.mchid() + "\",nonce_str=\"" + nonce + "\",timestamp=\""
        + timestamp + "\",serial_no=\"" + MERCHANT.certificateSerial() + "\",signature=\""
        + Base64.getEncoder().encodeToString(s.sign()) + "\"";
  }

  static CloseOrderRequest close(String outTradeNo) {
    CloseOrderRequest c = new CloseOrderRequest();
    c.setMchid(MERCHANT.mchid());
    c.setOutTradeNo(outTradeNo);
    return c;
  }

  /** What a merchant's notify handler builds from the request it received. */
  static RequestParam requestParam(NotifyReceiver.Received n) {
    return new RequestParam.Builder()
        .serialNumber(n.header("Wechatpay-Serial"))
        .nonce(n.header("Wechatpay-Nonce"))
        .signature(n.header("Wechatpay-Signature"))
        .timestamp(n.header("Wechatpay-Timestamp"))
        .signType(n.header("Wechatpay-Signature-Type"))
        .body(n.body())
        .build();
  }
}
