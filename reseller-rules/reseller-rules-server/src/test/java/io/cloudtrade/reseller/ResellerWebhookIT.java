package io.cloudtrade.reseller;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.cloudtrade.infra.embedded.SharedInfrastructure;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.order.api.OrderEvents;
import io.cloudtrade.order.api.OrderPaidEvent;
import io.cloudtrade.reseller.api.BusinessModelDefinition;
import io.cloudtrade.reseller.api.BusinessModelView;
import io.cloudtrade.reseller.api.BusinessModels;
import io.cloudtrade.reseller.api.Identities;
import io.cloudtrade.reseller.api.OnboardResellerRequest;
import io.cloudtrade.reseller.api.OrderSteps;
import io.cloudtrade.reseller.api.RegisterAccountRequest;
import io.cloudtrade.reseller.api.ResellerService;
import io.cloudtrade.reseller.api.ResellerView;
import io.cloudtrade.reseller.api.RuleRow;
import io.cloudtrade.reseller.api.RuleSetDefinition;
import io.cloudtrade.reseller.domain.WebhookSignature;
import io.cloudtrade.reseller.testpeers.StandInBalance;
import io.cloudtrade.reseller.testpeers.StandInBalance.RecordingBalance;
import io.cloudtrade.support.Events;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Settling resellers' orders and sending them webhooks, against the real broker, database and
 * ZooKeeper: order events are published on the order topic as the order service publishes them,
 * the earning goes to a stand-in balance service over Dubbo, and the webhooks are posted to an HTTP
 * receiver in this test.
 *
 * <p>This server gets a schema, a consumer group and a Dubbo application of its own, and registers
 * no providers: the module's other ITs keep their server contexts (and so their pollers, with the
 * production settings, and their Dubbo providers) alive in the same JVM, and neither may take this
 * test's deliveries nor answer the other tests' calls. Those other servers still receive the events
 * published here (their own consumer group); they find no rules of these resellers in their schema,
 * so they post nothing, and their deposits carry the same references, which credit once.
 */
@SpringBootTest(classes = ResellerRulesServerApplication.class,
    properties = {"spring.config.name=" + ResellerRulesServerApplication.CONFIG_NAME,
        "cloudtrade.service.name=reseller-webhook-it",
        "cloudtrade.service.schema=ct_reseller_webhook_it",
        "spring.flyway.locations=classpath:db/migration/ct_reseller",
        "dubbo.registry.register=false",
        "cloudtrade.reseller.webhook.poll-interval=50ms",
        "cloudtrade.reseller.webhook.initial-backoff=200ms",
        "cloudtrade.reseller.webhook.max-backoff=5s",
        "cloudtrade.reseller.webhook.max-attempts=" + ResellerWebhookIT.MAX_ATTEMPTS})
class ResellerWebhookIT {
  static final int MAX_ATTEMPTS = 4;
  static final Duration INITIAL_BACKOFF = Duration.ofMillis(200);
  static final String MODEL = "webhook-referral";
  static final String CNY = "CNY";
  static final Duration WAIT = Duration.ofSeconds(60);
  static final ObjectMapper JSON = new ObjectMapper();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    SharedInfrastructure.properties().forEach((k, v) -> registry.add(k, () -> v));
  }

  static ConfigurableApplicationContext standIns;
  static RecordingBalance balance;
  static HttpServer http;
  static Events publisher;
  static final Map<String, Receiver> receivers = new ConcurrentHashMap<>();

  @Autowired ResellerService resellers;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  static void startPeers() throws Exception {
    standIns = StandInBalance.start(SharedInfrastructure.properties());
    balance = standIns.getBean(RecordingBalance.class);
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.setExecutor(Executors.newFixedThreadPool(4));
    http.createContext("/hooks/", exchange -> {
      Receiver r = receivers.get(exchange.getRequestURI().getPath());
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      int status = 404;
      if (r != null) {
        r.received.add(new Received(System.nanoTime(), exchange.getRequestHeaders().getFirst("Content-Type"),
            exchange.getRequestHeaders().getFirst("X-CloudTrade-Event"),
            exchange.getRequestHeaders().getFirst("X-CloudTrade-Delivery"),
            exchange.getRequestHeaders().getFirst("X-CloudTrade-Timestamp"),
            exchange.getRequestHeaders().getFirst("X-CloudTrade-Signature"),
            new String(body, StandardCharsets.UTF_8)));
        Integer scripted = r.answers.poll();
        status = scripted == null ? r.afterwards : scripted;
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    http.start();
    publisher = new Events(SharedInfrastructure.get().rocketMqNameServer(), "reseller-webhook-it-publisher");
  }

  /**
   * The stand-in's Dubbo application is left to the JVM's exit (Spring's shutdown hook): closing it
   * here would end Dubbo's framework model for the server contexts other ITs keep in this JVM.
   */
  @AfterAll
  static void stopPeers() {
    if (publisher != null) {
      publisher.destroy();
    }
    if (http != null) {
      http.stop(0);
    }
  }

  @BeforeEach
  void businessModel() {
    BusinessModelDefinition referral = new BusinessModelDefinition().setCode(MODEL).setName("Referral with webhooks")
        .setPayer(BusinessModels.CUSTOMER).setCustomerPrice(BusinessModels.LIST).setEarning(BusinessModels.COMMISSION)
        .setBrand(BusinessModels.CLOUDTRADE)
        .setSteps(new ArrayList<>(List.of(OrderSteps.NOTIFY_RESELLER)));
    Outcome<BusinessModelView> defined = resellers.defineBusinessModel(referral); // the same again: returns it
    assertThat(defined.isOk()).as(defined.toString()).isTrue();
  }

  /** What the receiver got: one request. */
  record Received(long atNanos, String contentType, String event, String delivery, String timestamp, String signature,
      String body) {}

  /** A webhook endpoint of one reseller: answers as scripted, then {@code afterwards}, and records every request. */
  static final class Receiver {
    final String path;
    final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
    final int afterwards;
    final List<Received> received = new CopyOnWriteArrayList<>();

    Receiver(String path, int afterwards, Integer... scripted) {
      this.path = path;
      this.afterwards = afterwards;
      answers.addAll(List.of(scripted));
    }

    String url() {
      return "http://127.0.0.1:" + http.getAddress().getPort() + path;
    }
  }

  /** A reseller under the referral model, onboarded through the reseller service. */
  record Reseller(long id, String secret, String ruleVersion) {}

  static String unique() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
  }

  static Receiver receiver(int afterwards, Integer... scripted) {
    Receiver r = new Receiver("/hooks/" + unique(), afterwards, scripted);
    receivers.put(r.path, r);
    return r;
  }

  Reseller onboard(Receiver receiver) {
    String suffix = unique();
    String secret = "whsec-" + suffix + "-0123456789";
    RuleSetDefinition rules = new RuleSetDefinition()
        .setBusinessModel(MODEL)
        .setCommission(new ArrayList<>(List.of(new RuleRow().setProduct("*").setValue("15"))))
        .setCurrency(CNY);
    if (receiver != null) {
      rules.setWebhookUrl(receiver.url()).setWebhookSecret(secret);
    }
    RegisterAccountRequest account = new RegisterAccountRequest()
        .setName("Reseller " + suffix)
        .setLoginName("webhook-reseller-" + suffix + "@example.com")
        .setPassword("password-" + suffix)
        .setIdentity(Identities.RESELLER);
    Outcome<ResellerView> onboarded = resellers.onboardReseller(new OnboardResellerRequest().setAccount(account).setRules(rules));
    assertThat(onboarded.isOk()).as(onboarded.toString()).isTrue();
    ResellerView view = onboarded.value();
    return new Reseller(view.getResellerId(), secret, view.getRules().getRuleVersion());
  }

  static OrderPaidEvent paidOrder(Reseller reseller, String earning) {
    long orderId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    return new OrderPaidEvent()
        .setOrderId(orderId)
        .setAccountId(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L))
        .setOrderType("New")
        .setInstanceId("i-" + orderId)
        .setProductCode("ecs")
        .setRegion("cn-hangzhou")
        .setSubscriptionType("Subscription")
        .setPeriod(1)
        .setPeriodUnit("Month")
        .setAmount(Money.of("158.93", CNY))
        .setPaidAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
        .setRuleVersion(reseller.ruleVersion())
        .setResellerId(reseller.id())
        .setResellerEarning(Money.of(earning, CNY))
        .setNotifyReseller(true);
  }

  static void publish(String tag, OrderPaidEvent e) {
    publisher.publish(OrderEvents.TOPIC, tag, Long.toString(e.getOrderId()), e);
  }

  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + WAIT + " waiting for: " + what);
      }
      Thread.sleep(20);
    }
  }

  Map<String, Object> delivery(String eventKey) {
    List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM webhook_delivery WHERE event_key = ?", eventKey);
    return rows.isEmpty() ? null : rows.get(0);
  }

  String statusOf(String eventKey) {
    Map<String, Object> row = delivery(eventKey);
    return row == null ? null : (String) row.get("status");
  }

  static String hmacHex(String secret, String data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void creditsTheEarningOnceAndSendsOneSignedWebhookEvenWhenTheEventComesTwice() throws Exception {
    Receiver receiver = receiver(204);
    Reseller reseller = onboard(receiver);
    OrderPaidEvent paid = paidOrder(reseller, "23.84");
    String reference = "reseller-earning-order-" + paid.getOrderId();
    String eventKey = "OrderPaid-" + paid.getOrderId();

    publish(OrderEvents.TAG_ORDER_PAID, paid);
    publish(OrderEvents.TAG_ORDER_PAID, paid);

    await("both events handled", () -> balance.callsWith(reference) >= 2);
    await("the webhook delivered", () -> "DELIVERED".equals(statusOf(eventKey)));
    Thread.sleep(500); // ten polls: time for a second delivery, were there one
    assertThat(balance.creditedTo(reseller.id(), CNY)).isEqualTo(Money.of("23.84", CNY));
    assertThat(balance.credited.get(reference).getAccountId()).isEqualTo(reseller.id());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM webhook_delivery WHERE reseller_id = ?", Long.class, reseller.id()))
        .isEqualTo(1);
    assertThat(receiver.received).hasSize(1);

    Received got = receiver.received.get(0);
    Map<String, Object> row = delivery(eventKey);
    assertThat(got.contentType()).isEqualTo("application/json");
    assertThat(got.event()).isEqualTo("OrderPaid");
    assertThat(got.delivery()).isEqualTo(row.get("delivery_id").toString());
    assertThat(got.body()).isEqualTo(row.get("payload"));
    long timestamp = Long.parseLong(got.timestamp());
    assertThat(Math.abs(timestamp - Instant.now().getEpochSecond())).isLessThan(60);
    assertThat(got.signature()).isEqualTo("sha256=" + hmacHex(reseller.secret(), got.timestamp() + "." + got.body()));
    assertThat(WebhookSignature.verify(reseller.secret(), timestamp, got.body(), got.signature())).isTrue();
    assertThat(WebhookSignature.verify("another-secret", timestamp, got.body(), got.signature())).isFalse();

    JsonNode body = JSON.readTree(got.body());
    assertThat(body.get("eventType").asText()).isEqualTo("OrderPaid");
    assertThat(body.get("deliveryId").isTextual()).isTrue();
    assertThat(body.get("deliveryId").asText()).isEqualTo(got.delivery());
    assertThat(Instant.parse(body.get("occurredAt").asText())).isEqualTo(paid.getPaidAt());
    assertThat(body.get("occurredAt").asText()).endsWith("Z");
    JsonNode order = body.get("order");
    assertThat(order.get("orderId").isTextual()).isTrue();
    assertThat(order.get("orderId").asText()).isEqualTo(Long.toString(paid.getOrderId()));
    assertThat(order.get("accountId").asText()).isEqualTo(Long.toString(paid.getAccountId()));
    assertThat(order.get("orderType").asText()).isEqualTo("New");
    assertThat(order.get("instanceId").asText()).isEqualTo(paid.getInstanceId());
    assertThat(order.get("productCode").asText()).isEqualTo("ecs");
    assertThat(order.get("region").asText()).isEqualTo("cn-hangzhou");
    assertThat(order.get("amount").isTextual()).isTrue();
    assertThat(order.get("amount").asText()).isEqualTo("158.93");
    assertThat(order.get("currency").asText()).isEqualTo(CNY);
    assertThat(order.get("resellerEarning").isTextual()).isTrue();
    assertThat(order.get("resellerEarning").asText()).isEqualTo("23.84");
    assertThat(order.get("ruleVersion").asText()).isEqualTo(reseller.ruleVersion());
    assertThat(row.get("attempts")).isEqualTo(1);
    assertThat(row.get("last_status_code")).isEqualTo(204);
    assertThat(row.get("delivered_at")).isNotNull();
  }

  @Test
  void retriesAFailingReceiverWithGrowingGapsUntilItAnswers2xx() throws Exception {
    Receiver receiver = receiver(200, 500, 500);
    Reseller reseller = onboard(receiver);
    OrderPaidEvent paid = paidOrder(reseller, "1.00");
    String eventKey = "OrderPaid-" + paid.getOrderId();

    publish(OrderEvents.TAG_ORDER_PAID, paid);

    await("the webhook delivered", () -> "DELIVERED".equals(statusOf(eventKey)));
    assertThat(receiver.received).hasSize(3);
    List<Received> got = receiver.received;
    Duration firstGap = Duration.ofNanos(got.get(1).atNanos() - got.get(0).atNanos());
    Duration secondGap = Duration.ofNanos(got.get(2).atNanos() - got.get(1).atNanos());
    // never retried before the backoff has passed, and the backoff doubles: 200 ms, then 400 ms. Only
    // these floors are asserted: how late a poll comes after them is timing (a cold JVM once took the
    // first retry 400 ms late, which made a gap-versus-gap comparison flaky)
    assertThat(firstGap).isGreaterThanOrEqualTo(INITIAL_BACKOFF);
    assertThat(secondGap).isGreaterThanOrEqualTo(INITIAL_BACKOFF.multipliedBy(2));
    assertThat(got).extracting(Received::delivery).containsOnly(got.get(0).delivery());
    assertThat(got).extracting(Received::body).containsOnly(got.get(0).body());
    for (Received r : got) { // every attempt is signed afresh, and verifies
      assertThat(WebhookSignature.verify(reseller.secret(), Long.parseLong(r.timestamp()), r.body(), r.signature())).isTrue();
    }
    Map<String, Object> row = delivery(eventKey);
    assertThat(row.get("attempts")).isEqualTo(3);
    assertThat(row.get("last_status_code")).isEqualTo(200);
  }

  @Test
  void givesUpAReceiverThatNeverAnswers2xxAfterMaxAttempts() throws Exception {
    Receiver receiver = receiver(503);
    Reseller reseller = onboard(receiver);
    OrderPaidEvent paid = paidOrder(reseller, "2.50");
    String eventKey = "OrderPaid-" + paid.getOrderId();

    publish(OrderEvents.TAG_ORDER_PAID, paid);

    await("the webhook dead", () -> "DEAD".equals(statusOf(eventKey)));
    Thread.sleep(INITIAL_BACKOFF.multipliedBy(1L << MAX_ATTEMPTS).toMillis()); // longer than the next backoff would be
    assertThat(receiver.received).hasSize(MAX_ATTEMPTS);
    Map<String, Object> row = delivery(eventKey);
    assertThat(row.get("attempts")).isEqualTo(MAX_ATTEMPTS);
    assertThat(row.get("last_status_code")).isEqualTo(503);
    assertThat(row.get("last_error")).isEqualTo("HTTP 503");
    assertThat(row.get("delivered_at")).isNull();
    // the earning does not depend on the webhook
    assertThat(balance.creditedTo(reseller.id(), CNY)).isEqualTo(Money.of("2.50", CNY));
  }

  @Test
  void dropsTheWebhookOfAResellerWithoutOne() throws Exception {
    Reseller reseller = onboard(null);
    OrderPaidEvent paid = paidOrder(reseller, "3.00");
    String eventKey = "OrderPaid-" + paid.getOrderId();

    publish(OrderEvents.TAG_ORDER_PAID, paid);

    await("the webhook dead", () -> "DEAD".equals(statusOf(eventKey)));
    assertThat(delivery(eventKey).get("last_error")).isEqualTo("no webhook configured");
    assertThat(balance.creditedTo(reseller.id(), CNY)).isEqualTo(Money.of("3.00", CNY));
  }

  @Test
  void tellsTheResellerOfARefundAndTakesNothingBack() throws Exception {
    Receiver receiver = receiver(200);
    Reseller reseller = onboard(receiver);
    OrderPaidEvent refund = paidOrder(reseller, "0.00").setOrderType("Refund").setAmount(Money.of("40.00", CNY));
    String eventKey = "RefundRequested-" + refund.getOrderId();

    publish(OrderEvents.TAG_REFUND_REQUESTED, refund);

    await("the webhook delivered", () -> "DELIVERED".equals(statusOf(eventKey)));
    assertThat(receiver.received).hasSize(1);
    assertThat(receiver.received.get(0).event()).isEqualTo("RefundRequested");
    JsonNode body = JSON.readTree(receiver.received.get(0).body());
    assertThat(body.get("eventType").asText()).isEqualTo("RefundRequested");
    assertThat(body.get("order").get("orderType").asText()).isEqualTo("Refund");
    assertThat(body.get("order").get("amount").asText()).isEqualTo("40.00");
    assertThat(balance.calls).noneMatch(d -> d.getAccountId() == reseller.id());
  }

  @Test
  void ignoresOrdersOfDirectCustomers() throws Exception {
    Receiver receiver = receiver(200);
    Reseller reseller = onboard(receiver);
    OrderPaidEvent direct = paidOrder(reseller, "9.99").setResellerId(null);
    OrderPaidEvent marker = paidOrder(reseller, "0.01");

    publish(OrderEvents.TAG_ORDER_PAID, direct);
    publish(OrderEvents.TAG_ORDER_PAID, marker);

    await("the reseller's own order delivered", () -> "DELIVERED".equals(statusOf("OrderPaid-" + marker.getOrderId())));
    Thread.sleep(1000); // by now the direct order's event, published first, has been handled too
    assertThat(delivery("OrderPaid-" + direct.getOrderId())).isNull();
    assertThat(balance.callsWith("reseller-earning-order-" + direct.getOrderId())).isZero();
    assertThat(balance.creditedTo(reseller.id(), CNY)).isEqualTo(Money.of("0.01", CNY));
  }

  @Test
  void aRefusedDepositIsRedeliveredAndNothingIsSentBeforeItSucceeds() throws Exception {
    Receiver receiver = receiver(200);
    Reseller reseller = onboard(receiver);
    OrderPaidEvent paid = paidOrder(reseller, "5.55");
    String reference = "reseller-earning-order-" + paid.getOrderId();
    String eventKey = "OrderPaid-" + paid.getOrderId();
    balance.refused.put(reseller.id(), true);

    publish(OrderEvents.TAG_ORDER_PAID, paid);

    await("the deposit refused", () -> balance.callsWith(reference) >= 1);
    Thread.sleep(300);
    assertThat(delivery(eventKey)).isNull();
    long refusedCalls = balance.callsWith(reference);
    balance.refused.remove(reseller.id());

    // the broker redelivers a failed event after its retry delay (10 s for the first retry)
    await("the redelivered event credited", () -> balance.credited.containsKey(reference));
    await("the webhook delivered", () -> "DELIVERED".equals(statusOf(eventKey)));
    assertThat(balance.callsWith(reference)).isGreaterThan(refusedCalls);
    assertThat(balance.creditedTo(reseller.id(), CNY)).isEqualTo(Money.of("5.55", CNY));
    assertThat(receiver.received).hasSize(1);
  }
}
