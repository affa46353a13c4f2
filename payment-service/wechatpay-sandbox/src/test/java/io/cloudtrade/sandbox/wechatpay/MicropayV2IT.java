package io.cloudtrade.sandbox.wechatpay;

import static org.assertj.core.api.Assertions.assertThat;

import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.payments.nativepay.model.QueryOrderByOutTradeNoRequest;
import io.cloudtrade.sandbox.wechatpay.support.SandboxTestBase;
import io.cloudtrade.sandbox.wechatpay.support.V2Client;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** API v2 micropay (payment codes) with correctly signed XML: pay, wait for the password, fail, reverse. */
class MicropayV2IT extends SandboxTestBase {
  private V2Client v2;

  @BeforeEach
  void client() {
    v2 = new V2Client(baseUrl(), MERCHANT.appid(), MERCHANT.mchid(), MERCHANT.apiV2Key());
  }

  /** A code shaped like a real one: 18 digits starting with 13. */
  static String authCode() {
    return "13" + String.format("%016d", ThreadLocalRandom.current().nextLong(10_000_000_000_000_000L));
  }

  Map<String, String> micropay(String outTradeNo, String authCode, int fen) throws Exception {
    return v2.post("/pay/micropay", Map.of("body", "CloudTrade shop", "out_trade_no", outTradeNo,
        "total_fee", Integer.toString(fen), "spbill_create_ip", "10.0.0.1", "auth_code", authCode));
  }

  Map<String, String> orderQuery(String outTradeNo) throws Exception {
    return v2.post("/pay/orderquery", Map.of("out_trade_no", outTradeNo));
  }

  Map<String, String> reverse(String outTradeNo) throws Exception {
    return v2.post("/secapi/pay/reverse", Map.of("out_trade_no", outTradeNo));
  }

  @Test
  void aValidCodePaysAtOnce() throws Exception {
    String no = outTradeNo();
    String code = authCode();
    Map<String, String> paid = micropay(no, code, 888);

    assertThat(paid).containsEntry("return_code", "SUCCESS").containsEntry("result_code", "SUCCESS")
        .containsEntry("out_trade_no", no).containsEntry("total_fee", "888").containsEntry("trade_type", "MICROPAY");
    assertThat(paid.get("transaction_id")).matches("4200\\d{24}");
    assertThat(paid.get("time_end")).matches("\\d{14}");
    assertThat(orderQuery(no)).containsEntry("result_code", "SUCCESS").containsEntry("trade_state", "SUCCESS")
        .containsEntry("transaction_id", paid.get("transaction_id"));
    // the same transaction through API v3
    QueryOrderByOutTradeNoRequest q = new QueryOrderByOutTradeNoRequest();
    q.setMchid(MERCHANT.mchid());
    q.setOutTradeNo(no);
    Transaction t = nativePay(config(MERCHANT)).queryOrderByOutTradeNo(q);
    assertThat(t.getTradeType()).isEqualTo(Transaction.TradeTypeEnum.MICROPAY);
    assertThat(t.getTradeState()).isEqualTo(Transaction.TradeStateEnum.SUCCESS);
    // the same request again, and the same out_trade_no for another payment
    assertThat(micropay(no, code, 888)).containsEntry("result_code", "FAIL").containsEntry("err_code", "ORDERPAID");
    assertThat(micropay(no, code, 999)).containsEntry("err_code", "OUT_TRADE_NO_USED");
  }

  @Test
  void aWaitingPayerIsPolledThenReversedOnTimeout() throws Exception {
    String code = authCode();
    sandboxPost("/sandbox/auth-codes", Map.of("authCode", code, "behaviour", "WAIT"));
    String no = outTradeNo();

    assertThat(micropay(no, code, 500)).containsEntry("return_code", "SUCCESS").containsEntry("result_code", "FAIL")
        .containsEntry("err_code", "USERPAYING");
    assertThat(orderQuery(no)).containsEntry("trade_state", "USERPAYING");
    assertThat(orderQuery(no)).containsEntry("trade_state", "USERPAYING");

    assertThat(reverse(no)).containsEntry("result_code", "SUCCESS").containsEntry("recall", "N");
    assertThat(orderQuery(no)).containsEntry("trade_state", "REVOKED");
    assertThat(reverse(no)).containsEntry("result_code", "SUCCESS");
    assertThat(scan(no, "SUCCESS").status()).as("too late to pay").isEqualTo(409);
  }

  @Test
  void aWaitingPayerWhoEntersThePasswordPays() throws Exception {
    String code = authCode();
    sandboxPost("/sandbox/auth-codes", Map.of("authCode", code, "behaviour", "WAIT"));
    String no = outTradeNo();
    assertThat(micropay(no, code, 500)).containsEntry("err_code", "USERPAYING");

    assertThat(scan(no, "SUCCESS").status()).isEqualTo(200);

    assertThat(orderQuery(no)).containsEntry("trade_state", "SUCCESS").containsKey("time_end");
  }

  @Test
  void aWaitingPayerPaysAfterTheConfiguredTime() throws Exception {
    String code = authCode();
    sandboxPost("/sandbox/auth-codes", Map.of("authCode", code, "behaviour", "WAIT", "payAfterMillis", 300));
    String no = outTradeNo();
    assertThat(micropay(no, code, 500)).containsEntry("err_code", "USERPAYING");

    String state = "USERPAYING";
    for (int i = 0; i < 100 && state.equals("USERPAYING"); i++) {
      Thread.sleep(100);
      state = orderQuery(no).get("trade_state");
    }
    assertThat(state).isEqualTo("SUCCESS");
  }

  @Test
  void aFailingPayerFails() throws Exception {
    String code = authCode();
    sandboxPost("/sandbox/auth-codes", Map.of("authCode", code, "behaviour", "FAIL"));
    String no = outTradeNo();

    assertThat(micropay(no, code, 500)).containsEntry("result_code", "FAIL").containsEntry("err_code", "NOTENOUGH");
    assertThat(orderQuery(no)).containsEntry("trade_state", "PAYERROR");
  }

  @Test
  void anInvalidCodeIsRefused() throws Exception {
    assertThat(micropay(outTradeNo(), "not-a-code", 500)).containsEntry("result_code", "FAIL")
        .containsEntry("err_code", "AUTH_CODE_INVALID");
  }

  @Test
  void aPaidMicropayIsReversedByRefundingIt() throws Exception {
    String no = outTradeNo();
    micropay(no, authCode(), 700);

    assertThat(reverse(no)).containsEntry("result_code", "SUCCESS").containsEntry("recall", "N");

    assertThat(orderQuery(no)).containsEntry("trade_state", "REVOKED");
    String bill = sandboxGet("/sandbox/bills/" + LocalDate.now(ZoneOffset.ofHours(8))).text();
    assertThat(bill.lines()).anySatisfy(l -> assertThat(l).contains(no, ",PAY,", ",700,"));
    assertThat(bill.lines()).anySatisfy(l -> assertThat(l).contains(no, ",REFUND,", ",700,", "REVOKED"));
  }

  @Test
  void anUnknownOrderIsOrderNotExist() throws Exception {
    assertThat(orderQuery("NO_SUCH_ORDER_3")).containsEntry("result_code", "FAIL")
        .containsEntry("err_code", "ORDERNOTEXIST");
  }

  @Test
  void badlySignedRequestsAreRefusedAndMd5IsAccepted() throws Exception {
    Map<String, String> forged = v2.post("/pay/orderquery", Map.of("out_trade_no", "X123456"), "HMAC-SHA256",
        "not the merchant's key");
    assertThat(forged).containsEntry("return_code", "FAIL").containsEntry("return_msg", "签名错误");

    String no = outTradeNo();
    micropay(no, authCode(), 100);
    Map<String, String> md5 = v2.post("/pay/orderquery", Map.of("out_trade_no", no), "MD5", MERCHANT.apiV2Key());
    assertThat(md5).containsEntry("return_code", "SUCCESS").containsEntry("trade_state", "SUCCESS");
  }
}
