package io.cloudtrade.sandbox.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.alipay.api.domain.AlipayTradeCancelModel;
import com.alipay.api.domain.AlipayTradeCloseModel;
import com.alipay.api.internal.util.AlipaySignature;
import com.alipay.api.request.AlipayTradeCancelRequest;
import com.alipay.api.request.AlipayTradeCloseRequest;
import com.alipay.api.response.AlipayTradeCancelResponse;
import com.alipay.api.response.AlipayTradeCloseResponse;
import com.alipay.api.response.AlipayTradePayResponse;
import com.alipay.api.response.AlipayTradePrecreateResponse;
import com.alipay.api.response.AlipayTradeQueryResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** Face-to-face payments through the official SDK: QR code (precreate + scan) and barcode (pay). */
class FaceToFacePaymentIT extends SandboxItBase {

  @Test
  void aScannedQrCodeIsPaidQueriedAndNotifiedWithAValidSignature() throws Exception {
    String outTradeNo = newOutTradeNo();
    AlipayTradePrecreateResponse created = precreate(outTradeNo, "12.30");
    assertThat(created.isSuccess()).isTrue();
    assertThat(created.getCode()).isEqualTo("10000");
    assertThat(created.getOutTradeNo()).isEqualTo(outTradeNo);
    assertThat(created.getQrCode()).startsWith("https://qr.alipay-sandbox.cloudtrade.local/");
    assertThat(query(outTradeNo).getTradeStatus()).isEqualTo("WAIT_BUYER_PAY");

    scan(outTradeNo, "SUCCESS");

    AlipayTradeQueryResponse paid = query(outTradeNo);
    assertThat(paid.getTradeStatus()).isEqualTo("TRADE_SUCCESS");
    assertThat(paid.getTotalAmount()).isEqualTo("12.30");
    assertThat(paid.getReceiptAmount()).isEqualTo("12.30");
    assertThat(paid.getTradeNo()).hasSize(28);
    assertThat(paid.getSendPayDate()).isNotNull();

    await().atMost(Duration.ofSeconds(10)).until(() -> !receiver.of(outTradeNo).isEmpty());
    Map<String, String> notify = new HashMap<>(receiver.of(outTradeNo).get(0));
    assertThat(notify).containsEntry("notify_type", "trade_status_sync").containsEntry("trade_status", "TRADE_SUCCESS")
        .containsEntry("total_amount", "12.30").containsEntry("receipt_amount", "12.30")
        .containsEntry("app_id", APP_ID).containsEntry("trade_no", paid.getTradeNo())
        .containsEntry("sign_type", "RSA2").containsEntry("charset", "utf-8").containsEntry("version", "1.0")
        .containsKeys("notify_id", "notify_time", "buyer_id", "buyer_logon_id", "gmt_create", "gmt_payment", "subject");
    assertThat(AlipaySignature.rsaCheckV1(new HashMap<>(notify), TestKeys.SANDBOX.publicKey(), "utf-8", "RSA2")).isTrue();
    notify.put("total_amount", "1230.00");
    assertThat(AlipaySignature.rsaCheckV1(notify, TestKeys.SANDBOX.publicKey(), "utf-8", "RSA2")).isFalse();
  }

  @Test
  void aSecondScanOfAPaidTradeIsRefused() {
    String outTradeNo = newOutTradeNo();
    precreate(outTradeNo, "5.00");
    scan(outTradeNo, "SUCCESS");
    ResponseEntity<String> again = http.postForEntity("/sandbox/trades/" + outTradeNo + "/scan",
        Map.of("outcome", "SUCCESS"), String.class);
    assertThat(again.getStatusCode().value()).isEqualTo(409);
    assertThat(again.getHeaders().getContentType().toString()).contains("problem+json");
  }

  @Test
  void aFailedScanClosesTheTrade() {
    String outTradeNo = newOutTradeNo();
    precreate(outTradeNo, "5.00");
    scan(outTradeNo, "FAIL");
    assertThat(query(outTradeNo).getTradeStatus()).isEqualTo("TRADE_CLOSED");
  }

  @Test
  void precreateIsIdempotentButNotForAnotherAmount() {
    String outTradeNo = newOutTradeNo();
    AlipayTradePrecreateResponse first = precreate(outTradeNo, "8.80");
    AlipayTradePrecreateResponse again = precreate(outTradeNo, "8.80");
    assertThat(again.getQrCode()).isEqualTo(first.getQrCode());

    AlipayTradePrecreateResponse other = precreate(outTradeNo, "8.81");
    assertThat(other.isSuccess()).isFalse();
    assertThat(other.getCode()).isEqualTo("40004");
    assertThat(other.getMsg()).isEqualTo("Business Failed");
    assertThat(other.getSubCode()).isEqualTo("ACQ.CONTEXT_INCONSISTENT");

    scan(outTradeNo, "SUCCESS");
    assertThat(precreate(outTradeNo, "8.80").getSubCode()).isEqualTo("ACQ.TRADE_HAS_SUCCESS");
  }

  @Test
  void invalidAmountsAreRefused() {
    for (String amount : List.of("0.00", "1.234", "-1", "abc", "100000000.01")) {
      AlipayTradePrecreateResponse response = precreate(newOutTradeNo(), amount);
      assertThat(response.getSubCode()).as(amount).isEqualTo("ACQ.INVALID_PARAMETER");
    }
  }

  @Test
  void aBarcodePaymentIsPaidAtOnceByDefault() {
    String outTradeNo = newOutTradeNo();
    AlipayTradePayResponse paid = barcodePay(outTradeNo, "99.90", "287654321098765432");
    assertThat(paid.isSuccess()).isTrue();
    assertThat(paid.getCode()).isEqualTo("10000");
    assertThat(paid.getTradeNo()).isNotBlank();
    assertThat(paid.getOutTradeNo()).isEqualTo(outTradeNo);
    assertThat(paid.getTotalAmount()).isEqualTo("99.90");
    assertThat(paid.getReceiptAmount()).isEqualTo("99.90");
    assertThat(paid.getBuyerLogonId()).isNotBlank();
    assertThat(paid.getGmtPayment()).isNotNull();
    assertThat(paid.getFundBillList()).singleElement()
        .satisfies(f -> assertThat(f.getAmount()).isEqualTo("99.90"));
    assertThat(query(outTradeNo).getTradeStatus()).isEqualTo("TRADE_SUCCESS");
    await().atMost(Duration.ofSeconds(10)).until(() -> !receiver.of(outTradeNo).isEmpty());

    assertThat(barcodePay(outTradeNo, "99.90", "287654321098765432").getSubCode()).isEqualTo("ACQ.TRADE_HAS_SUCCESS");
  }

  @Test
  void aBarcodePaymentWaitingForTheBuyerIsCancelledAndClosed() {
    String authCode = "281000000000000001";
    authCode(authCode, "WAIT", null);
    String outTradeNo = newOutTradeNo();
    AlipayTradePayResponse waiting = barcodePay(outTradeNo, "20.00", authCode);
    assertThat(waiting.getCode()).isEqualTo("10003");
    assertThat(waiting.getMsg()).isEqualTo("order success pay inprocess");
    assertThat(waiting.isSuccess()).isTrue();
    assertThat(query(outTradeNo).getTradeStatus()).isEqualTo("WAIT_BUYER_PAY");

    AlipayTradeCancelResponse cancelled = cancel(outTradeNo);
    assertThat(cancelled.getCode()).isEqualTo("10000");
    assertThat(cancelled.getAction()).isEqualTo("close");
    assertThat(cancelled.getRetryFlag()).isEqualTo("N");
    assertThat(query(outTradeNo).getTradeStatus()).isEqualTo("TRADE_CLOSED");
    assertThat(cancel(outTradeNo).getAction()).as("cancel again").isEqualTo("close");
    assertThat(receiver.of(outTradeNo)).isEmpty();
  }

  @Test
  void aWaitingBarcodePaymentIsPaidWhenTheBuyerConfirms() {
    String authCode = "281000000000000002";
    authCode(authCode, "WAIT", null);
    String outTradeNo = newOutTradeNo();
    assertThat(barcodePay(outTradeNo, "20.00", authCode).getCode()).isEqualTo("10003");
    scan(outTradeNo, "SUCCESS");
    assertThat(query(outTradeNo).getTradeStatus()).isEqualTo("TRADE_SUCCESS");
  }

  @Test
  void aWaitingBarcodePaymentPaysItselfAfterPayAfterMillis() {
    String authCode = "281000000000000003";
    authCode(authCode, "WAIT", 300L);
    String outTradeNo = newOutTradeNo();
    assertThat(barcodePay(outTradeNo, "3.00", authCode).getCode()).isEqualTo("10003");
    await().atMost(Duration.ofSeconds(10)).until(() -> "TRADE_SUCCESS".equals(query(outTradeNo).getTradeStatus()));
    await().atMost(Duration.ofSeconds(10)).until(() -> !receiver.of(outTradeNo).isEmpty());
  }

  @Test
  void aFailingAuthCodeIsRefusedAndLeavesNoTrade() {
    String authCode = "281000000000000004";
    authCode(authCode, "FAIL", null);
    String outTradeNo = newOutTradeNo();
    AlipayTradePayResponse failed = barcodePay(outTradeNo, "3.00", authCode);
    assertThat(failed.isSuccess()).isFalse();
    assertThat(failed.getCode()).isEqualTo("40004");
    assertThat(failed.getSubCode()).isEqualTo("ACQ.PAYMENT_AUTH_CODE_INVALID");
    assertThat(query(outTradeNo).getSubCode()).isEqualTo("ACQ.TRADE_NOT_EXIST");
  }

  @Test
  void cancellingAPaidBarcodePaymentRefundsIt() {
    String outTradeNo = paidTrade("15.00");
    AlipayTradeCancelResponse cancelled = cancel(outTradeNo);
    assertThat(cancelled.getCode()).isEqualTo("10000");
    assertThat(cancelled.getAction()).isEqualTo("refund");
    assertThat(cancelled.getGmtRefundPay()).isNotNull();
    assertThat(query(outTradeNo).getTradeStatus()).isEqualTo("TRADE_CLOSED");
    assertThat(refund(outTradeNo, "1.00", "after-cancel").getSubCode()).isEqualTo("ACQ.TRADE_STATUS_ERROR");
  }

  @Test
  void cancellingATradeAlipayNeverSawBlocksItsLatePayment() {
    String outTradeNo = newOutTradeNo();
    AlipayTradeCancelResponse cancelled = cancel(outTradeNo);
    assertThat(cancelled.getCode()).isEqualTo("10000");
    assertThat(cancelled.getAction()).isEqualTo("close");
    assertThat(query(outTradeNo).getSubCode()).isEqualTo("ACQ.TRADE_NOT_EXIST");
    assertThat(barcodePay(outTradeNo, "1.00", "289999").getSubCode()).isEqualTo("ACQ.TRADE_HAS_CLOSE");
  }

  @Test
  void anUnpaidTradeIsClosedButAPaidOneIsNot() {
    String outTradeNo = newOutTradeNo();
    precreate(outTradeNo, "6.60");
    AlipayTradeCloseResponse closed = close(outTradeNo);
    assertThat(closed.isSuccess()).isTrue();
    assertThat(closed.getOutTradeNo()).isEqualTo(outTradeNo);
    assertThat(closed.getTradeNo()).isNotBlank();
    assertThat(query(outTradeNo).getTradeStatus()).isEqualTo("TRADE_CLOSED");
    assertThat(close(outTradeNo).getSubCode()).isEqualTo("ACQ.TRADE_STATUS_ERROR");
    assertThat(http.postForEntity("/sandbox/trades/" + outTradeNo + "/scan", Map.of("outcome", "SUCCESS"), String.class)
        .getStatusCode().value()).isEqualTo(409);
    assertThat(precreate(outTradeNo, "6.60").getSubCode()).isEqualTo("ACQ.TRADE_HAS_CLOSE");

    String paid = paidTrade("6.60");
    assertThat(close(paid).getSubCode()).isEqualTo("ACQ.TRADE_STATUS_ERROR");
    assertThat(close(newOutTradeNo()).getSubCode()).isEqualTo("ACQ.TRADE_NOT_EXIST");
  }

  @Test
  void theLedgerEntryShowsTheTradeAndItsNotifies() {
    String outTradeNo = paidTrade("7.00");
    await().atMost(Duration.ofSeconds(10)).until(() -> !receiver.of(outTradeNo).isEmpty());
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      Map<String, Object> entry = ledgerEntry(outTradeNo);
      assertThat(entry).containsEntry("status", "TRADE_SUCCESS").containsEntry("totalAmount", "7.00")
          .containsEntry("kind", "BAR_CODE");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> notifies = (List<Map<String, Object>>) entry.get("notifies");
      assertThat(notifies).singleElement().satisfies(n -> assertThat(n).containsEntry("state", "DELIVERED"));
    });
    assertThat(http.getForEntity("/sandbox/trades/nope", String.class).getStatusCode().value()).isEqualTo(404);
  }

  private void authCode(String authCode, String behaviour, Long payAfterMillis) {
    Map<String, Object> body = new HashMap<>();
    body.put("authCode", authCode);
    body.put("behaviour", behaviour);
    body.put("payAfterMillis", payAfterMillis);
    assertThat(http.postForEntity("/sandbox/auth-codes", body, String.class).getStatusCode().value()).isEqualTo(200);
  }

  private AlipayTradeCancelResponse cancel(String outTradeNo) {
    AlipayTradeCancelModel model = new AlipayTradeCancelModel();
    model.setOutTradeNo(outTradeNo);
    AlipayTradeCancelRequest request = new AlipayTradeCancelRequest();
    request.setBizModel(model);
    return execute(request);
  }

  private AlipayTradeCloseResponse close(String outTradeNo) {
    AlipayTradeCloseModel model = new AlipayTradeCloseModel();
    model.setOutTradeNo(outTradeNo);
    AlipayTradeCloseRequest request = new AlipayTradeCloseRequest();
    request.setBizModel(model);
    return execute(request);
  }
}
