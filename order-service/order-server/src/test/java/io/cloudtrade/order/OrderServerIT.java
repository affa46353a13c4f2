package io.cloudtrade.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.cloudtrade.lifecycle.api.DeliveryEvent;
import io.cloudtrade.lifecycle.api.DeliveryEvents;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.order.api.ModifyInstanceCommand;
import io.cloudtrade.order.api.OrderDetail;
import io.cloudtrade.order.api.RefundInstanceCommand;
import io.cloudtrade.order.api.RefundPrice;
import io.cloudtrade.order.api.RenewChangeInstanceCommand;
import io.cloudtrade.order.application.InstanceChangeClaims;
import io.cloudtrade.order.persistence.InstanceOrderStateRow;
import org.springframework.transaction.support.TransactionTemplate;
import io.cloudtrade.order.adapter.zookeeper.ZooKeeperUpgradeFlows;
import io.cloudtrade.order.application.UpgradeFlows;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
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
    properties = {"spring.config.name=" + OrderServerApplication.CONFIG_NAME,
        // short enough to watch an unpaid order time out, and an in-flight request give up
        "cloudtrade.order.unpaid-timeout=PT4S", "cloudtrade.order.in-flight-wait=PT1S", "cloudtrade.order.paying-grace=PT2S"})
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
    instances = standIns.getBean(StandIns.StandInInstances.class);
    events = new Events(SharedInfrastructure.get().rocketMqNameServer(), "order-it");
    events.subscribe("paid", OrderEvents.TOPIC,
        OrderEvents.TAG_ORDER_PAID + " || " + OrderEvents.TAG_REFUND_REQUESTED + " || " + OrderEvents.TAG_APPROVAL_REQUESTED,
        OrderPaidEvent.class, announced::add);
  }

  @AfterAll
  static void stopStandIns() {
    events.destroy();
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
  static StandIns.StandInInstances instances;
  static Events events;
  @Autowired JdbcTemplate jdbc;
  @Autowired InstanceChangeClaims claims;
  @Autowired TransactionTemplate tx;
  @Autowired UpgradeFlows flows;

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
    instances.running(account, order.getInstanceId(), "small");
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
    instances.running(account, bought.getInstanceId(), "small");
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

  // ---- every order type, cancellation, the per-instance claim ----

  /** Buys a small vm and makes instance lifecycle's stand-in show it running. */
  InstanceView runningInstance(long account, String size) {
    PlacedOrder bought = peers.orders.createInstance(buy(account, UUID.randomUUID().toString()).setConfig(new HashMap<>(Map.of("Size", size)))).value();
    return instances.running(account, bought.getInstanceId(), size);
  }

  static ModifyInstanceCommand modify(long account, String instanceId, String type, String size) {
    return new ModifyInstanceCommand().setAccountId(account).setClientToken(UUID.randomUUID().toString())
        .setInstanceId(instanceId).setModifyType(type).setConfig(new HashMap<>(Map.of("Size", size))).setPayNow(true);
  }

  static void deliver(long orderId, String instanceId, String outcome, String reason) {
    events.publish(DeliveryEvents.TOPIC, DeliveryEvents.TAG, Long.toString(orderId), new DeliveryEvent().setOrderId(orderId)
        .setInstanceId(instanceId).setOutcome(outcome).setReason(reason).setAt(java.time.Instant.now()));
  }

  OrderDetail awaitStatus(long account, long orderId, String status) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    OrderDetail d = peers.orders.getOrder(account, orderId).value();
    while (!status.equals(d.getStatus()) && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
      d = peers.orders.getOrder(account, orderId).value();
    }
    assertThat(d.getStatus()).isEqualTo(status);
    return d;
  }

  OrderPaidEvent awaitAnnounced(long orderId) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (announced.stream().noneMatch(e -> e.getOrderId() == orderId) && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    return announced.stream().filter(e -> e.getOrderId() == orderId).findFirst().orElseThrow();
  }

  @Test
  void anUpgradeIsChargedAnnouncedWithItsBaseVersionAndHoldsTheInstanceUntilDelivered() throws Exception {
    long account = account();
    InstanceView vm = runningInstance(account, "small");
    PlacedOrder up = peers.orders.modifyInstance(modify(account, vm.getInstanceId(), "Upgrade", "large")).value();
    assertThat(up.getStatus()).isEqualTo(OrderStatus.PAID);
    assertThat(up.getAmount()).isEqualTo(Money.of("100.00", "CNY"));
    assertThat(balance.cash.get(account).get()).isEqualTo(25_000 - 10_000 - 10_000);
    OrderPaidEvent e = awaitAnnounced(up.getOrderId());
    assertThat(e.getOrderType()).isEqualTo("Upgrade");
    assertThat(e.getBaseSpecVersion()).isEqualTo(1);
    assertThat(e.getConfig()).containsEntry("Size", "large").containsEntry("Region", "cn-hangzhou");

    Outcome<PlacedOrder> meanwhile = peers.orders.modifyInstance(modify(account, vm.getInstanceId(), "Upgrade", "xlarge"));
    assertThat(meanwhile.code()).isEqualTo(OrderErrors.CHANGE_IN_PROGRESS);

    deliver(up.getOrderId(), vm.getInstanceId(), DeliveryEvents.DELIVERING, null);
    deliver(up.getOrderId(), vm.getInstanceId(), DeliveryEvents.DELIVERED, null);
    OrderDetail done = awaitStatus(account, up.getOrderId(), OrderStatus.DELIVERED);
    assertThat(done.getOrderType()).isEqualTo("Upgrade");
    assertThat(done.getPaymentStatus()).isEqualTo("Paid");
    assertThat(jdbc.queryForObject("SELECT busy_order_id FROM instance_order_state WHERE instance_id = ?", Long.class, vm.getInstanceId())).isNull();
    instances.instances.put(vm.getInstanceId(), vm.setSpec(new HashMap<>(Map.of("Region", "cn-hangzhou", "Size", "large"))).setSpecVersion(2));
    PlacedOrder next = peers.orders.modifyInstance(modify(account, vm.getInstanceId(), "Downgrade", "small")).value();
    assertThat(next.getAmount()).isEqualTo(Money.zero("CNY")); // a downgrade's refund is paid once it is applied
    assertThat(awaitAnnounced(next.getOrderId()).getBaseSpecVersion()).isEqualTo(2);
  }

  @Test
  void concurrentUpgradesOfOneInstanceLetExactlyOneWin() throws Exception {
    long account = account();
    InstanceView vm = runningInstance(account, "small");
    ExecutorService pool = Executors.newFixedThreadPool(12);
    List<Outcome<PlacedOrder>> answers = new ArrayList<>();
    try {
      List<Future<Outcome<PlacedOrder>>> futures = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        // each affordable on its own: the only reason to refuse one is the other
        futures.add(pool.submit(() -> peers.orders.modifyInstance(modify(account, vm.getInstanceId(), "Upgrade", "large"))));
      }
      for (Future<Outcome<PlacedOrder>> f : futures) {
        answers.add(f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(answers).filteredOn(Outcome::isOk).hasSize(1);
    assertThat(answers).filteredOn(a -> !a.isOk()).extracting(Outcome::code).containsOnly(OrderErrors.CHANGE_IN_PROGRESS);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM purchase_order WHERE instance_id = ? AND order_type = 'Upgrade'",
        Long.class, vm.getInstanceId())).isEqualTo(1);
  }

  @Test
  void aLockHolderThatPausedPastItsLeaseCannotClaimTheInstance() {
    long account = account();
    InstanceView vm = runningInstance(account, "small");
    InstanceOrderStateRow seenBeforeThePause = claims.current(vm.getInstanceId(), account);
    // meanwhile another request takes the (expired) lock, places its upgrade and claims the instance
    PlacedOrder other = peers.orders.modifyInstance(modify(account, vm.getInstanceId(), "Upgrade", "large")).value();
    claims.release(vm.getInstanceId(), other.getOrderId()); // even once it is done and released...
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> claims.claim(seenBeforeThePause, 42L)))
        .isInstanceOf(InstanceChangeClaims.ClaimLost.class); // ...the version the paused holder read has moved on
    assertThat(jdbc.queryForObject("SELECT busy_order_id FROM instance_order_state WHERE instance_id = ?", Long.class, vm.getInstanceId())).isNull();
  }

  @Test
  void aFailedChangeGivesTheMoneyBackAndFreesTheInstance() throws Exception {
    long account = account();
    InstanceView vm = runningInstance(account, "small");
    PlacedOrder up = peers.orders.modifyInstance(modify(account, vm.getInstanceId(), "Upgrade", "large")).value();
    deliver(up.getOrderId(), vm.getInstanceId(), DeliveryEvents.FAILED, "no capacity for large in cn-hangzhou-b");
    OrderDetail failed = awaitStatus(account, up.getOrderId(), OrderStatus.FAILED);
    assertThat(failed.getFailureReason()).isEqualTo("no capacity for large in cn-hangzhou-b");
    assertThat(balance.cash.get(account).get()).isEqualTo(25_000 - 10_000);
    deliver(up.getOrderId(), vm.getInstanceId(), DeliveryEvents.FAILED, "again"); // a repeat changes nothing
    assertThat(peers.orders.modifyInstance(modify(account, vm.getInstanceId(), "Upgrade", "large")).isOk()).isTrue();
    Thread.sleep(500);
    assertThat(balance.cash.get(account).get()).isEqualTo(25_000 - 10_000 - 10_000);
  }

  @Test
  void aDowngradeRefundsTheDifferenceOnceApplied() throws Exception {
    long account = account();
    InstanceView vm = runningInstance(account, "large");
    long before = balance.cash.get(account).get();
    PlacedOrder down = peers.orders.modifyInstance(modify(account, vm.getInstanceId(), "Downgrade", "small")).value();
    assertThat(peers.orders.getOrder(account, down.getOrderId()).value().getRefundAmount()).isEqualTo(Money.of("100.00", "CNY"));
    assertThat(peers.orders.modifyInstance(modify(account, vm.getInstanceId(), "Downgrade", "xlarge")).code())
        .isIn(OrderErrors.CHANGE_IN_PROGRESS, CatalogErrors.INVALID_CHANGE);
    deliver(down.getOrderId(), vm.getInstanceId(), DeliveryEvents.DELIVERED, null);
    deliver(down.getOrderId(), vm.getInstanceId(), DeliveryEvents.DELIVERED, null);
    awaitStatus(account, down.getOrderId(), OrderStatus.DELIVERED);
    Thread.sleep(300);
    assertThat(balance.cash.get(account).get()).isEqualTo(before + 10_000); // once, though delivered twice
    assertThat(peers.orders.modifyInstance(modify(account, vm.getInstanceId(), "Upgrade", "small")).code()).isEqualTo(CatalogErrors.INVALID_CHANGE);
  }

  @Test
  void aTemporaryUpgradeCarriesItsWindowAndIsValidated() throws Exception {
    long account = account();
    InstanceView vm = runningInstance(account, "small");
    java.time.Instant end = java.time.Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    assertThat(peers.orders.modifyInstance(modify(account, vm.getInstanceId(), "TemporaryUpgrade", "large")).code()).isEqualTo("InvalidParameter");
    assertThat(peers.orders.modifyInstance(modify(account, vm.getInstanceId(), "Upgrade", "large").setWindowEnd(end)).code()).isEqualTo("InvalidParameter");
    PlacedOrder temp = peers.orders.modifyInstance(modify(account, vm.getInstanceId(), "TemporaryUpgrade", "large").setWindowEnd(end)).value();
    OrderPaidEvent e = awaitAnnounced(temp.getOrderId());
    assertThat(e.getOrderType()).isEqualTo("TemporaryUpgrade");
    assertThat(e.getWindowEnd()).isEqualTo(end);
    assertThat(peers.orders.getOrder(account, temp.getOrderId()).value().getWindowEnd()).isEqualTo(end);
  }

  @Test
  void aRefundReleasesThroughLifecycleAndPaysBackOnceDelivered() throws Exception {
    long account = account();
    InstanceView vm = runningInstance(account, "small");
    RefundPrice price = peers.orders.priceRefund(account, vm.getInstanceId()).value();
    assertThat(price.getPaid()).isEqualTo(Money.of("100.00", "CNY"));
    assertThat(price.getRefund()).isEqualTo(Money.of("100.00", "CNY"));
    String token = UUID.randomUUID().toString();
    RefundInstanceCommand refund = new RefundInstanceCommand().setAccountId(account).setClientToken(token).setInstanceId(vm.getInstanceId());
    PlacedOrder order = peers.orders.refundInstance(refund).value();
    assertThat(order.getStatus()).isEqualTo(OrderStatus.REFUNDING);
    assertThat(peers.orders.refundInstance(refund).value().getOrderId()).isEqualTo(order.getOrderId());
    assertThat(awaitAnnounced(order.getOrderId()).getOrderType()).isEqualTo("Refund");
    assertThat(peers.orders.modifyInstance(modify(account, vm.getInstanceId(), "Upgrade", "large")).code()).isEqualTo(OrderErrors.CHANGE_IN_PROGRESS);
    long before = balance.cash.get(account).get();
    deliver(order.getOrderId(), vm.getInstanceId(), DeliveryEvents.DELIVERED, null);
    awaitStatus(account, order.getOrderId(), OrderStatus.REFUNDED);
    assertThat(balance.cash.get(account).get()).isEqualTo(before + 10_000);
    assertThat(peers.orders.priceRefund(account, "i-unknown").code()).isEqualTo(OrderErrors.INSTANCE_NOT_FOUND);
  }

  @Test
  void anUnpaidOrderIsCancelledByTheCustomerAndThenCannotBePaid() {
    long account = account();
    PlacedOrder unpaid = peers.orders.createInstance(buy(account, UUID.randomUUID().toString()).setPayNow(false)).value();
    assertThat(unpaid.getStatus()).isEqualTo(OrderStatus.UNPAID);
    assertThat(peers.orders.cancelOrder(account, unpaid.getOrderId()).value().getStatus()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(peers.orders.cancelOrder(account, unpaid.getOrderId()).value().getStatus()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(peers.orders.payOrder(account, unpaid.getOrderId()).code()).isEqualTo(OrderErrors.ORDER_NOT_PAYABLE);
    assertThat(peers.orders.getOrder(account, unpaid.getOrderId()).value().getPaymentStatus()).isEqualTo("Cancelled");
    PlacedOrder paid = peers.orders.createInstance(buy(account, UUID.randomUUID().toString())).value();
    assertThat(peers.orders.cancelOrder(account, paid.getOrderId()).code()).isEqualTo(OrderErrors.ORDER_NOT_CANCELLABLE);
    assertThat(peers.orders.cancelOrder(account + 1, paid.getOrderId()).code()).isEqualTo(OrderErrors.ORDER_NOT_FOUND);
  }

  @Test
  void anUnpaidOrderIsCancelledWhenItsPaymentTimerFires() throws Exception {
    long account = account();
    PlacedOrder unpaid = peers.orders.createInstance(buy(account, UUID.randomUUID().toString()).setPayNow(false)).value();
    PlacedOrder paidInTime = peers.orders.createInstance(buy(account, UUID.randomUUID().toString()).setPayNow(false)).value();
    assertThat(peers.orders.payOrder(account, paidInTime.getOrderId()).value().getStatus()).isEqualTo(OrderStatus.PAID);
    OrderDetail cancelled = awaitStatus(account, unpaid.getOrderId(), OrderStatus.CANCELLED); // the timeout is 4 s here
    assertThat(cancelled.getFailureReason()).isEqualTo("the payment time ran out");
    assertThat(peers.orders.payOrder(account, unpaid.getOrderId()).code()).isEqualTo(OrderErrors.ORDER_NOT_PAYABLE);
    Thread.sleep(1000);
    assertThat(peers.orders.getOrder(account, paidInTime.getOrderId()).value().getStatus()).isEqualTo(OrderStatus.PAID);
  }

  @Test
  void aRequestFindingItsTokenStillInFlightGetsARetryableConflict() {
    long account = account();
    String token = UUID.randomUUID().toString();
    PlacedOrder unpaid = peers.orders.createInstance(buy(account, token).setPayNow(false)).value();
    // as if another request with the token were between its Paying claim and its debit
    jdbc.update("UPDATE purchase_order SET status = 'Paying', paying_since = NOW(3) WHERE order_id = ?", unpaid.getOrderId());
    Outcome<PlacedOrder> retried = peers.orders.createInstance(buy(account, token).setPayNow(false));
    assertThat(retried.code()).isEqualTo(OrderErrors.ORDER_IN_PROGRESS);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM purchase_order WHERE account_id = ?", Long.class, account)).isEqualTo(1);
    jdbc.update("UPDATE purchase_order SET status = 'Unpaid' WHERE order_id = ?", unpaid.getOrderId());
    assertThat(peers.orders.createInstance(buy(account, token)).value().getStatus()).isEqualTo(OrderStatus.PAID);
  }

  @Test
  void aRenewalWithAChangeIsPricedForTheNewSpecificationAndGivesTheDifferenceBackIfTheChangeFails() throws Exception {
    long account = account();
    balance.cash.put(account, new java.util.concurrent.atomic.AtomicLong(100_000));
    InstanceView vm = runningInstance(account, "small");
    RenewChangeInstanceCommand renewChange = new RenewChangeInstanceCommand().setAccountId(account)
        .setClientToken(UUID.randomUUID().toString()).setInstanceId(vm.getInstanceId()).setRenewPeriod(1)
        .setConfig(new HashMap<>(Map.of("Size", "large"))).setPayNow(true);
    PlacedOrder order = peers.orders.renewChangeInstance(renewChange).value();
    assertThat(order.getAmount()).isEqualTo(Money.of("200.00", "CNY")); // a month of large
    assertThat(peers.orders.renewChangeInstance(renewChange).value().getOrderId()).isEqualTo(order.getOrderId());
    OrderPaidEvent e = awaitAnnounced(order.getOrderId());
    assertThat(e.getOrderType()).isEqualTo("RenewChange");
    assertThat(e.getConfig()).containsEntry("Size", "large");
    assertThat(e.getPeriod()).isEqualTo(1);
    assertThat(e.getBaseSpecVersion()).isEqualTo(1);
    assertThat(peers.orders.modifyInstance(modify(account, vm.getInstanceId(), "Upgrade", "xlarge")).code())
        .isEqualTo(OrderErrors.CHANGE_IN_PROGRESS); // held until the new specification applies
    long before = balance.cash.get(account).get();
    events.publish(DeliveryEvents.TOPIC, DeliveryEvents.TAG, Long.toString(order.getOrderId()), new DeliveryEvent()
        .setOrderId(order.getOrderId()).setInstanceId(vm.getInstanceId()).setOutcome(DeliveryEvents.FAILED).setPartial(true)
        .setReason("no large left").setAt(java.time.Instant.now()));
    OrderDetail failed = awaitStatus(account, order.getOrderId(), OrderStatus.FAILED);
    assertThat(failed.getFailureReason()).contains("renewed").contains("no large left");
    assertThat(balance.cash.get(account).get()).isEqualTo(before + 10_000); // 200 - 100 for the plain renewal
    assertThat(jdbc.queryForObject("SELECT busy_order_id FROM instance_order_state WHERE instance_id = ?", Long.class, vm.getInstanceId())).isNull();
    assertThat(peers.orders.renewChangeInstance(renewChange.setClientToken("bad token")).code()).isEqualTo("InvalidParameter");
  }

  @Test
  void anOrderWhosePayerDiedIsSettledFromThePaymentRecord() throws Exception {
    long account = account();
    // the payer died after the debit: the retry completes the order, announced once, charged once
    String token = UUID.randomUUID().toString();
    PlacedOrder debited = peers.orders.createInstance(buy(account, token).setPayNow(false)).value();
    balance.payFromBalance(new io.cloudtrade.payment.api.BalancePaymentRequest().setAccountId(account)
        .setOrderId(debited.getOrderId()).setAmount(Money.of("100.00", "CNY")));
    jdbc.update("UPDATE purchase_order SET status = 'Paying', paying_since = NOW(3) - INTERVAL 10 SECOND WHERE order_id = ?",
        debited.getOrderId());
    assertThat(peers.orders.createInstance(buy(account, token)).value().getStatus()).isEqualTo(OrderStatus.PAID);
    assertThat(awaitAnnounced(debited.getOrderId()).getOrderType()).isEqualTo("New");
    assertThat(balance.cash.get(account).get()).isEqualTo(15_000);

    // the payer died before the debit: the order is cancelled, nothing was charged
    String other = UUID.randomUUID().toString();
    PlacedOrder undebited = peers.orders.createInstance(buy(account, other).setPayNow(false)).value();
    jdbc.update("UPDATE purchase_order SET status = 'Paying', paying_since = NOW(3) - INTERVAL 10 SECOND WHERE order_id = ?",
        undebited.getOrderId());
    assertThat(peers.orders.createInstance(buy(account, other)).value().getStatus()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(balance.cash.get(account).get()).isEqualTo(15_000);
  }

  @Test
  void theGrayReleaseRuleChoosesTheUpgradeFlowPerAccountAndProductAndChangesWithoutARestart() throws Exception {
    long inGray = account();
    long outside = inGray + 1;
    try (CuratorFramework zk = CuratorFrameworkFactory.newClient(SharedInfrastructure.get().zookeeperAddress(),
        new ExponentialBackoffRetry(200, 3))) {
      zk.start();
      String path = ZooKeeperUpgradeFlows.PATH;
      try {
        write(zk, path, "{\"version\": 1, \"defaultPercent\": 100, \"products\": {\"vm\": {\"percent\": 0, \"accounts\": [" + inGray + "]}}}");
        awaitRule(1);
        assertThat(flowOfUpgrade(inGray)).isEqualTo("Versioned");
        assertThat(flowOfUpgrade(outside)).isEqualTo("Direct");

        write(zk, path, "{\"version\": 2, \"products\": {\"vm\": {\"percent\": 100}}}"); // everyone on vm
        awaitRule(2);
        assertThat(flowOfUpgrade(outside + 1)).isEqualTo("Versioned");

        write(zk, path, "{\"version\": 3, \"products\": {\"vm\": {\"percent\": 250}}}"); // refused: 2 stays
        Thread.sleep(1000);
        assertThat(flows.current().version()).isEqualTo(2);
      } finally {
        if (zk.checkExists().forPath(path) != null) {
          zk.delete().forPath(path);
        }
      }
      awaitRule(0);
    }
  }

  private static void write(CuratorFramework zk, String path, String json) throws Exception {
    byte[] data = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (zk.checkExists().forPath(path) == null) {
      zk.create().creatingParentsIfNeeded().forPath(path, data);
    } else {
      zk.setData().forPath(path, data);
    }
  }

  private void awaitRule(long version) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 10_000;
    while (flows.current().version() != version && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    assertThat(flows.current().version()).isEqualTo(version);
  }

  private String flowOfUpgrade(long account) throws Exception {
    InstanceView vm = runningInstance(account, "small");
    PlacedOrder up = peers.orders.modifyInstance(modify(account, vm.getInstanceId(), "Upgrade", "large")).value();
    String flow = peers.orders.getOrder(account, up.getOrderId()).value().getFlow();
    assertThat(awaitAnnounced(up.getOrderId()).getFlow()).isEqualTo(flow);
    return flow;
  }

  /** A reseller customer's plan as reseller rules would answer it: the reseller pays 80.00, the customer sees 110.00. */
  static io.cloudtrade.reseller.api.OrderPlan resale(long reseller, String... steps) {
    return new io.cloudtrade.reseller.api.OrderPlan().setRuleVersion(reseller + "/v1").setBusinessModel("resale")
        .setResellerId(reseller).setSeller("CloudTrade").setPayerAccountId(reseller)
        .setChargeAmount(Money.of("80.00", "CNY")).setCustomerPrice(Money.of("110.00", "CNY"))
        .setResellerEarning(Money.zero("CNY")).setSteps(new ArrayList<>(List.of(steps)));
  }

  @Test
  void theResellersPlanDecidesWhoPaysWhatAndTheOrderRecordsIt() throws Exception {
    StandIns.StandInResellers resellers = standIns.getBean(StandIns.StandInResellers.class);
    long customer = account();
    long reseller = account() + 1;
    resellers.plans.put(customer, resale(reseller, "PRICE_ADJUSTMENT", "CREDIT_CHECK", "NOTIFY_RESELLER"));
    resellers.quota.put(customer, new java.util.concurrent.atomic.AtomicLong(20_000));
    PlacedOrder order = peers.orders.createInstance(buy(customer, UUID.randomUUID().toString())).value();
    assertThat(order.getStatus()).isEqualTo(OrderStatus.PAID);
    assertThat(order.getAmount()).isEqualTo(Money.of("80.00", "CNY"));
    assertThat(balance.cash.get(reseller).get()).isEqualTo(25_000 - 8_000);
    assertThat(balance.cash.get(customer)).isNull(); // the customer's balance was never touched
    assertThat(resellers.quota.get(customer).get()).isEqualTo(20_000 - 8_000);
    OrderDetail detail = peers.orders.getOrder(customer, order.getOrderId()).value();
    assertThat(detail.getRuleVersion()).isEqualTo(reseller + "/v1");
    assertThat(detail.getPayerAccountId()).isEqualTo(reseller);
    assertThat(detail.getResellerId()).isEqualTo(reseller);
    assertThat(detail.getCustomerPrice()).isEqualTo(Money.of("110.00", "CNY"));
    assertThat(detail.getListPrice()).isEqualTo(Money.of("100.00", "CNY"));
    long deadline = System.currentTimeMillis() + 60_000;
    while (announced.stream().noneMatch(e -> e.getOrderId() == order.getOrderId()) && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    OrderPaidEvent event = announced.stream().filter(e -> e.getOrderId() == order.getOrderId()).findFirst().orElseThrow();
    assertThat(event.getResellerId()).isEqualTo(reseller);
    assertThat(event.getPayerAccountId()).isEqualTo(reseller);
    assertThat(event.isNotifyReseller()).isTrue();

    // the instance fails: the money goes back to the reseller that paid, and so does the customer's credit
    deliver(order.getOrderId(), order.getInstanceId(), DeliveryEvents.FAILED, "no capacity");
    awaitStatus(customer, order.getOrderId(), OrderStatus.FAILED);
    assertThat(balance.cash.get(reseller).get()).isEqualTo(25_000);
    assertThat(resellers.quota.get(customer).get()).isEqualTo(20_000);

    // a charge above the quota left is refused and writes nothing
    resellers.quota.get(customer).set(7_999);
    Outcome<PlacedOrder> refused = peers.orders.createInstance(buy(customer, UUID.randomUUID().toString()));
    assertThat(refused.code()).isEqualTo(io.cloudtrade.reseller.api.ResellerErrors.QUOTA_EXCEEDED);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM purchase_order WHERE account_id = ?", Long.class, customer)).isEqualTo(1);
    assertThat(balance.cash.get(reseller).get()).isEqualTo(25_000);
  }

  @Test
  void anOrderHeldForApprovalIsPaidWhenItsResellerApprovesAndCancelledWhenItRejects() throws Exception {
    StandIns.StandInResellers resellers = standIns.getBean(StandIns.StandInResellers.class);
    long customer = account();
    long reseller = account() + 1;
    resellers.plans.put(customer, resale(reseller, "PRICE_ADJUSTMENT", "CREDIT_CHECK", "APPROVAL"));
    resellers.quota.put(customer, new java.util.concurrent.atomic.AtomicLong(20_000));
    PlacedOrder held = peers.orders.createInstance(buy(customer, UUID.randomUUID().toString())).value();
    assertThat(held.getStatus()).isEqualTo(OrderStatus.PENDING_APPROVAL);
    assertThat(balance.cash.get(reseller)).isNull();
    long deadline = System.currentTimeMillis() + 60_000; // ApprovalRequested: the reseller is told (paidAt is not set)
    while (announced.stream().noneMatch(e -> e.getOrderId() == held.getOrderId()) && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    assertThat(announced).filteredOn(e -> e.getOrderId() == held.getOrderId()).singleElement()
        .satisfies(e -> assertThat(e.getPaidAt()).isNull()).satisfies(e -> assertThat(e.getResellerId()).isEqualTo(reseller));
    assertThat(peers.orders.getOrder(customer, held.getOrderId()).value().getPaymentStatus()).isEqualTo("Unpaid");
    // another reseller cannot see it, nor decide it
    var other = new io.cloudtrade.order.api.ApproveOrderCommand().setResellerId(reseller + 1).setOrderId(held.getOrderId()).setApprove(true);
    assertThat(peers.orders.approveOrder(other).code()).isEqualTo(OrderErrors.ORDER_NOT_FOUND);
    var approve = new io.cloudtrade.order.api.ApproveOrderCommand().setResellerId(reseller).setOrderId(held.getOrderId()).setApprove(true);
    assertThat(peers.orders.approveOrder(approve).value().getStatus()).isEqualTo(OrderStatus.PAID);
    assertThat(peers.orders.approveOrder(approve).value().getStatus()).isEqualTo(OrderStatus.PAID); // again: unchanged
    assertThat(balance.cash.get(reseller).get()).isEqualTo(25_000 - 8_000);
    var rejectPaid = new io.cloudtrade.order.api.ApproveOrderCommand().setResellerId(reseller).setOrderId(held.getOrderId()).setApprove(false);
    assertThat(peers.orders.approveOrder(rejectPaid).code()).isEqualTo(OrderErrors.ORDER_NOT_PENDING_APPROVAL);

    PlacedOrder second = peers.orders.createInstance(buy(customer, UUID.randomUUID().toString())).value();
    assertThat(resellers.quota.get(customer).get()).isEqualTo(20_000 - 16_000);
    var reject = new io.cloudtrade.order.api.ApproveOrderCommand().setResellerId(reseller).setOrderId(second.getOrderId())
        .setApprove(false).setReason("over budget");
    assertThat(peers.orders.approveOrder(reject).value().getStatus()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(peers.orders.getOrder(customer, second.getOrderId()).value().getFailureReason()).isEqualTo("rejected by the reseller: over budget");
    assertThat(resellers.quota.get(customer).get()).isEqualTo(20_000 - 8_000);
    assertThat(balance.cash.get(reseller).get()).isEqualTo(25_000 - 8_000);

    // one nobody decides is cancelled when its time runs out (4 s here), its credit given back
    PlacedOrder forgotten = peers.orders.createInstance(buy(customer, UUID.randomUUID().toString())).value();
    assertThat(forgotten.getStatus()).isEqualTo(OrderStatus.PENDING_APPROVAL);
    OrderDetail timedOut = awaitStatus(customer, forgotten.getOrderId(), OrderStatus.CANCELLED);
    assertThat(timedOut.getFailureReason()).isEqualTo("the reseller did not approve the order in time");
    assertThat(resellers.quota.get(customer).get()).isEqualTo(20_000 - 8_000);
  }

  @Test
  void aRefundTakesBackTheResellersEarningInProportionWhenTheMoneyGoesBack() throws Exception {
    StandIns.StandInResellers resellers = standIns.getBean(StandIns.StandInResellers.class);
    long customer = account();
    long reseller = account() + 1;
    // referral: the customer pays 100.00, the reseller earns 8.00 (reseller rules credit it on OrderPaid)
    resellers.plans.put(customer, new io.cloudtrade.reseller.api.OrderPlan().setRuleVersion(reseller + "/v1")
        .setBusinessModel("referral").setResellerId(reseller).setSeller("CloudTrade").setPayerAccountId(customer)
        .setChargeAmount(Money.of("100.00", "CNY")).setCustomerPrice(Money.of("100.00", "CNY"))
        .setResellerEarning(Money.of("8.00", "CNY")).setSteps(new ArrayList<>()));
    InstanceView vm = runningInstance(customer, "small");
    balance.deposit(new io.cloudtrade.payment.api.DepositRequest().setAccountId(reseller).setAmount(Money.of("8.00", "CNY"))
        .setReference("earning-" + reseller)); // as reseller rules would have credited it
    assertThat(balance.cash.get(reseller).get()).isEqualTo(25_000 + 800);
    PlacedOrder refund = peers.orders.refundInstance(new RefundInstanceCommand().setAccountId(customer)
        .setClientToken(UUID.randomUUID().toString()).setInstanceId(vm.getInstanceId())).value();
    OrderDetail placed = peers.orders.getOrder(customer, refund.getOrderId()).value();
    assertThat(placed.getResellerId()).isEqualTo(reseller);
    assertThat(placed.getResellerEarning()).isEqualTo(Money.of("-8.00", "CNY")); // all of it: the whole 100.00 goes back
    assertThat(balance.cash.get(reseller).get()).isEqualTo(25_000 + 800); // nothing taken before the refund is carried out
    deliver(refund.getOrderId(), vm.getInstanceId(), DeliveryEvents.DELIVERED, null);
    awaitStatus(customer, refund.getOrderId(), OrderStatus.REFUNDED);
    assertThat(balance.cash.get(reseller).get()).isEqualTo(25_000);
    assertThat(balance.cash.get(customer).get()).isEqualTo(25_000);
    deliver(refund.getOrderId(), vm.getInstanceId(), DeliveryEvents.DELIVERED, null); // a repeat takes nothing more
    Thread.sleep(500);
    assertThat(balance.cash.get(reseller).get()).isEqualTo(25_000);
  }
}
