package io.cloudtrade.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.alipay.api.internal.util.AlipaySignature;
import io.cloudtrade.infra.embedded.SharedInfrastructure;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.payment.api.ChannelNotify;
import io.cloudtrade.payment.api.ChannelPayment;
import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.api.ChannelRefund;
import io.cloudtrade.payment.api.RefundChannelPaymentRequest;
import io.cloudtrade.payment.api.NotifyAnswer;
import io.cloudtrade.payment.api.PaymentErrors;
import io.cloudtrade.payment.api.PaymentSucceededEvent;
import io.cloudtrade.payment.api.StartChannelPaymentRequest;
import io.cloudtrade.payment.application.ChannelPaymentJanitor;
import io.cloudtrade.support.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Alipay payments against the Alipay sandbox over the real protocol (the official SDK in the
 * payment server, RSA2 both ways): QR and barcode, notifications verified, matched and processed
 * once, the janitor finding what a notification never said, success announced once.
 */
class ChannelPaymentsIT extends PaymentServerTestContext {
  static final List<PaymentSucceededEvent> succeeded = new CopyOnWriteArrayList<>();
  static Events events;

  @BeforeAll
  static void listen() throws Exception {
    events = new Events(SharedInfrastructure.get().rocketMqNameServer(), "payment-it");
    events.subscribe("succeeded", ChannelPayments.EVENTS_TOPIC, ChannelPayments.TAG_SUCCEEDED, PaymentSucceededEvent.class, succeeded::add);
  }

  @AfterAll
  static void stopListening() {
    events.destroy();
  }

  @BeforeEach
  void routeNotifies() {
    Sandboxes.get().target = clients.channels;
  }

  @AfterEach
  void normalNotifies() throws Exception {
    Sandboxes.get().control("/sandbox/notify-policy", "{\"mode\":\"NORMAL\"}");
  }

  static StartChannelPaymentRequest qr(String amount) {
    long order = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    return new StartChannelPaymentRequest().setAccountId(order + 1).setOrderId(order).setAmount(Money.of(amount, "CNY"))
        .setChannel(ChannelPayments.ALIPAY).setScene(ChannelPayments.QR).setSubject("ecs.g7.large, 1 month");
  }

  ChannelPayment await(ChannelPayment p, Predicate<ChannelPayment> done) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    ChannelPayment now = p;
    while (!done.test(now) && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
      now = clients.channels.getChannelPayment(p.getAccountId(), p.getPaymentId()).value();
    }
    assertThat(done.test(now)).as("payment " + now.getPaymentId() + " is " + now.getStatus()).isTrue();
    return now;
  }

  long announcedFor(long paymentId) {
    return succeeded.stream().filter(e -> e.getPaymentId() == paymentId).count();
  }

  void awaitAnnounced(long paymentId) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    while (announcedFor(paymentId) == 0 && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    Thread.sleep(1000); // a second announcement would have come by now
    assertThat(announcedFor(paymentId)).isEqualTo(1);
  }

  @Test
  void aQrPaymentSucceedsByItsNotifyAndIsAnnouncedOnceHoweverOftenTheNotifyComes() throws Exception {
    ChannelPayment p = clients.channels.startChannelPayment(qr("12.30")).value();
    assertThat(p.getStatus()).isEqualTo(ChannelPayments.PENDING);
    assertThat(p.getQrCode()).isNotBlank();
    Sandboxes.get().control("/sandbox/trades/" + p.getPaymentId() + "/scan", "{\"outcome\":\"SUCCESS\"}");
    ChannelPayment paid = await(p, x -> ChannelPayments.SUCCEEDED.equals(x.getStatus()));
    assertThat(paid.getChannelTradeNo()).isNotBlank();
    awaitAnnounced(p.getPaymentId());
    PaymentSucceededEvent e = succeeded.stream().filter(x -> x.getPaymentId() == p.getPaymentId()).findFirst().orElseThrow();
    assertThat(e.getAmount()).isEqualTo(Money.of("12.30", "CNY"));
    assertThat(e.getOrderId()).isEqualTo(p.getOrderId());

    int answersBefore = Sandboxes.get().answers.size();
    Sandboxes.get().control("/sandbox/trades/" + p.getPaymentId() + "/notify", "{}"); // the same notify again
    long deadline = System.currentTimeMillis() + 10_000;
    while (Sandboxes.get().answers.size() == answersBefore && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    assertThat(Sandboxes.get().answers.get(Sandboxes.get().answers.size() - 1).getBody()).isEqualTo("success");
    awaitAnnounced(p.getPaymentId());
  }

  @Test
  void aForgedOrMismatchedNotifyChangesNothing() throws Exception {
    ChannelPayment p = clients.channels.startChannelPayment(qr("45.00")).value();
    Map<String, String> notify = new HashMap<>(Map.of("notify_type", "trade_status_sync", "notify_id", "n-" + p.getPaymentId(),
        "app_id", Sandboxes.ALIPAY_APP_ID, "charset", "utf-8", "version", "1.0", "trade_no", "2026112422001400001",
        "out_trade_no", Long.toString(p.getPaymentId()), "trade_status", "TRADE_SUCCESS", "total_amount", "45.00"));
    notify.put("sign_type", "RSA2");

    notify.put("sign", "Zm9yZ2Vk");
    assertThat(accept(notify)).extracting(NotifyAnswer::isAccepted, NotifyAnswer::getBody).containsExactly(false, "failure");

    String sandboxKey = Sandboxes.b64(Sandboxes.get().alipay.getPrivate().getEncoded());
    notify.put("total_amount", "0.01"); // signed by Alipay's key, but not our amount
    notify.put("sign", AlipaySignature.rsa256Sign(AlipaySignature.getSignCheckContentV1(notify), sandboxKey, "utf-8"));
    assertThat(accept(notify).isAccepted()).isFalse();

    notify.put("total_amount", "45.00");
    notify.put("app_id", "2021000000000999"); // another merchant's
    notify.put("sign", AlipaySignature.rsa256Sign(AlipaySignature.getSignCheckContentV1(notify), sandboxKey, "utf-8"));
    assertThat(accept(notify).isAccepted()).isFalse();

    assertThat(clients.channels.getChannelPayment(p.getAccountId(), p.getPaymentId()).value().getStatus()).isEqualTo(ChannelPayments.PENDING);
    assertThat(announcedFor(p.getPaymentId())).isZero();

    notify.put("app_id", Sandboxes.ALIPAY_APP_ID); // the genuine article, before the sandbox's own notify
    notify.put("sign", AlipaySignature.rsa256Sign(AlipaySignature.getSignCheckContentV1(notify), sandboxKey, "utf-8"));
    assertThat(accept(notify)).extracting(NotifyAnswer::isAccepted, NotifyAnswer::getBody).containsExactly(true, "success");
    await(p, x -> ChannelPayments.SUCCEEDED.equals(x.getStatus()));
    awaitAnnounced(p.getPaymentId());
  }

  NotifyAnswer accept(Map<String, String> form) {
    return clients.channels.acceptNotify(new ChannelNotify().setChannel(ChannelPayments.ALIPAY).setForm(new HashMap<>(form)));
  }

  @Test
  void aPaymentWhoseNotifyNeverComesIsFoundByTheJanitor() throws Exception {
    Sandboxes.get().control("/sandbox/notify-policy", "{\"mode\":\"DROP\"}");
    ChannelPayment p = clients.channels.startChannelPayment(qr("8.80")).value();
    Sandboxes.get().control("/sandbox/trades/" + p.getPaymentId() + "/scan", "{\"outcome\":\"SUCCESS\"}");
    await(p, x -> ChannelPayments.SUCCEEDED.equals(x.getStatus()));
    awaitAnnounced(p.getPaymentId());
  }

  @Autowired ChannelPaymentJanitor janitor;

  boolean nextCheckIsItsExpiry(long paymentId) {
    return jdbc.queryForObject("SELECT next_check_at = expires_at FROM channel_payment WHERE payment_id = ?", Boolean.class, paymentId);
  }

  @Test
  void anUnpaidQrCodeIsAskedAboutLessOftenAsItAgesAndClosedWhenItExpires() throws Exception {
    ChannelPayment p = clients.channels.startChannelPayment(qr("2.50")).value(); // never scanned
    Instant tenMinutesOn = p.getCreatedAt().plus(Duration.ofMinutes(10));
    // the janitor as it would run ten minutes on (the scheduled one keeps running on the real clock: try until ours claims it)
    for (int i = 0; i < 5 && !nextCheckIsItsExpiry(p.getPaymentId()); i++) {
      janitor.runOnce(tenMinutesOn);
    }
    // half its age is 5 minutes: the next check is at its expiry
    assertThat(nextCheckIsItsExpiry(p.getPaymentId())).isTrue();
    assertThat(clients.channels.getChannelPayment(p.getAccountId(), p.getPaymentId()).value().getStatus())
        .isEqualTo(ChannelPayments.PENDING);
    assertThat(janitor.runOnce(tenMinutesOn.plusSeconds(1))).isZero(); // not due: not asked about again

    janitor.runOnce(p.getExpiresAt());
    assertThat(clients.channels.getChannelPayment(p.getAccountId(), p.getPaymentId()).value().getStatus())
        .isEqualTo(ChannelPayments.CLOSED);
    String trade = new String(java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create("http://127.0.0.1:" + Sandboxes.get().alipayPort + "/sandbox/trades/" + p.getPaymentId())).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).body());
    assertThat(trade).contains("TRADE_CLOSED"); // closed at Alipay too
  }

  @Test
  void aBarcodePaymentPaysAtOnceOrIsRefused() throws Exception {
    ChannelPayment paid = clients.channels.startChannelPayment(qr("3.00").setScene(ChannelPayments.BARCODE)
        .setAuthCode("281234567890123456")).value();
    assertThat(paid.getStatus()).isEqualTo(ChannelPayments.SUCCEEDED);
    awaitAnnounced(paid.getPaymentId());

    Sandboxes.get().control("/sandbox/auth-codes", "{\"authCode\":\"289999999999999999\",\"behaviour\":\"FAIL\"}");
    Outcome<ChannelPayment> refused = clients.channels.startChannelPayment(qr("3.00").setScene(ChannelPayments.BARCODE)
        .setAuthCode("289999999999999999"));
    assertThat(refused.code()).isEqualTo(PaymentErrors.CHANNEL_REJECTED);
    assertThat(clients.channels.startChannelPayment(qr("3.00").setScene(ChannelPayments.BARCODE).setAuthCode("12")).code())
        .isEqualTo("InvalidParameter");
  }

  @Test
  void aBarcodePaymentTheCustomerNeverConfirmsIsClosedWhenItExpires() throws Exception {
    Sandboxes.get().control("/sandbox/auth-codes", "{\"authCode\":\"287777777777777777\",\"behaviour\":\"WAIT\"}");
    ChannelPayment waiting = clients.channels.startChannelPayment(qr("5.00").setScene(ChannelPayments.BARCODE)
        .setAuthCode("287777777777777777")).value();
    assertThat(waiting.getStatus()).isEqualTo(ChannelPayments.WAITING_FOR_USER);
    ChannelPayment closed = await(waiting, x -> ChannelPayments.CLOSED.equals(x.getStatus())); // barcode timeout 3 s here
    assertThat(closed.getPaidAt()).isNull();
    assertThat(announcedFor(waiting.getPaymentId())).isZero();
  }

  @Test
  void aRefundIsMadeOncePerRequestNumberAndNeverBeyondThePayment() throws Exception {
    ChannelPayment paid = clients.channels.startChannelPayment(qr("3.00").setScene(ChannelPayments.BARCODE)
        .setAuthCode("281111111111111111")).value();
    RefundChannelPaymentRequest first = new RefundChannelPaymentRequest().setAccountId(paid.getAccountId())
        .setPaymentId(paid.getPaymentId()).setAmount(Money.of("1.00", "CNY")).setRequestNo("r1").setReason("unsubscribed");
    ChannelRefund refund = clients.channels.refundChannelPayment(first).value();
    assertThat(refund.getStatus()).isEqualTo("Succeeded");
    assertThat(clients.channels.refundChannelPayment(first).value().getRefundId()).isEqualTo(refund.getRefundId());
    assertThat(clients.channels.refundChannelPayment(first.setAmount(Money.of("1.50", "CNY"))).code())
        .isEqualTo(PaymentErrors.PAYMENT_MISMATCH);
    assertThat(clients.channels.refundChannelPayment(first.setRequestNo("r2").setAmount(Money.of("2.00", "CNY"))).value().getStatus())
        .isEqualTo("Succeeded");
    assertThat(clients.channels.refundChannelPayment(first.setRequestNo("r3").setAmount(Money.of("0.01", "CNY"))).code())
        .isEqualTo(PaymentErrors.PAYMENT_MISMATCH);
    String trade = new String(java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create("http://127.0.0.1:" + Sandboxes.get().alipayPort + "/sandbox/trades/" + paid.getPaymentId())).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).body());
    assertThat(trade).contains("\"refundedAmount\":\"3.00\""); // at Alipay too: 1.00 + 2.00, once each
  }

  static StartChannelPaymentRequest wechatQr(String amount) {
    return qr(amount).setChannel(ChannelPayments.WECHATPAY);
  }

  @Test
  void aWechatPayNativePaymentSucceedsByItsEncryptedNotifyOnceAndATamperedOneIsRefused() throws Exception {
    ChannelPayment p = clients.channels.startChannelPayment(wechatQr("66.60")).value();
    assertThat(p.getQrCode()).startsWith("weixin://");
    NotifyAnswer forged = clients.channels.acceptNotify(new ChannelNotify().setChannel(ChannelPayments.WECHATPAY)
        .setHeaders(new HashMap<>(Map.of("wechatpay-serial", Sandboxes.WECHAT_PLATFORM_KEY_ID, "wechatpay-nonce", "n",
            "wechatpay-signature", "Zm9yZ2Vk", "wechatpay-timestamp", Long.toString(System.currentTimeMillis() / 1000))))
        .setBody("{\"id\":\"x\",\"event_type\":\"TRANSACTION.SUCCESS\"}"));
    assertThat(forged.isAccepted()).isFalse();
    assertThat(forged.getHttpStatus()).isEqualTo(500);

    Sandboxes.get().wechatControl("/sandbox/transactions/" + p.getPaymentId() + "/scan", "{\"outcome\":\"SUCCESS\"}");
    ChannelPayment paid = await(p, x -> ChannelPayments.SUCCEEDED.equals(x.getStatus()));
    assertThat(paid.getChannelTradeNo()).isNotBlank();
    awaitAnnounced(p.getPaymentId());
    Sandboxes.get().wechatControl("/sandbox/transactions/" + p.getPaymentId() + "/notify", "{}"); // again
    awaitAnnounced(p.getPaymentId());
    assertThat(Sandboxes.get().wechatAnswers).extracting(NotifyAnswer::getHttpStatus).contains(204);
  }

  @Test
  void aWechatPayPaymentIsRefundedOncePerRefundNumber() throws Exception {
    ChannelPayment p = clients.channels.startChannelPayment(wechatQr("10.00")).value();
    Sandboxes.get().wechatControl("/sandbox/transactions/" + p.getPaymentId() + "/scan", "{\"outcome\":\"SUCCESS\"}");
    await(p, x -> ChannelPayments.SUCCEEDED.equals(x.getStatus()));
    RefundChannelPaymentRequest refund = new RefundChannelPaymentRequest().setAccountId(p.getAccountId()).setPaymentId(p.getPaymentId())
        .setAmount(Money.of("4.00", "CNY")).setRequestNo("wr1");
    ChannelRefund first = clients.channels.refundChannelPayment(refund).value();
    assertThat(first.getStatus()).isEqualTo("Succeeded");
    assertThat(clients.channels.refundChannelPayment(refund).value().getRefundId()).isEqualTo(first.getRefundId());
    assertThat(clients.channels.refundChannelPayment(refund.setRequestNo("wr2").setAmount(Money.of("6.01", "CNY"))).code())
        .isEqualTo(PaymentErrors.PAYMENT_MISMATCH);
    String tx = new String(java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create("http://127.0.0.1:" + Sandboxes.get().wechatPort + "/sandbox/transactions/" + p.getPaymentId())).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).body());
    assertThat(tx).contains("wr1").doesNotContain("wr2");
  }

  static StartChannelPaymentRequest wechatBarcode(String amount, String authCode) {
    return wechatQr(amount).setScene(ChannelPayments.BARCODE).setAuthCode(authCode);
  }

  @Test
  void aWechatPayBarcodePaysAtOnceOverApiV2OrIsRefusedWithTheChannelsCode() throws Exception {
    ChannelPayment paid = clients.channels.startChannelPayment(wechatBarcode("7.00", "134567890123456789")).value();
    assertThat(paid.getStatus()).isEqualTo(ChannelPayments.SUCCEEDED);
    assertThat(paid.getChannelTradeNo()).isNotBlank();
    awaitAnnounced(paid.getPaymentId());
    String tx = Sandboxes.get().wechatGet("/sandbox/transactions/" + paid.getPaymentId());
    assertThat(tx).contains("MICROPAY").contains("SUCCESS");

    Sandboxes.get().wechatControl("/sandbox/auth-codes", "{\"authCode\":\"134000000000000001\",\"behaviour\":\"FAIL\",\"errCode\":\"NOTENOUGH\"}");
    Outcome<ChannelPayment> refused = clients.channels.startChannelPayment(wechatBarcode("7.00", "134000000000000001"));
    assertThat(refused.code()).isEqualTo(PaymentErrors.CHANNEL_REJECTED);
    assertThat(refused.message()).contains("NOTENOUGH");
    // a code WeChat Pay does not know as a payment code
    assertThat(clients.channels.startChannelPayment(wechatBarcode("7.00", "999999999999999999")).code())
        .isEqualTo(PaymentErrors.CHANNEL_REJECTED);
  }

  @Test
  void aWechatPayBarcodeTheCustomerConfirmsLaterIsFoundByTheJanitorWithoutANotify() throws Exception {
    Sandboxes.get().wechatControl("/sandbox/auth-codes", "{\"authCode\":\"134000000000000002\",\"behaviour\":\"WAIT\"}");
    ChannelPayment waiting = clients.channels.startChannelPayment(wechatBarcode("9.90", "134000000000000002")).value();
    assertThat(waiting.getStatus()).isEqualTo(ChannelPayments.WAITING_FOR_USER);
    Sandboxes.get().wechatControl("/sandbox/transactions/" + waiting.getPaymentId() + "/scan", "{\"outcome\":\"SUCCESS\"}");
    ChannelPayment paid = await(waiting, x -> ChannelPayments.SUCCEEDED.equals(x.getStatus())); // micropay has no notify
    assertThat(paid.getChannelTradeNo()).isNotBlank();
    awaitAnnounced(waiting.getPaymentId());

    RefundChannelPaymentRequest refund = new RefundChannelPaymentRequest().setAccountId(paid.getAccountId())
        .setPaymentId(paid.getPaymentId()).setAmount(Money.of("9.90", "CNY")).setRequestNo("wb1");
    assertThat(clients.channels.refundChannelPayment(refund).value().getStatus()).isEqualTo("Succeeded"); // through v3
  }

  @Test
  void aWechatPayBarcodeTheCustomerNeverConfirmsIsReversedWhenItExpires() throws Exception {
    Sandboxes.get().wechatControl("/sandbox/auth-codes", "{\"authCode\":\"134000000000000003\",\"behaviour\":\"WAIT\"}");
    ChannelPayment waiting = clients.channels.startChannelPayment(wechatBarcode("5.00", "134000000000000003")).value();
    assertThat(waiting.getStatus()).isEqualTo(ChannelPayments.WAITING_FOR_USER);
    ChannelPayment closed = await(waiting, x -> ChannelPayments.CLOSED.equals(x.getStatus())); // barcode timeout 3 s here
    assertThat(closed.getPaidAt()).isNull();
    assertThat(announcedFor(waiting.getPaymentId())).isZero();
    assertThat(Sandboxes.get().wechatGet("/sandbox/transactions/" + waiting.getPaymentId())).contains("REVOKED");
  }
}
