package io.cloudtrade.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.controlplane.SampleControlPlaneApplication;
import io.cloudtrade.infra.embedded.SharedInfrastructure;
import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.lifecycle.api.InstanceQuery;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceStatus;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.LifecycleErrors;
import io.cloudtrade.lifecycle.api.ProductionAck;
import io.cloudtrade.lifecycle.api.ProductionCallback;
import io.cloudtrade.lifecycle.api.ProductionEvents;
import io.cloudtrade.lifecycle.api.ProductionNotification;
import io.cloudtrade.lifecycle.application.CreateInstanceForPaidOrder;
import io.cloudtrade.order.api.OrderEvents;
import io.cloudtrade.order.api.OrderPaidEvent;
import io.cloudtrade.support.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The lifecycle server and the sample control plane (two Spring Boot Dubbo applications in this
 * one JVM) against a real MariaDB, ZooKeeper and broker. OrderPaid events are published as the
 * order service publishes them; every call goes over Dubbo through ZooKeeper and TCP.
 *
 * <p>Product {@code ecs} is produced by the sample control plane; product {@link #MANUAL} has no
 * control plane, so the test acknowledges it itself and watches its notifications.
 */
@SpringBootTest(classes = {LifecycleServerApplication.class, LifecycleServerIT.Clients.class},
    properties = "spring.config.name=" + LifecycleServerApplication.CONFIG_NAME)
class LifecycleServerIT {
  static final String MANUAL = "itmanual";
  static final Duration PATIENCE = Duration.ofSeconds(60);

  static ConfigurableApplicationContext controlPlane;
  static Events capture;
  static final List<ProductionNotification> manualNotifications = new CopyOnWriteArrayList<>();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    SharedInfrastructure.properties().forEach((k, v) -> registry.add(k, () -> v));
  }

  @BeforeAll
  static void startControlPlaneAndCapture() throws Exception {
    List<String> args = new ArrayList<>();
    args.add("--spring.config.name=" + SampleControlPlaneApplication.CONFIG_NAME);
    args.add("--cloudtrade.control-plane.provision-delay=100ms");
    // command-line arguments: the platform defaults would otherwise win over builder default properties
    SharedInfrastructure.properties().forEach((k, v) -> args.add("--" + k + "=" + v));
    controlPlane = new SpringApplicationBuilder(SampleControlPlaneApplication.class).main(SampleControlPlaneApplication.class)
        .run(args.toArray(String[]::new));

    capture = new Events(SharedInfrastructure.get().rocketMqNameServer(), "lifecycle-it");
    capture.subscribe("capture", ProductionEvents.TOPIC, MANUAL, ProductionNotification.class, manualNotifications::add);
  }

  @AfterAll
  static void stopControlPlaneAndCapture() {
    if (capture != null) {
      capture.destroy();
    }
    if (controlPlane != null) {
      controlPlane.close();
    }
  }

  /** Dubbo consumers of the server's exports: every call goes through ZooKeeper and TCP. */
  @TestConfiguration
  @Component
  static class Clients {
    @DubboReference InstanceService instances;
    @DubboReference ProductionCallback callback;
  }

  @Autowired Clients clients;
  @Autowired Events events;
  @Autowired CreateInstanceForPaidOrder createInstance;
  @Autowired JdbcTemplate jdbc;

  static long newAccount() {
    return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
  }

  static OrderPaidEvent paid(long account, long order, String instanceId, String product) {
    return new OrderPaidEvent()
        .setOrderId(order)
        .setAccountId(account)
        .setOrderType("New")
        .setInstanceId(instanceId)
        .setProductCode(product)
        .setProductType("instance")
        .setRegion("cn-hangzhou")
        .setSubscriptionType("Subscription")
        .setPeriod(1)
        .setPeriodUnit("Month")
        .setConfig(Map.of("cpu", "2", "memory", "4"))
        .setAmount(Money.of("120.00", "CNY"))
        .setPaidAt(Instant.parse("2026-01-31T08:00:00.250Z"));
  }

  static <T> T await(String what, Supplier<T> probe, Predicate<T> done) {
    Instant deadline = Instant.now().plus(PATIENCE);
    T last = probe.get();
    while (!done.test(last)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not reached within " + PATIENCE + ": " + what + "; last seen " + last);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
      last = probe.get();
    }
    return last;
  }

  List<ProductionNotification> notificationsOf(String instanceId) {
    return manualNotifications.stream().filter(n -> n.getInstanceId().equals(instanceId)).toList();
  }

  long instancesOfOrder(long order) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM instance WHERE order_id = ?", Long.class, order);
  }

  long tasksOf(String instanceId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM production_task WHERE instance_id = ?", Long.class, instanceId);
  }

  void publishOrderPaid(OrderPaidEvent e) {
    events.publish(OrderEvents.TOPIC, OrderEvents.TAG_ORDER_PAID, Long.toString(e.getOrderId()), e);
  }

  @Test
  void aPaidOrderBecomesANormalInstanceThroughTheControlPlane() {
    long account = newAccount();
    String instanceId = "i-ecs-" + account;
    OrderPaidEvent e = paid(account, account + 1, instanceId, "ecs");
    publishOrderPaid(e);

    InstanceView v = await("instance " + instanceId + " Normal",
        () -> clients.instances.getInstance(account, instanceId),
        o -> o.isOk() && InstanceStatus.NORMAL.equals(o.value().getStatus())).value();

    assertThat(v.getResourceId()).startsWith("i-res-");
    assertThat(v.getSubStatus()).isEqualTo("Normal");
    assertThat(v.getOrderId()).isEqualTo(account + 1);
    assertThat(v.getProductCode()).isEqualTo("ecs");
    assertThat(v.getSpec()).isEqualTo(Map.of("cpu", "2", "memory", "4"));
    assertThat(v.getSpecVersion()).isEqualTo(1);
    assertThat(v.getRenewStatus()).isEqualTo("ManualRenewal");
    assertThat(v.getEndTime()).isEqualTo(Instant.parse("2026-02-28T08:00:00.250Z"));
    assertThat(v.getStartTime()).isNotNull();
    assertThat(v.getCreateTime()).isNotNull();
    assertThat(jdbc.queryForObject("SELECT outcome FROM production_task WHERE instance_id = ?", String.class, instanceId))
        .isEqualTo("SUCCESS");

    // the same event once more (a redelivery): no second instance, no new notification
    createInstance.onOrderPaid(e);
    assertThat(instancesOfOrder(account + 1)).isEqualTo(1);
    assertThat(tasksOf(instanceId)).isEqualTo(1);
    assertThat(clients.instances.getInstance(account, instanceId).value().getResourceId()).isEqualTo(v.getResourceId());
  }

  @Test
  void aRedeliveryWhileCreatingNotifiesAgainButCreatesNoSecondInstance() {
    long account = newAccount();
    String instanceId = "i-man-" + account;
    OrderPaidEvent e = paid(account, account + 1, instanceId, MANUAL).setRenewalStatus("AutoRenewal");
    publishOrderPaid(e);
    ProductionNotification first = await("first notification", () -> notificationsOf(instanceId), l -> l.size() == 1).get(0);
    assertThat(first.getAction()).isEqualTo("CREATE");
    assertThat(first.getCenter()).isEqualTo("cn");
    assertThat(first.getSpecVersion()).isEqualTo(1);
    assertThat(first.getSpec()).isEqualTo(Map.of("cpu", "2", "memory", "4"));
    assertThat(first.getOrderId()).isEqualTo(account + 1);
    assertThat(first.getAccountId()).isEqualTo(account);

    publishOrderPaid(e);
    List<ProductionNotification> both = await("second notification", () -> notificationsOf(instanceId), l -> l.size() == 2);
    assertThat(both.get(1).getNotificationId()).isNotEqualTo(first.getNotificationId());
    assertThat(instancesOfOrder(account + 1)).isEqualTo(1);
    assertThat(jdbc.queryForList("SELECT attempt FROM production_task WHERE instance_id = ? ORDER BY attempt", Integer.class,
        instanceId)).containsExactly(1, 2);

    InstanceView normal = clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId)
        .setNotificationId(both.get(1).getNotificationId()).setSuccess(true).setResourceId("r-" + account)).value();
    assertThat(normal.getStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(normal.getRenewStatus()).isEqualTo("AutoRenewal");

    createInstance.onOrderPaid(e); // once produced, a redelivery does nothing
    assertThat(tasksOf(instanceId)).isEqualTo(2);
    assertThat(instancesOfOrder(account + 1)).isEqualTo(1);
  }

  @Test
  void aFailureAcknowledgementMakesTheInstanceFailed() {
    long account = newAccount();
    String instanceId = "i-fail-" + account;
    createInstance.onOrderPaid(paid(account, account + 1, instanceId, MANUAL));
    ProductionAck failure = new ProductionAck().setInstanceId(instanceId).setSuccess(false).setReason("no capacity");

    InstanceView failed = clients.callback.acknowledgeProduction(failure).value();
    assertThat(failed.getStatus()).isEqualTo(InstanceStatus.FAILED);
    assertThat(failed.getFailureReason()).isEqualTo("no capacity");
    assertThat(failed.getResourceId()).isNull();
    assertThat(jdbc.queryForObject("SELECT outcome FROM production_task WHERE instance_id = ?", String.class, instanceId))
        .isEqualTo("FAILURE");

    Outcome<InstanceView> again = clients.callback.acknowledgeProduction(failure);
    assertThat(again.value().getStatus()).isEqualTo(InstanceStatus.FAILED);
    Outcome<InstanceView> lateSuccess = clients.callback.acknowledgeProduction(
        new ProductionAck().setInstanceId(instanceId).setSuccess(true).setResourceId("r-late"));
    assertThat(lateSuccess.code()).isEqualTo(LifecycleErrors.INVALID_STATE);
    assertThat(clients.instances.getInstance(account, instanceId).value().getStatus()).isEqualTo(InstanceStatus.FAILED);
  }

  @Test
  void acknowledgementsAreIdempotentAndChecked() {
    long account = newAccount();
    String instanceId = "i-ack-" + account;
    createInstance.onOrderPaid(paid(account, account + 1, instanceId, MANUAL));
    ProductionAck success = new ProductionAck().setInstanceId(instanceId).setSuccess(true).setResourceId("r-1");

    InstanceView first = clients.callback.acknowledgeProduction(success).value();
    InstanceView second = clients.callback.acknowledgeProduction(success).value();
    assertThat(second.getStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(second.getResourceId()).isEqualTo("r-1");
    assertThat(second.getStartTime()).isEqualTo(first.getStartTime());

    assertThat(clients.callback.acknowledgeProduction(
        new ProductionAck().setInstanceId(instanceId).setSuccess(true).setResourceId("r-2")).code())
        .isEqualTo(LifecycleErrors.INVALID_STATE);
    assertThat(clients.callback.acknowledgeProduction(
        new ProductionAck().setInstanceId(instanceId).setSuccess(false).setReason("late failure")).code())
        .isEqualTo(LifecycleErrors.INVALID_STATE);
    assertThat(clients.callback.acknowledgeProduction(
        new ProductionAck().setInstanceId("i-unknown-" + account).setSuccess(true).setResourceId("r-3")).code())
        .isEqualTo(LifecycleErrors.INSTANCE_NOT_FOUND);
    assertThat(clients.callback.acknowledgeProduction(new ProductionAck().setSuccess(true).setResourceId("r-4")).code())
        .isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId).setSuccess(true)).code())
        .isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(clients.callback.acknowledgeProduction(
        new ProductionAck().setInstanceId(instanceId).setNotificationId("not-sent").setSuccess(true).setResourceId("r-1")).code())
        .isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(clients.instances.getInstance(account, instanceId).value().getResourceId()).isEqualTo("r-1");
  }

  @Test
  void anotherAccountsInstanceIsNotFound() {
    long account = newAccount();
    String instanceId = "i-own-" + account;
    createInstance.onOrderPaid(paid(account, account + 1, instanceId, MANUAL));
    assertThat(clients.instances.getInstance(account, instanceId).isOk()).isTrue();
    assertThat(clients.instances.getInstance(account + 7, instanceId).code()).isEqualTo(LifecycleErrors.INSTANCE_NOT_FOUND);
    assertThat(clients.instances.getInstance(account, "").code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
  }

  @Test
  void queriesFilterAndPageNewestFirst() {
    long account = newAccount();
    String prefix = "i-q" + account + "-";
    for (int i = 1; i <= 5; i++) {
      OrderPaidEvent e = paid(account, account * 10 + i, prefix + i, MANUAL).setRegion(i <= 3 ? "cn-hangzhou" : "cn-beijing");
      if (i == 5) {
        e.setSubscriptionType("PayAsYouGo").setPeriod(0).setPeriodUnit(null);
      }
      createInstance.onOrderPaid(e);
    }
    clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(prefix + 2).setSuccess(true).setResourceId("r-q")).value();
    createInstance.onOrderPaid(paid(newAccount(), account * 10 + 9, "i-other-" + account, MANUAL)); // another account's

    Page<InstanceView> first = query(new InstanceQuery().setAccountId(account).setPageNum(1).setPageSize(2));
    assertThat(first.totalCount()).isEqualTo(5);
    assertThat(ids(first)).containsExactly(prefix + 5, prefix + 4);
    assertThat(ids(query(new InstanceQuery().setAccountId(account).setPageNum(3).setPageSize(2)))).containsExactly(prefix + 1);
    Page<InstanceView> beyond = query(new InstanceQuery().setAccountId(account).setPageNum(4).setPageSize(2));
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.totalCount()).isEqualTo(5);
    assertThat(query(new InstanceQuery().setAccountId(account)).pageSize()).isEqualTo(20);

    assertThat(ids(query(new InstanceQuery().setAccountId(account).setRegion("cn-beijing")))).containsExactly(prefix + 5, prefix + 4);
    assertThat(ids(query(new InstanceQuery().setAccountId(account).setStatus(InstanceStatus.NORMAL)))).containsExactly(prefix + 2);
    assertThat(ids(query(new InstanceQuery().setAccountId(account).setSubscriptionType("PayAsYouGo")))).containsExactly(prefix + 5);
    assertThat(query(new InstanceQuery().setAccountId(account).setSubscriptionType("PayAsYouGo")).items().get(0).getEndTime()).isNull();
    assertThat(ids(query(new InstanceQuery().setAccountId(account).setInstanceIds(List.of(prefix + 1, prefix + 3, "i-other-" + account)))))
        .containsExactly(prefix + 3, prefix + 1);
    assertThat(query(new InstanceQuery().setAccountId(account).setProductCode("ecs")).totalCount()).isZero();
    assertThat(query(new InstanceQuery().setAccountId(account).setProductCode(MANUAL).setRegion("cn-hangzhou")
        .setStatus(InstanceStatus.CREATING)).totalCount()).isEqualTo(2);

    assertThat(clients.instances.queryInstances(new InstanceQuery().setAccountId(account).setPageNum(-1)).code())
        .isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(clients.instances.queryInstances(new InstanceQuery().setAccountId(account).setPageSize(301)).code())
        .isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(clients.instances.queryInstances(new InstanceQuery()).code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
  }

  /** A renewal order as the order service publishes it: the instance's config comes along and is ignored. */
  static OrderPaidEvent renewal(long account, long order, String instanceId, int months) {
    return paid(account, order, instanceId, "ecs").setOrderType("Renew").setPeriod(months)
        .setConfig(Map.of("cpu", "64", "memory", "512")).setPaidAt(Instant.parse("2026-02-20T10:00:00Z"));
  }

  static void join(Thread t) {
    try {
      t.join(PATIENCE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  long renewalsOf(String instanceId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM instance_renewal WHERE instance_id = ?", Long.class, instanceId);
  }

  Instant endTimeOf(long account, String instanceId) {
    return query(new InstanceQuery().setAccountId(account).setInstanceIds(List.of(instanceId))).items().get(0).getEndTime();
  }

  @Test
  void paidRenewalsExtendTheEndTimeOncePerOrder() {
    long account = newAccount();
    String instanceId = "i-renew-" + account;
    publishOrderPaid(paid(account, account + 1, instanceId, "ecs"));
    InstanceView bought = await("instance " + instanceId + " Normal", () -> clients.instances.getInstance(account, instanceId),
        o -> o.isOk() && InstanceStatus.NORMAL.equals(o.value().getStatus())).value();
    assertThat(bought.getEndTime()).isEqualTo(Instant.parse("2026-02-28T08:00:00.250Z"));

    OrderPaidEvent renew = renewal(account, account + 2, instanceId, 1);
    publishOrderPaid(renew);
    Instant oneMonthLater = Instant.parse("2026-03-28T08:00:00.250Z");
    await("one month more", () -> endTimeOf(account, instanceId), oneMonthLater::equals);
    InstanceView renewed = clients.instances.getInstance(account, instanceId).value();
    assertThat(renewed.getStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(renewed.getSpec()).isEqualTo(Map.of("cpu", "2", "memory", "4"));
    assertThat(renewed.getResourceId()).isEqualTo(bought.getResourceId());

    // the same order again (a redelivery): unchanged
    createInstance.onOrderPaid(renew);
    publishOrderPaid(renew);
    assertThat(endTimeOf(account, instanceId)).isEqualTo(oneMonthLater);
    assertThat(renewalsOf(instanceId)).isEqualTo(1);

    // two more orders, delivered concurrently: both applied
    publishOrderPaid(renewal(account, account + 3, instanceId, 1));
    Thread direct = new Thread(() -> createInstance.onOrderPaid(renewal(account, account + 4, instanceId, 1)));
    direct.start();
    createInstance.onOrderPaid(renewal(account, account + 4, instanceId, 1)); // the same order at the same time
    join(direct);
    await("two months more", () -> endTimeOf(account, instanceId), Instant.parse("2026-05-28T08:00:00.250Z")::equals);
    assertThat(renewalsOf(instanceId)).isEqualTo(3);

    // an unknown instance, another account's instance: nothing changes
    createInstance.onOrderPaid(renewal(account, account + 5, "i-unknown-" + account, 1));
    createInstance.onOrderPaid(renewal(account + 7, account + 6, instanceId, 1));
    assertThat(endTimeOf(account, instanceId)).isEqualTo(Instant.parse("2026-05-28T08:00:00.250Z"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM instance_renewal WHERE order_id IN (?, ?)", Long.class,
        account + 5, account + 6)).isZero();
  }

  @Test
  void anExpiredInstanceRenewedAfterItsEndRunsAgainFromThePayment() {
    long account = newAccount();
    String instanceId = "i-exp-" + account;
    createInstance.onOrderPaid(paid(account, account + 1, instanceId, MANUAL));
    clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId).setSuccess(true).setResourceId("r-e")).value();
    jdbc.update("UPDATE instance SET status = 'Expired', sub_status = 'Expired' WHERE instance_id = ?", instanceId);

    assertThat(clients.instances.getInstance(account, instanceId).value().getEndTime())
        .isEqualTo(Instant.parse("2026-02-28T08:00:00.250Z"));
    createInstance.onOrderPaid(renewal(account, account + 2, instanceId, 1).setProductCode(MANUAL)
        .setPaidAt(Instant.parse("2026-03-05T10:00:00Z"))); // paid after the end
    InstanceView v = clients.instances.getInstance(account, instanceId).value();
    assertThat(v.getStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(v.getSubStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(v.getEndTime()).isEqualTo(Instant.parse("2026-04-05T10:00:00Z"));

    jdbc.update("UPDATE instance SET status = 'Released' WHERE instance_id = ?", instanceId);
    createInstance.onOrderPaid(renewal(account, account + 3, instanceId, 1).setProductCode(MANUAL));
    assertThat(clients.instances.getInstance(account, instanceId).value().getEndTime()).isEqualTo(Instant.parse("2026-04-05T10:00:00Z"));
    assertThat(renewalsOf(instanceId)).isEqualTo(1);
  }

  Page<InstanceView> query(InstanceQuery q) {
    return clients.instances.queryInstances(q).value();
  }

  static List<String> ids(Page<InstanceView> page) {
    return page.items().stream().map(InstanceView::getInstanceId).toList();
  }
}
