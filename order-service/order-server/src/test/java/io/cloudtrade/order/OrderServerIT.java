package io.cloudtrade.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.catalog.api.CatalogErrors;
import io.cloudtrade.infra.embedded.SharedInfrastructure;
import io.cloudtrade.testpeers.StandIns;
import io.cloudtrade.testpeers.StandIns.InMemoryBalance;
import org.springframework.context.ConfigurableApplicationContext;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.order.api.CreateInstanceCommand;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.order.api.OrderEvents;
import io.cloudtrade.order.api.OrderPaidEvent;
import io.cloudtrade.order.api.OrderQuery;
import io.cloudtrade.order.api.OrderService;
import io.cloudtrade.order.api.OrderStatus;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.order.api.RenewInstanceCommand;
import io.cloudtrade.payment.api.PaymentErrors;
import io.cloudtrade.support.Events;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The order server against a real MariaDB, ZooKeeper and RocketMQ broker. The catalog and the
 * balance are stand-in Dubbo providers exported from this test (the real ones are exercised together
 * in the launcher's end-to-end test); everything still crosses Dubbo, SQL and the broker for real.
 */
@SpringBootTest(classes = {OrderServerApplication.class, OrderServerIT.Peers.class},
    properties = "spring.config.name=" + OrderServerApplication.CONFIG_NAME)
class OrderServerIT {
  static final List<OrderPaidEvent> announced = new CopyOnWriteArrayList<>();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    SharedInfrastructure.properties().forEach((k, v) -> registry.add(k, () -> v));
  }

  @BeforeAll
  static void startStandInsAndListen() throws Exception {
    standIns = StandIns.start(SharedInfrastructure.properties());
    balance = standIns.getBean(InMemoryBalance.class);
    Events events = new Events(SharedInfrastructure.get().rocketMqNameServer(), "order-it");
    events.subscribe("paid", OrderEvents.TOPIC, OrderEvents.TAG_ORDER_PAID, OrderPaidEvent.class, announced::add);
  }

  @AfterAll
  static void stopStandIns() {
    standIns.close();
  }

  @TestConfiguration
  @Component
  static class Peers {
    @DubboReference OrderService orders;

  }

  @Autowired Peers peers;
  static ConfigurableApplicationContext standIns;
  static InMemoryBalance balance;
  @Autowired JdbcTemplate jdbc;

  static long account() {
    return System.nanoTime() & 0xFFFFFFFFFFL;
  }

  static CreateInstanceCommand buy(long account, String token) {
    return new CreateInstanceCommand().setAccountId(account).setClientToken(token).setProductCode("vm")
        .setSubscriptionType("Subscription").setPeriod(1).setPeriodUnit("Month")
        .setConfig(new HashMap<>(Map.of("Size", "small"))).setPayNow(true);
  }

  @Test
  void buysPaysAndAnnouncesExactlyOnce() throws Exception {
    long account = account();
    PlacedOrder order = peers.orders.createInstance(buy(account, UUID.randomUUID().toString())).value();
    assertThat(order.getStatus()).isEqualTo(OrderStatus.PAID);
    assertThat(order.getAmount()).isEqualTo(Money.of("100.00", "CNY"));
    assertThat(order.getInstanceId()).startsWith("i-");
    long deadline = System.currentTimeMillis() + 60_000;
    while (announced.stream().noneMatch(e -> e.getOrderId() == order.getOrderId()) && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    OrderPaidEvent event = announced.stream().filter(e -> e.getOrderId() == order.getOrderId()).findFirst().orElseThrow();
    assertThat(event.getInstanceId()).isEqualTo(order.getInstanceId());
    assertThat(event.getConfig()).containsEntry("Size", "small").containsEntry("Region", "cn-hangzhou");
    var detail = peers.orders.getOrder(account, order.getOrderId()).value();
    assertThat(detail.getPaymentStatus()).isEqualTo("Paid");
    assertThat(detail.getPaymentTime()).isNotNull();
    assertThat(detail.getCatalogVersion()).isEqualTo("vm-1");
  }

  @Test
  void concurrentRequestsWithOneClientTokenMakeOneOrder() throws Exception {
    long account = account();
    String token = UUID.randomUUID().toString();
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Future<Outcome<PlacedOrder>>> answers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        answers.add(pool.submit(() -> peers.orders.createInstance(buy(account, token))));
      }
      List<Long> orderIds = new ArrayList<>();
      for (Future<Outcome<PlacedOrder>> a : answers) {
        orderIds.add(a.get().value().getOrderId());
      }
      assertThat(orderIds).containsOnly(orderIds.get(0));
    } finally {
      pool.shutdown();
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM purchase_order WHERE account_id = ?", Long.class, account)).isEqualTo(1);
    assertThat(balance.cash.get(account).get()).isEqualTo(15_000);
  }

  @Test
  void aRenewalIsPricedUnderTheCatalogVersionItsOrderAgreed() {
    long account = account();
    StandIns.TwoVersionCatalog catalog = standIns.getBean(StandIns.TwoVersionCatalog.class);
    PlacedOrder order = peers.orders.createInstance(buy(account, UUID.randomUUID().toString())).value();
    assertThat(order.getAmount()).isEqualTo(Money.of("100.00", "CNY"));
    catalog.currentVersion = "vm-2"; // a dearer price is published after the purchase
    try {
      var renewal = peers.orders.priceRenewal(account, order.getInstanceId(), 2, "Month").value();
      assertThat(renewal.isPinned()).isTrue();
      assertThat(renewal.getCatalogVersion()).isEqualTo("vm-1");
      assertThat(renewal.getAmount()).isEqualTo(Money.of("200.00", "CNY"));
      assertThat(catalog.lastPinnedVersion).isEqualTo("vm-1");
      assertThat(peers.orders.getOrder(account, order.getOrderId()).value().getAmount()).isEqualTo(Money.of("100.00", "CNY"));
    } finally {
      catalog.currentVersion = "vm-1";
    }
    assertThat(peers.orders.priceRenewal(account + 1, order.getInstanceId(), 1, "Month").code()).isEqualTo(OrderErrors.INSTANCE_NOT_FOUND);
    assertThat(peers.orders.priceRenewal(account, "i-nope", 1, "Month").code()).isEqualTo(OrderErrors.INSTANCE_NOT_FOUND);
  }

  @Test
  void aRenewalIsAnOrderAtTheAgreedPricePaidAndAnnouncedOnceByItsClientToken() throws Exception {
    long account = account();
    StandIns.TwoVersionCatalog catalog = standIns.getBean(StandIns.TwoVersionCatalog.class);
    PlacedOrder bought = peers.orders.createInstance(buy(account, UUID.randomUUID().toString())).value();
    catalog.currentVersion = "vm-2";
    try {
      String token = UUID.randomUUID().toString();
      RenewInstanceCommand renew = new RenewInstanceCommand().setAccountId(account).setClientToken(token)
          .setInstanceId(bought.getInstanceId()).setPeriod(1).setPeriodUnit("Month").setPayNow(true);
      PlacedOrder renewal = peers.orders.renewInstance(renew).value();
      assertThat(renewal.getStatus()).isEqualTo(OrderStatus.PAID);
      assertThat(renewal.getInstanceId()).isEqualTo(bought.getInstanceId());
      assertThat(renewal.getAmount()).isEqualTo(Money.of("100.00", "CNY"));
      assertThat(peers.orders.renewInstance(renew).value().getOrderId()).isEqualTo(renewal.getOrderId());
      assertThat(peers.orders.renewInstance(new RenewInstanceCommand().setAccountId(account).setClientToken(token)
          .setInstanceId(bought.getInstanceId()).setPeriod(2).setPeriodUnit("Month").setPayNow(true)).code())
          .isEqualTo(OrderErrors.IDEMPOTENT_PARAMETER_MISMATCH);
      var detail = peers.orders.getOrder(account, renewal.getOrderId()).value();
      assertThat(detail.getOrderType()).isEqualTo("Renew");
      assertThat(detail.getCatalogVersion()).isEqualTo("vm-1");
      long deadline = System.currentTimeMillis() + 60_000;
      while (announced.stream().noneMatch(e -> e.getOrderId() == renewal.getOrderId()) && System.currentTimeMillis() < deadline) {
        Thread.sleep(100);
      }
      assertThat(announced).filteredOn(e -> e.getOrderId() == renewal.getOrderId())
          .singleElement().satisfies(e -> {
            assertThat(e.getOrderType()).isEqualTo("Renew");
            assertThat(e.getInstanceId()).isEqualTo(bought.getInstanceId());
            assertThat(e.getPeriod()).isEqualTo(1);
          });
    } finally {
      catalog.currentVersion = "vm-1";
    }
    assertThat(peers.orders.renewInstance(new RenewInstanceCommand().setAccountId(account + 1).setClientToken("x")
        .setInstanceId(bought.getInstanceId()).setPeriod(1).setPeriodUnit("Month").setPayNow(true)).code())
        .isEqualTo(OrderErrors.INSTANCE_NOT_FOUND);
    assertThat(peers.orders.renewInstance(new RenewInstanceCommand().setAccountId(account).setClientToken("y")
        .setInstanceId(bought.getInstanceId()).setPeriod(1).setPeriodUnit("Week").setPayNow(true)).code())
        .isEqualTo("InvalidParameter");
  }

  @Test
  void sameTokenWithOtherParametersIsRefused() {
    long account = account();
    String token = UUID.randomUUID().toString();
    peers.orders.createInstance(buy(account, token)).value();
    Outcome<PlacedOrder> other = peers.orders.createInstance(buy(account, token).setPeriod(2));
    assertThat(other.code()).isEqualTo(OrderErrors.IDEMPOTENT_PARAMETER_MISMATCH);
  }

  @Test
  void rejectionsWriteNothingOrLeaveTheOrderUnpaid() {
    long account = account();
    assertThat(peers.orders.createInstance(buy(account, "t1").setProductCode("nope")).code()).isEqualTo(CatalogErrors.PRODUCT_NOT_FOUND);
    assertThat(peers.orders.createInstance(buy(account, "t 2")).code()).isEqualTo("InvalidParameter");
    assertThat(peers.orders.createInstance(buy(account, "x".repeat(65))).code()).isEqualTo("InvalidParameter");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM purchase_order WHERE account_id = ?", Long.class, account)).isZero();

    Outcome<PlacedOrder> tooDear = peers.orders.createInstance(buy(account, "t3").setPeriod(3));
    assertThat(tooDear.code()).isEqualTo(PaymentErrors.INSUFFICIENT_BALANCE);
    var orders = peers.orders.queryOrders(new OrderQuery().setAccountId(account)).value();
    assertThat(orders.totalCount()).isEqualTo(1);
    assertThat(orders.items().get(0).getPaymentStatus()).isEqualTo("Unpaid");
  }
}
