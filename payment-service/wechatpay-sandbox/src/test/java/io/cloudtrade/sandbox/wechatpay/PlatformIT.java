package io.cloudtrade.sandbox.wechatpay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wechat.pay.java.core.RSAAutoCertificateConfig;
import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.http.DefaultHttpClientBuilder;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.service.billdownload.BillDownloadServiceExtension;
import com.wechat.pay.java.service.billdownload.DigestBillEntity;
import com.wechat.pay.java.service.billdownload.model.BillType;
import com.wechat.pay.java.service.billdownload.model.GetTradeBillRequest;
import com.wechat.pay.java.service.billdownload.model.TarType;
import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.payments.nativepay.NativePayService;
import com.wechat.pay.java.service.payments.nativepay.model.QueryOrderByOutTradeNoRequest;
import com.wechat.pay.java.service.refund.model.AmountReq;
import com.wechat.pay.java.service.refund.model.CreateRequest;
import io.cloudtrade.sandbox.wechatpay.support.NotifyReceiver;
import io.cloudtrade.sandbox.wechatpay.support.SandboxTestBase;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Platform certificates (RSAAutoCertificateConfig), the platform key control, and bills. */
class PlatformIT extends SandboxTestBase {

  @Test
  void theSdkDownloadsThePlatformCertificateAndVerifiesWithIt() throws Exception {
    RSAAutoCertificateConfig config = new RSAAutoCertificateConfig.Builder()
        .merchantId(CERT_MERCHANT.mchid())
        .privateKey(CERT_MERCHANT.apiKey().getPrivate())
        .merchantSerialNumber(CERT_MERCHANT.certificateSerial())
        .apiV3Key(CERT_MERCHANT.apiV3Key())
        .httpClientBuilder(new DefaultHttpClientBuilder().okHttpClient(toSandbox()))
        .build();
    NativePayService service = nativePay(config);
    try (NotifyReceiver receiver = new NotifyReceiver()) {
      String no = outTradeNo();
      prepay(service, CERT_MERCHANT, no, 500, receiver.url("/notify"));
      scan(no, "SUCCESS");
      QueryOrderByOutTradeNoRequest q = new QueryOrderByOutTradeNoRequest();
      q.setMchid(CERT_MERCHANT.mchid());
      q.setOutTradeNo(no);
      assertThat(service.queryOrderByOutTradeNo(q).getTradeState()).isEqualTo(Transaction.TradeStateEnum.SUCCESS);

      NotifyReceiver.Received n = receiver.next(10_000);
      assertThat(n.header("Wechatpay-Serial")).isNotEqualTo(PLATFORM_SERIAL).matches("[0-9A-F]{40}");
      Transaction notified = new NotificationParser(config).parse(NativePayIT.requestParam(n), Transaction.class);
      assertThat(notified.getOutTradeNo()).isEqualTo(no);
    }
  }

  @Test
  void thePlatformPublicKeyIsPublished() throws Exception {
    JsonNode key = sandboxGet("/sandbox/platform-public-key").json();
    assertThat(key.get("serial").asText()).isEqualTo(PLATFORM_SERIAL);
    assertThat(Base64.getDecoder().decode(key.get("publicKey").asText())).isEqualTo(PLATFORM.getPublic().getEncoded());
    assertThat(key.get("certificate").asText()).startsWith("-----BEGIN CERTIFICATE-----");
  }

  @Test
  void theBillListsTheDaysPaymentsAndRefunds() throws Exception {
    RSAPublicKeyConfig config = config(MERCHANT);
    NativePayService service = nativePay(config);
    String no = outTradeNo();
    prepay(service, MERCHANT, no, 1234, NOWHERE);
    scan(no, "SUCCESS");
    CreateRequest r = new CreateRequest();
    r.setOutTradeNo(no);
    r.setOutRefundNo("R" + no);
    AmountReq amount = new AmountReq();
    amount.setRefund(234L);
    amount.setTotal(1234L);
    amount.setCurrency("CNY");
    r.setAmount(amount);
    refunds(config).create(r);
    String today = LocalDate.now(ZoneOffset.ofHours(8)).toString();

    String csv = sandboxGet("/sandbox/bills/" + today).text();
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).contains("transaction_id", "out_trade_no", "type", "out_refund_no", "amount_fen", "status",
        "time");
    assertThat(lines).anySatisfy(l -> assertThat(l).contains(no, ",PAY,", ",1234,", "SUCCESS"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains(no, ",REFUND,", "R" + no, ",234,", "SUCCESS"));

    // the same through API v3's trade bill, downloaded and hash-checked by the SDK
    GetTradeBillRequest bill = new GetTradeBillRequest();
    bill.setBillDate(today);
    bill.setBillType(BillType.ALL);
    bill.setTarType(TarType.GZIP);
    DigestBillEntity entity = new BillDownloadServiceExtension.Builder()
        .httpClient(sdkHttp(config)).decryptor(config.createDecryptor()).build().getTradeBill(bill);
    String downloaded = new String(entity.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(entity.verifyHash()).isTrue();
    assertThat(downloaded).contains(no, "R" + no).doesNotContain(CERT_MERCHANT.mchid());
  }
}
