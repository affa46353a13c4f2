package io.cloudtrade.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.kernel.PageRequest;
import io.cloudtrade.order.api.CreateInstanceCommand;
import io.cloudtrade.order.api.OrderChannelPayment;
import io.cloudtrade.order.api.OrderDetail;
import io.cloudtrade.order.api.OrderService;
import io.cloudtrade.order.api.PayByChannelCommand;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.payment.api.ChannelPayment;
import io.cloudtrade.payment.api.ChannelPaymentService;
import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.api.ChannelRefund;
import io.cloudtrade.payment.api.ReconciliationReport;
import io.cloudtrade.payment.api.ReconciliationService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's acceptance run, through the whole platform: orders paid by Alipay and WeChat Pay QR
 * codes while both sandboxes deliver their notifications at random (late, twice, first attempt
 * lost), then not at all; some orders are paid twice (two QR codes, both scanned) and some never.
 * Afterwards every paid order is paid exactly once (a second payment is refunded through its
 * channel), no unpaid order is marked paid, and the day's reconciliation against both channels'
 * bills finds no difference.
 */
class NotifyChaosIT {
  static final long ACCOUNT = 5_150_000_001L;
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static Platform platform;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Path data = Path.of(System.getProperty("cloudtrade.test.dir", "target/it-data"), "chaos-" + ProcessHandle.current().pid());
    platform = Platform.start(LauncherOptions.parse("--data-dir=" + data, "--fresh", "--random-ports", "--port=0", "--no-demo-data"));
    TestAccounts.directCustomer(platform, ACCOUNT);
  }

  @AfterAll
  static void stop() {
    if (platform != null) {
      platform.close();
    }
  }

  /** One order of the run, and what the test does with it. */
  record Planned(PlacedOrder order, List<OrderChannelPayment> payments, boolean scanned) {}

  @Test
  void withNotifiesDelayedDuplicatedAndDroppedEveryPaidOrderIsPaidOnceAndTheBillsReconcile() throws Exception {
    LocalDate firstDay = LocalDate.now(BEIJING);
    OrderService orders = platform.gatewayBean(OrderService.class);
    ChannelPaymentService payments = platform.gatewayBean(ChannelPaymentService.class);
    policy("RANDOM");

    List<Planned> plan = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      if (i == 12) {
        policy("DROP"); // the second half: no notification ever comes, the janitor's queries must find the payments
      }
      PlacedOrder order = unpaidOrder(orders);
      String channel = i % 2 == 0 ? ChannelPayments.ALIPAY : ChannelPayments.WECHATPAY;
      List<OrderChannelPayment> started = new ArrayList<>();
      started.add(qr(orders, order, channel));
      if (i % 6 == 0) { // the customer opens a second QR code, of the other channel, and pays both
        started.add(qr(orders, order, ChannelPayments.ALIPAY.equals(channel) ? ChannelPayments.WECHATPAY : ChannelPayments.ALIPAY));
      }
      boolean scanned = i % 4 != 3;
      if (scanned) {
        for (OrderChannelPayment p : started) {
          scan(p);
        }
      }
      plan.add(new Planned(order, started, scanned));
    }

    List<Planned> paid = plan.stream().filter(Planned::scanned).toList();
    List<Planned> doublyPaid = paid.stream().filter(p -> p.payments().size() == 2).toList();
    await("every scanned order paid", () -> paid.stream().allMatch(p -> isPaid(orders.getOrder(ACCOUNT, p.order().getOrderId()).value())));
    await("each second payment refunded", () -> refunds(payments).size() >= doublyPaid.size());
    Thread.sleep(5_000); // late and duplicated notifications still on their way arrive now; they must change nothing

    Map<Long, List<ChannelPayment>> byOrder = payments(payments).stream().collect(Collectors.groupingBy(ChannelPayment::getOrderId));
    Map<Long, List<ChannelRefund>> refundsByPayment = refunds(payments).stream()
        .collect(Collectors.groupingBy(ChannelRefund::getPaymentId));
    for (Planned p : plan) {
      OrderDetail order = orders.getOrder(ACCOUNT, p.order().getOrderId()).value();
      List<ChannelPayment> ofOrder = byOrder.getOrDefault(order.getOrderId(), List.of());
      assertThat(ofOrder).hasSize(p.payments().size());
      if (!p.scanned()) {
        assertThat(isPaid(order)).as("order %s was never paid", order.getOrderId()).isFalse();
        assertThat(order.getPaymentStatus()).isEqualTo("Unpaid");
        assertThat(ofOrder).extracting(ChannelPayment::getStatus).containsOnly(ChannelPayments.PENDING);
        continue;
      }
      assertThat(isPaid(order)).isTrue();
      // exactly once: what its payments took, less what went back, is the order's amount
      long taken = ofOrder.stream().filter(x -> ChannelPayments.SUCCEEDED.equals(x.getStatus()))
          .mapToLong(x -> x.getAmount().minor()).sum();
      long returned = ofOrder.stream().flatMap(x -> refundsByPayment.getOrDefault(x.getPaymentId(), List.of()).stream())
          .filter(r -> "Succeeded".equals(r.getStatus())).mapToLong(r -> r.getAmount().minor()).sum();
      assertThat(taken - returned).as("net paid for order %s", order.getOrderId()).isEqualTo(order.getAmount().minor());
      assertThat(ofOrder.stream().filter(x -> refundsByPayment.containsKey(x.getPaymentId())).count())
          .isEqualTo(p.payments().size() - 1L);
    }
    assertThat(refunds(payments)).hasSize(doublyPaid.size());

    Set<LocalDate> days = new TreeSet<>(List.of(firstDay, LocalDate.now(BEIJING)));
    ReconciliationService reconciliation = platform.gatewayBean(ReconciliationService.class);
    for (String channel : List.of(ChannelPayments.ALIPAY, ChannelPayments.WECHATPAY)) {
      int matched = 0;
      for (LocalDate day : days) {
        ReconciliationReport report = reconciliation.reconcile(channel, day).value();
        assertThat(report.getDifferences()).as(channel + " " + day).isEmpty();
        matched += report.getMatchedCount();
      }
      assertThat(matched).as(channel + " bill lines matched").isPositive();
    }
  }

  static boolean isPaid(OrderDetail o) {
    return Set.of("Paid", "Delivering", "Delivered").contains(o.getStatus());
  }

  static PlacedOrder unpaidOrder(OrderService orders) {
    return orders.createInstance(new CreateInstanceCommand().setAccountId(ACCOUNT).setClientToken(UUID.randomUUID().toString())
        .setProductCode("ecs").setSubscriptionType("Subscription").setPeriod(1).setPeriodUnit("Month")
        .setConfig(new HashMap<>()).setPayNow(false)).value();
  }

  static OrderChannelPayment qr(OrderService orders, PlacedOrder order, String channel) {
    OrderChannelPayment p = orders.payOrderByChannel(new PayByChannelCommand().setAccountId(ACCOUNT).setOrderId(order.getOrderId())
        .setChannel(channel).setScene(ChannelPayments.QR)).value();
    assertThat(p.getAmount()).isEqualTo(order.getAmount());
    return p;
  }

  static List<ChannelPayment> payments(ChannelPaymentService payments) {
    return payments.listChannelPayments(ACCOUNT, PageRequest.of(1, PageRequest.MAX_PAGE_SIZE)).value().items();
  }

  static List<ChannelRefund> refunds(ChannelPaymentService payments) {
    return payments.listChannelRefunds(ACCOUNT, PageRequest.of(1, PageRequest.MAX_PAGE_SIZE)).value().items();
  }

  static void scan(OrderChannelPayment p) throws Exception {
    String path = ChannelPayments.ALIPAY.equals(p.getChannel())
        ? "/sandbox/trades/" + p.getPaymentId() + "/scan" : "/sandbox/transactions/" + p.getPaymentId() + "/scan";
    post(port(p.getChannel()), path, "{\"outcome\":\"SUCCESS\"}");
  }

  /** Both sandboxes' notify policy: RANDOM (late, twice, first attempt lost, seeded) or DROP. */
  static void policy(String mode) throws Exception {
    String json = "{\"mode\":\"" + mode + "\",\"delayMillis\":1500,\"seed\":515}";
    post(platform.alipaySandboxPort(), "/sandbox/notify-policy", json);
    post(platform.wechatPaySandboxPort(), "/sandbox/notify-policy", json);
  }

  static int port(String channel) {
    return ChannelPayments.ALIPAY.equals(channel) ? platform.alipaySandboxPort() : platform.wechatPaySandboxPort();
  }

  static void post(int port, String path, String json) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " " + r.body()).isLessThan(300);
  }

  static void await(String what, BooleanSupplier done) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 120_000;
    while (!done.getAsBoolean()) {
      assertThat(System.currentTimeMillis()).as("timed out waiting: " + what).isLessThan(deadline);
      Thread.sleep(250);
    }
  }
}
