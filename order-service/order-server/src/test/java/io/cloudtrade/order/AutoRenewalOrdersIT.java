package io.cloudtrade.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.infra.embedded.SharedInfrastructure;
import io.cloudtrade.lifecycle.api.AutoRenewalDue;
import io.cloudtrade.lifecycle.api.AutoRenewalEvents;
import io.cloudtrade.order.api.CreateInstanceCommand;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.order.api.OrderEvents;
import io.cloudtrade.order.api.OrderPaidEvent;
import io.cloudtrade.order.api.OrderService;
import io.cloudtrade.order.api.OrderStatus;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.order.api.RenewInstanceCommand;
import io.cloudtrade.order.application.RenewInstanceAutomatically;
import io.cloudtrade.order.domain.AutoRenewalTokens;
import io.cloudtrade.payment.api.PaymentErrors;
import io.cloudtrade.support.Events;
import io.cloudtrade.testpeers.StandIns;
import io.cloudtrade.testpeers.StandIns.InMemoryBalance;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The order server's answer to instance lifecycle's AutoRenewalDue ({@link
 * RenewInstanceAutomatically}) against a real MariaDB, ZooKeeper and broker, with the catalog, the
 * balance (250.00 per account) and the instances as stand-ins over Dubbo: attempts for one end time
 * place and pay one Renew order however often they come, a short balance is a counted rejection with
 * nothing paid, and the next attempt pays once the balance allows it. An attempt for an end time the
 * instance no longer has (its owner renewed it meanwhile) is a counted rejection with nothing paid; the
 * Renew order of an attempt records the end time it is for, and its OrderPaid event carries it.
 */
@SpringBootTest(classes = {OrderServerApplication.class, AutoRenewalOrdersIT.Peers.class},
    properties = {"spring.config.name=" + OrderServerApplication.CONFIG_NAME,
        // short enough to watch an auto-renewal order left unpaid time out
        "cloudtrade.order.unpaid-timeout=PT3S"})
class AutoRenewalOrdersIT {
  static final Duration PATIENCE = Duration.ofSeconds(60);

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    SharedInfrastructure.properties().forEach((k, v) -> registry.add(k, () -> v));
  }

  static ConfigurableApplicationContext standIns;
  static InMemoryBalance balance;
  static StandIns.StandInInstances instances;
  static Events events;
  static final List<OrderPaidEvent> paidEvents = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startStandIns() throws Exception {
    standIns = StandIns.start(SharedInfrastructure.properties());
    balance = standIns.getBean(InMemoryBalance.class);
    instances = standIns.getBean(StandIns.StandInInstances.class);
    events = new Events(SharedInfrastructure.get().rocketMqNameServer(), "auto-renewal-orders-it");
    events.subscribe("paid", OrderEvents.TOPIC, OrderEvents.TAG_ORDER_PAID, OrderPaidEvent.class, paidEvents::add);
  }

  @AfterAll
  static void stopStandIns() {
    if (events != null) {
      events.destroy();
    }
    if (standIns != null) {
      standIns.close();
    }
  }

  @TestConfiguration
  @Component
  static class Peers {
    @DubboReference OrderService orders;
  }

  @Autowired Peers peers;
  @Autowired RenewInstanceAutomatically renewal;
  @Autowired JdbcTemplate jdbc;
  @Autowired MeterRegistry meters;

  static long account() {
    return System.nanoTime() & 0xFFFFFFFFFFL;
  }

  /** A bought (100.00 of the 250.00 balance), running monthly subscription; its end time. */
  Instant runningInstance(long account, String[] instanceId) {
    PlacedOrder bought = peers.orders.createInstance(new CreateInstanceCommand().setAccountId(account)
        .setClientToken(UUID.randomUUID().toString()).setProductCode("vm").setSubscriptionType("Subscription")
        .setPeriod(1).setPeriodUnit("Month").setConfig(new HashMap<>(Map.of("Size", "small"))).setPayNow(true)).value();
    assertThat(bought.getStatus()).isEqualTo(OrderStatus.PAID);
    instanceId[0] = bought.getInstanceId();
    return instances.running(account, bought.getInstanceId(), "small").getEndTime().truncatedTo(ChronoUnit.MILLIS);
  }

  static AutoRenewalDue due(long account, String instanceId, Instant end, int attempt) {
    return new AutoRenewalDue().setInstanceId(instanceId).setAccountId(account).setProductCode("vm").setEndTime(end)
        .setRenewPeriod(1).setRenewPeriodUnit("Month").setAttempt(attempt).setAt(end.minus(Duration.ofDays(1)));
  }

  List<Map<String, Object>> renewOrders(String instanceId) {
    return jdbc.queryForList("SELECT order_id, client_token, status FROM purchase_order WHERE instance_id = ? "
        + "AND order_type = 'Renew' ORDER BY order_id", instanceId);
  }

  double counted(String outcome) {
    Counter c = meters.find(RenewInstanceAutomatically.COUNTER).tag("outcome", outcome).counter();
    return c == null ? 0 : c.count();
  }

  static <T> T await(String what, Supplier<T> probe, java.util.function.Predicate<T> done) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    T last = probe.get();
    while (!done.test(last)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not reached within " + PATIENCE + ": " + what + "; last seen " + last);
      }
      Thread.sleep(100);
      last = probe.get();
    }
    return last;
  }

  @Test
  void repeatedAttemptsForOneEndTimeRenewOnce() throws Exception {
    long account = account();
    String[] id = new String[1];
    Instant end = runningInstance(account, id);
    String instanceId = id[0];
    double paidBefore = counted(OrderStatus.PAID);

    // two attempts at once (a retry racing a redelivery), then a third: one order, paid once
    ExecutorService consumers = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier together = new CyclicBarrier(2);
      List<Future<String>> both = List.of(
          consumers.submit(() -> { together.await(10, TimeUnit.SECONDS); return renewal.on(due(account, instanceId, end, 1)); }),
          consumers.submit(() -> { together.await(10, TimeUnit.SECONDS); return renewal.on(due(account, instanceId, end, 2)); }));
      for (Future<String> f : both) {
        assertThat(f.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isIn(OrderStatus.PAID, OrderStatus.DELIVERING,
            OrderStatus.DELIVERED, "OrderInProgress");
      }
    } finally {
      consumers.shutdownNow();
    }
    assertThat(renewal.on(due(account, instanceId, end, 3))).isEqualTo(OrderStatus.PAID);
    List<Map<String, Object>> renews = renewOrders(instanceId);
    assertThat(renews).hasSize(1);
    assertThat(renews.get(0)).containsEntry("client_token", AutoRenewalTokens.of(instanceId, end, 1))
        .containsEntry("status", OrderStatus.PAID);
    // 250.00 - 100.00 bought - 100.00 renewed, once
    assertThat(balance.cash.get(account).get()).isEqualTo(5_000);
    assertThat(counted(OrderStatus.PAID) - paidBefore).isGreaterThanOrEqualTo(2);

    // the same attempt over the broker: still one order
    events.publish(AutoRenewalEvents.TOPIC, AutoRenewalEvents.TAG, instanceId, due(account, instanceId, end, 4));
    // an attempt for the next end time (once the renewal moved it) is another renewal: a second order (the 50.00
    // left do not pay it)
    Instant next = end.plus(Duration.ofDays(30));
    renewalApplied(instanceId, next); // lifecycle applied the renewal
    events.publish(AutoRenewalEvents.TOPIC, AutoRenewalEvents.TAG, instanceId, due(account, instanceId, next, 1));
    await("the next end time's order", () -> renewOrders(instanceId), l -> l.size() == 2);
    assertThat(renewOrders(instanceId)).extracting(r -> r.get("client_token"))
        .containsExactly(AutoRenewalTokens.of(instanceId, end, 1), AutoRenewalTokens.of(instanceId, next, 1));
    assertThat(renewOrders(instanceId).get(0)).containsEntry("status", OrderStatus.PAID);
    assertThat(balance.cash.get(account).get()).isEqualTo(5_000);
  }

  @Test
  void aShortBalanceIsACountedRejectionAndALaterAttemptPaysOnce() throws Exception {
    long account = account();
    String[] id = new String[1];
    Instant end = runningInstance(account, id);
    String instanceId = id[0];
    AtomicLong cash = balance.cash.get(account);
    cash.set(5_000); // 50.00: the renewal costs 100.00
    double shortBefore = counted(PaymentErrors.INSUFFICIENT_BALANCE);

    assertThat(renewal.on(due(account, instanceId, end, 1))).isEqualTo(PaymentErrors.INSUFFICIENT_BALANCE);
    assertThat(renewal.on(due(account, instanceId, end, 2))).isEqualTo(PaymentErrors.INSUFFICIENT_BALANCE);
    assertThat(counted(PaymentErrors.INSUFFICIENT_BALANCE) - shortBefore).isEqualTo(2);
    assertThat(renewOrders(instanceId)).singleElement().satisfies(r -> assertThat(r).containsEntry("status", OrderStatus.UNPAID));
    assertThat(cash.get()).isEqualTo(5_000);

    // the unpaid order times out; the balance is topped up; the next attempt places the next order and pays it
    await("the unpaid order cancelled", () -> renewOrders(instanceId).get(0).get("status"), OrderStatus.CANCELLED::equals);
    cash.set(25_000);
    assertThat(renewal.on(due(account, instanceId, end, 3))).isEqualTo(OrderStatus.PAID);
    assertThat(renewal.on(due(account, instanceId, end, 4))).isEqualTo(OrderStatus.PAID);
    assertThat(renewOrders(instanceId)).extracting(r -> r.get("client_token") + " " + r.get("status")).containsExactly(
        AutoRenewalTokens.of(instanceId, end, 1) + " " + OrderStatus.CANCELLED,
        AutoRenewalTokens.of(instanceId, end, 2) + " " + OrderStatus.PAID);
    assertThat(cash.get()).isEqualTo(15_000);
  }

  /** The instance as lifecycle would report it once a renewal of it is applied: it ends at {@code newEnd}. */
  void renewalApplied(String instanceId, Instant newEnd) {
    instances.instances.get(instanceId).setEndTime(newEnd);
  }

  List<Map<String, Object>> renewOrdersWithExpectedEnd(String instanceId) {
    return jdbc.queryForList("SELECT order_id, client_token, status, expected_end_time FROM purchase_order "
        + "WHERE instance_id = ? AND order_type = 'Renew' ORDER BY order_id", instanceId);
  }

  OrderPaidEvent awaitPaidEvent(long orderId) throws InterruptedException {
    return await("OrderPaid of order " + orderId, () -> paidEvents.stream().filter(e -> e.getOrderId() == orderId).toList(),
        l -> !l.isEmpty()).get(0);
  }

  @Test
  void anAttemptForAnEndTimeAManualRenewalMovedIsACountedRejectionAndNothingIsPaid() throws Exception {
    long account = account();
    String[] id = new String[1];
    Instant end = runningInstance(account, id);
    String instanceId = id[0];
    double before = counted(OrderErrors.INSTANCE_RENEWED_MEANWHILE);

    // the owner renews by hand (100.00), and lifecycle applies it, before the first attempt comes
    PlacedOrder manual = peers.orders.renewInstance(new RenewInstanceCommand().setAccountId(account)
        .setClientToken(UUID.randomUUID().toString()).setInstanceId(instanceId).setPeriod(1).setPeriodUnit("Month")
        .setPayNow(true)).value();
    assertThat(manual.getStatus()).isEqualTo(OrderStatus.PAID);
    Instant renewedEnd = end.atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
    renewalApplied(instanceId, renewedEnd);
    AtomicLong cash = balance.cash.get(account);
    cash.set(25_000); // enough for another renewal: only the guard keeps it from being paid

    assertThat(renewal.on(due(account, instanceId, end, 1))).isEqualTo(OrderErrors.INSTANCE_RENEWED_MEANWHILE);
    assertThat(renewal.on(due(account, instanceId, end, 2))).isEqualTo(OrderErrors.INSTANCE_RENEWED_MEANWHILE);
    assertThat(counted(OrderErrors.INSTANCE_RENEWED_MEANWHILE) - before).isEqualTo(2);
    assertThat(cash.get()).isEqualTo(25_000);
    assertThat(renewOrdersWithExpectedEnd(instanceId)).singleElement().satisfies(r -> assertThat(r)
        .containsEntry("order_id", manual.getOrderId()).containsEntry("expected_end_time", null));
    // the customer's renewal expects no end time: lifecycle extends whatever it is
    assertThat(awaitPaidEvent(manual.getOrderId()).getExpectedEndTime()).isNull();

    // the attempt for the end time the instance has now renews it, and its order says for which end time
    assertThat(renewal.on(due(account, instanceId, renewedEnd, 1))).isEqualTo(OrderStatus.PAID);
    assertThat(cash.get()).isEqualTo(15_000);
    Map<String, Object> auto = renewOrdersWithExpectedEnd(instanceId).get(1);
    assertThat(auto).containsEntry("client_token", AutoRenewalTokens.of(instanceId, renewedEnd, 1))
        .containsEntry("status", OrderStatus.PAID);
    assertThat(jdbc.queryForObject("SELECT expected_end_time FROM purchase_order WHERE order_id = ?", LocalDateTime.class,
        auto.get("order_id")).toInstant(ZoneOffset.UTC)).isEqualTo(renewedEnd); // DATETIME(3) in UTC
    assertThat(awaitPaidEvent(((Number) auto.get("order_id")).longValue()).getExpectedEndTime()).isEqualTo(renewedEnd);
  }

  @Test
  void anUnknownInstanceOrAnEmptyEventIsACountedRejection() {
    long account = account();
    double before = counted(OrderErrors.INSTANCE_NOT_FOUND);
    assertThat(renewal.on(due(account, "i-none-" + account, Instant.parse("2030-01-01T00:00:00Z"), 1)))
        .isEqualTo(OrderErrors.INSTANCE_NOT_FOUND);
    assertThat(counted(OrderErrors.INSTANCE_NOT_FOUND) - before).isEqualTo(1);
    double invalid = counted(RenewInstanceAutomatically.INVALID_EVENT);
    assertThat(renewal.on(new AutoRenewalDue().setAccountId(account))).isEqualTo(RenewInstanceAutomatically.INVALID_EVENT);
    assertThat(counted(RenewInstanceAutomatically.INVALID_EVENT) - invalid).isEqualTo(1);
  }
}
