package io.cloudtrade.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.kernel.Money;
import io.cloudtrade.payment.api.ChannelPayment;
import io.cloudtrade.payment.api.ChannelPaymentService;
import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.api.StartChannelPaymentRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.order.api.CreateInstanceCommand;
import io.cloudtrade.order.api.OrderChannelPayment;
import io.cloudtrade.order.api.OrderService;
import io.cloudtrade.order.api.PayByChannelCommand;
import io.cloudtrade.order.api.PlacedOrder;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The launcher runs the Alipay sandbox and points the payment service at it: a QR payment started
 * through the payment service is paid by "scanning" in the sandbox, whose signed notification comes
 * back through the gateway's public notify endpoint and settles the payment.
 */
class ChannelPaymentThroughPlatformIT {
  static Platform platform;

  @BeforeAll
  static void start() throws Exception {
    Path data = Path.of(System.getProperty("cloudtrade.test.dir", "target/it-data"), "channels-" + ProcessHandle.current().pid());
    platform = Platform.start(LauncherOptions.parse("--data-dir=" + data, "--fresh", "--random-ports", "--port=0", "--no-demo-data"));
    TestAccounts.directCustomer(platform, 42);
  }

  @AfterAll
  static void stop() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void anAlipayQrPaymentIsSettledByTheSandboxesNotifyThroughTheGateway() throws Exception {
    ChannelPaymentService payments = platform.gatewayBean(ChannelPaymentService.class);
    ChannelPayment p = payments.startChannelPayment(new StartChannelPaymentRequest().setAccountId(42).setOrderId(4242)
        .setAmount(Money.of("298.00", "CNY")).setChannel(ChannelPayments.ALIPAY).setScene(ChannelPayments.QR)
        .setSubject("ecs.g7.large")).value();
    assertThat(p.getQrCode()).isNotBlank();
    HttpResponse<String> scanned = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + platform.alipaySandboxPort() + "/sandbox/trades/" + p.getPaymentId() + "/scan"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"outcome\":\"SUCCESS\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(scanned.statusCode()).isLessThan(300);
    long deadline = System.currentTimeMillis() + 30_000;
    ChannelPayment now = p;
    while (!ChannelPayments.SUCCEEDED.equals(now.getStatus()) && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
      now = payments.getChannelPayment(42, p.getPaymentId()).value();
    }
    assertThat(now.getStatus()).isEqualTo(ChannelPayments.SUCCEEDED);
    HttpResponse<String> trade = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + platform.alipaySandboxPort() + "/sandbox/trades/" + p.getPaymentId())).build(),
        HttpResponse.BodyHandlers.ofString());
    // the gateway answered the sandbox's notify as Alipay expects it to
    assertThat(trade.body()).contains("\"acknowledged\":true").contains("\"answer\":\"HTTP 200 success\"");
  }

  static PlacedOrder unpaidOrder(OrderService orders) {
    return orders.createInstance(new CreateInstanceCommand().setAccountId(42).setClientToken(UUID.randomUUID().toString())
        .setProductCode("ecs").setSubscriptionType("Subscription").setPeriod(1).setPeriodUnit("Month")
        .setConfig(new HashMap<>()).setPayNow(false)).value();
  }

  String scan(long paymentId) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + platform.alipaySandboxPort() + "/sandbox/trades/" + paymentId + "/scan"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"outcome\":\"SUCCESS\"}")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  String trade(long paymentId) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + platform.alipaySandboxPort() + "/sandbox/trades/" + paymentId)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  @Test
  void anOrderPaidByScanningItsAlipayQrCodeIsPaidOnceAndItsInstanceIsProduced() throws Exception {
    OrderService orders = platform.gatewayBean(OrderService.class);
    PlacedOrder order = unpaidOrder(orders);
    OrderChannelPayment qr = orders.payOrderByChannel(new PayByChannelCommand().setAccountId(42).setOrderId(order.getOrderId())
        .setChannel(ChannelPayments.ALIPAY).setScene(ChannelPayments.QR)).value();
    assertThat(qr.getQrCode()).isNotBlank();
    assertThat(qr.getAmount()).isEqualTo(order.getAmount());
    scan(qr.getPaymentId());
    long deadline = System.currentTimeMillis() + 60_000;
    InstanceView instance = null;
    while (System.currentTimeMillis() < deadline) {
      var i = platform.gatewayBean(InstanceService.class).getInstance(42, order.getInstanceId());
      instance = i.isOk() ? i.value() : null;
      if (instance != null && "Normal".equals(instance.getStatus())) {
        break;
      }
      Thread.sleep(200);
    }
    assertThat(instance).isNotNull();
    assertThat(instance.getStatus()).isEqualTo("Normal");
    assertThat(orders.getOrder(42, order.getOrderId()).value().getPaymentStatus()).isEqualTo("Paid");
    assertThat(orders.payOrderByChannel(new PayByChannelCommand().setAccountId(42).setOrderId(order.getOrderId())
        .setChannel(ChannelPayments.ALIPAY).setScene(ChannelPayments.QR)).code()).isEqualTo("OrderNotPayable");
    assertThat(trade(qr.getPaymentId())).contains("\"refundedAmount\":\"0.00\"");
  }

  @Test
  void aPaymentThatArrivesForACancelledOrderIsRefundedThroughItsChannel() throws Exception {
    OrderService orders = platform.gatewayBean(OrderService.class);
    PlacedOrder order = unpaidOrder(orders);
    OrderChannelPayment qr = orders.payOrderByChannel(new PayByChannelCommand().setAccountId(42).setOrderId(order.getOrderId())
        .setChannel(ChannelPayments.ALIPAY).setScene(ChannelPayments.QR)).value();
    assertThat(orders.cancelOrder(42, order.getOrderId()).value().getStatus()).isEqualTo("Cancelled");
    scan(qr.getPaymentId()); // the customer pays a moment too late
    String total = order.getAmount().toBigDecimal().toPlainString();
    long deadline = System.currentTimeMillis() + 60_000;
    while (!trade(qr.getPaymentId()).contains("\"refundedAmount\":\"" + total + "\"") && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
    }
    assertThat(trade(qr.getPaymentId())).contains("\"refundedAmount\":\"" + total + "\"");
    assertThat(orders.getOrder(42, order.getOrderId()).value().getStatus()).isEqualTo("Cancelled");
  }
}
