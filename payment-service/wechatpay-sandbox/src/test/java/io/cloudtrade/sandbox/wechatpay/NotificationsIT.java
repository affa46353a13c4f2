package io.cloudtrade.sandbox.wechatpay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.payments.nativepay.NativePayService;
import com.wechat.pay.java.service.refund.model.AmountReq;
import com.wechat.pay.java.service.refund.model.CreateRequest;
import com.wechat.pay.java.service.refund.model.RefundNotification;
import com.wechat.pay.java.service.refund.model.Status;
import io.cloudtrade.sandbox.wechatpay.support.NotifyReceiver;
import io.cloudtrade.sandbox.wechatpay.support.SandboxTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Notification delivery: retried until the merchant answers 2xx; duplicated, dropped, delayed, reordered on demand. */
class NotificationsIT extends SandboxTestBase {
  private final RSAPublicKeyConfig config = config(MERCHANT);
  private final NativePayService payments = nativePay(config);
  private final NotificationParser parser = new NotificationParser(config);
  private NotifyReceiver receiver;

  @BeforeEach
  void receiver() {
    receiver = new NotifyReceiver();
  }

  @AfterEach
  void closeReceiver() {
    receiver.close();
  }

  String payWithNotification() throws Exception {
    String no = outTradeNo();
    prepay(payments, MERCHANT, no, 800, receiver.url("/notify"));
    assertThat(scan(no, "SUCCESS").status()).isEqualTo(200);
    return no;
  }

  String idOf(NotifyReceiver.Received n) throws Exception {
    return json.readTree(n.body()).get("id").asText();
  }

  @Test
  void aFailedNotificationIsRetriedUntilTheMerchantAnswers2xx() throws Exception {
    receiver.answer(500, 503, 204);
    String no = payWithNotification();

    List<NotifyReceiver.Received> all = receiver.collect(RETRY_MILLIS * 8);

    assertThat(all).hasSize(3);
    assertThat(all).extracting(this::idOf).containsOnly(idOf(all.get(0)));
    for (NotifyReceiver.Received n : all) {
      assertThat(parser.parse(NativePayIT.requestParam(n), Transaction.class).getOutTradeNo()).isEqualTo(no);
    }
    JsonNode attempts = sandboxGet("/sandbox/transactions/" + no).json().get("notifications");
    assertThat(attempts).extracting(a -> a.get("status").asInt()).containsExactly(500, 503, 204);
  }

  @Test
  void anUnreachableMerchantIsRetriedThenGivenUp() throws Exception {
    String url = receiver.url("/notify");
    receiver.close(); // nobody listens any more
    String no = outTradeNo();
    prepay(payments, MERCHANT, no, 800, url);
    scan(no, "SUCCESS");

    Thread.sleep(RETRY_MILLIS * 10);

    JsonNode attempts = sandboxGet("/sandbox/transactions/" + no).json().get("notifications");
    assertThat(attempts).hasSize(5); // the first attempt and the 4 retries of the schedule
    assertThat(attempts).allSatisfy(a -> {
      assertThat(a.get("status").asInt()).isZero();
      assertThat(a.get("error").asText()).isNotEmpty();
    });
  }

  @Test
  void duplicatePolicySendsTheSameNotificationTwice() throws Exception {
    sandboxPost("/sandbox/notify-policy", Map.of("mode", "DUPLICATE", "delayMillis", 100));
    String no = payWithNotification();

    List<NotifyReceiver.Received> all = receiver.collect(1500);

    assertThat(all).hasSize(2);
    assertThat(idOf(all.get(0))).isEqualTo(idOf(all.get(1)));
    assertThat(parser.parse(NativePayIT.requestParam(all.get(1)), Transaction.class).getOutTradeNo()).isEqualTo(no);
  }

  @Test
  void dropPolicySendsNothingUntilTheNotificationIsResent() throws Exception {
    sandboxPost("/sandbox/notify-policy", Map.of("mode", "DROP"));
    String no = payWithNotification();

    assertThat(receiver.next(1500)).isNull();
    assertThat(sandboxGet("/sandbox/transactions/" + no).json().at("/transaction/trade_state").asText())
        .isEqualTo("SUCCESS");

    assertThat(sandboxPost("/sandbox/transactions/" + no + "/notify", Map.of()).status()).isEqualTo(202);
    NotifyReceiver.Received n = receiver.next(10_000);
    assertThat(n).isNotNull();
    assertThat(parser.parse(NativePayIT.requestParam(n), Transaction.class).getOutTradeNo()).isEqualTo(no);
  }

  @Test
  void delayPolicyHoldsTheNotificationBack() throws Exception {
    sandboxPost("/sandbox/notify-policy", Map.of("mode", "DELAY", "delayMillis", 1500));
    Instant paidAt = Instant.now();
    payWithNotification();

    assertThat(receiver.next(500)).as("nothing yet").isNull();
    NotifyReceiver.Received n = receiver.next(10_000);
    assertThat(n).isNotNull();
    assertThat(Duration.between(paidAt, n.at())).isGreaterThanOrEqualTo(Duration.ofMillis(1400));
  }

  @Test
  void outOfOrderPolicyLetsTheRefundOvertakeThePayment() throws Exception {
    sandboxPost("/sandbox/notify-policy", Map.of("mode", "OUT_OF_ORDER", "delayMillis", 1500));
    String no = payWithNotification();
    CreateRequest refund = new CreateRequest();
    refund.setOutTradeNo(no);
    refund.setOutRefundNo("R" + no);
    refund.setNotifyUrl(receiver.url("/refund-notify"));
    AmountReq amount = new AmountReq();
    amount.setRefund(800L);
    amount.setTotal(800L);
    amount.setCurrency("CNY");
    refund.setAmount(amount);
    refunds(config).create(refund);

    NotifyReceiver.Received first = receiver.next(10_000);
    NotifyReceiver.Received second = receiver.next(10_000);

    assertThat(first.path()).isEqualTo("/refund-notify");
    assertThat(json.readTree(first.body()).get("event_type").asText()).isEqualTo("REFUND.SUCCESS");
    RefundNotification r = parser.parse(NativePayIT.requestParam(first), RefundNotification.class);
    assertThat(r.getOutRefundNo()).isEqualTo("R" + no);
    assertThat(r.getRefundStatus()).isEqualTo(Status.SUCCESS);
    assertThat(r.getAmount().getRefund()).isEqualTo(800L);
    assertThat(second.path()).isEqualTo("/notify");
    assertThat(parser.parse(NativePayIT.requestParam(second), Transaction.class).getOutTradeNo()).isEqualTo(no);
  }
}
