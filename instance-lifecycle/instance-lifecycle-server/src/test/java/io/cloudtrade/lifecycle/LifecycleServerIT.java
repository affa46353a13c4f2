package io.cloudtrade.lifecycle;

import static io.cloudtrade.lifecycle.LifecycleFixtures.PATIENCE;
import static io.cloudtrade.lifecycle.LifecycleFixtures.await;
import static io.cloudtrade.lifecycle.LifecycleFixtures.newAccount;
import static io.cloudtrade.lifecycle.LifecycleFixtures.paidNew;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.controlplane.SampleControlPlaneApplication;
import io.cloudtrade.infra.embedded.SharedInfrastructure;
import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.lifecycle.api.DeliveryEvent;
import io.cloudtrade.lifecycle.api.DeliveryEvents;
import io.cloudtrade.lifecycle.api.InstanceQuery;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceStatus;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.LifecycleErrors;
import io.cloudtrade.lifecycle.api.ProductionAck;
import io.cloudtrade.lifecycle.api.ProductionCallback;
import io.cloudtrade.lifecycle.api.ProductionEvents;
import io.cloudtrade.lifecycle.api.ProductionNotification;
import io.cloudtrade.lifecycle.application.CarryOutOrder;
import io.cloudtrade.lifecycle.application.DueSpecWork;
import io.cloudtrade.order.api.OrderEvents;
import io.cloudtrade.order.api.OrderPaidEvent;
import io.cloudtrade.support.Events;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
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
 * <p>Product {@code ecs} is produced by the sample control plane (which fails any CREATE or MODIFY
 * whose specification has the value {@code fail}); product {@link #MANUAL} has no control plane,
 * so the test acknowledges it itself and watches its notifications. The delivery events the order
 * service follows are captured from {@link DeliveryEvents#TOPIC}.
 */
@SpringBootTest(classes = {LifecycleServerApplication.class, LifecycleServerIT.Clients.class},
    properties = {"spring.config.name=" + LifecycleServerApplication.CONFIG_NAME,
        "cloudtrade.lifecycle.due-work.poll-interval=200ms",
        "cloudtrade.lifecycle.due-work.retry-pause=500ms",
        // its subscriptions end in 2026, long before the wall clock: InstanceExpiryIT drives expiry
        "cloudtrade.lifecycle.expiry.enabled=false"})
class LifecycleServerIT {
  static final String MANUAL = "itmanual";

  static ConfigurableApplicationContext controlPlane;
  static Events capture;
  static final List<ProductionNotification> manualNotifications = new CopyOnWriteArrayList<>();
  static final List<DeliveryEvent> deliveries = new CopyOnWriteArrayList<>();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    SharedInfrastructure.properties().forEach((k, v) -> registry.add(k, () -> v));
  }

  @BeforeAll
  static void startControlPlaneAndCapture() throws Exception {
    SharedInfrastructure.get().rocketMq().createTopic(DeliveryEvents.TOPIC); // idempotent; older infra jars lack it
    List<String> args = new ArrayList<>();
    args.add("--spring.config.name=" + SampleControlPlaneApplication.CONFIG_NAME);
    args.add("--cloudtrade.control-plane.provision-delay=100ms");
    args.add("--cloudtrade.control-plane.failing-spec-values=fail");
    // command-line arguments: the platform defaults would otherwise win over builder default properties
    SharedInfrastructure.properties().forEach((k, v) -> args.add("--" + k + "=" + v));
    controlPlane = new SpringApplicationBuilder(SampleControlPlaneApplication.class).main(SampleControlPlaneApplication.class)
        .run(args.toArray(String[]::new));

    capture = new Events(SharedInfrastructure.get().rocketMqNameServer(), "lifecycle-it");
    capture.subscribe("capture", ProductionEvents.TOPIC, MANUAL, ProductionNotification.class, manualNotifications::add);
    capture.subscribe("delivery", DeliveryEvents.TOPIC, DeliveryEvents.TAG, DeliveryEvent.class, deliveries::add);
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
  @Autowired CarryOutOrder orders;
  @Autowired DueSpecWork dueWork;
  @Autowired JdbcTemplate jdbc;

  static OrderPaidEvent paid(long account, long order, String instanceId, String product) {
    return paidNew(account, order, instanceId, product, Map.of("cpu", "2", "memory", "4"), Instant.parse("2026-01-31T08:00:00.250Z"));
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
    DeliveryEvent delivered = awaitOutcome(account + 1, DeliveryEvents.DELIVERED);
    assertThat(delivered.getInstanceId()).isEqualTo(instanceId);
    assertThat(delivered.getOrderType()).isEqualTo("New");
    assertThat(delivered.getSpecVersion()).isEqualTo(1);
    assertThat(delivered.getAt()).isNotNull();
    assertThat(outcomesOf(account + 1)).contains(DeliveryEvents.DELIVERING);
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED");

    // the same event once more (a redelivery): no second instance, no new notification
    orders.on(e);
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

    orders.on(e); // once produced, a redelivery does nothing
    assertThat(tasksOf(instanceId)).isEqualTo(2);
    assertThat(instancesOfOrder(account + 1)).isEqualTo(1);
  }

  @Test
  void aFailureAcknowledgementMakesTheInstanceFailed() {
    long account = newAccount();
    String instanceId = "i-fail-" + account;
    orders.on(paid(account, account + 1, instanceId, MANUAL));
    ProductionAck failure = new ProductionAck().setInstanceId(instanceId).setSuccess(false).setReason("no capacity");

    InstanceView failed = clients.callback.acknowledgeProduction(failure).value();
    assertThat(failed.getStatus()).isEqualTo(InstanceStatus.FAILED);
    assertThat(failed.getFailureReason()).isEqualTo("no capacity");
    assertThat(failed.getResourceId()).isNull();
    assertThat(jdbc.queryForObject("SELECT outcome FROM production_task WHERE instance_id = ?", String.class, instanceId))
        .isEqualTo("FAILURE");
    DeliveryEvent failedDelivery = awaitOutcome(account + 1, DeliveryEvents.FAILED);
    assertThat(failedDelivery.getReason()).isEqualTo("no capacity");
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT FAILED");

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
    orders.on(paid(account, account + 1, instanceId, MANUAL));
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
    orders.on(paid(account, account + 1, instanceId, MANUAL));
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
      orders.on(e);
    }
    clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(prefix + 2).setSuccess(true).setResourceId("r-q")).value();
    orders.on(paid(newAccount(), account * 10 + 9, "i-other-" + account, MANUAL)); // another account's

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
    assertThat(awaitOutcome(account + 2, DeliveryEvents.DELIVERED).getOrderType()).isEqualTo("Renew");

    // the same order again (a redelivery): unchanged
    orders.on(renew);
    publishOrderPaid(renew);
    assertThat(endTimeOf(account, instanceId)).isEqualTo(oneMonthLater);
    assertThat(renewalsOf(instanceId)).isEqualTo(1);

    // two more orders, delivered concurrently: both applied
    publishOrderPaid(renewal(account, account + 3, instanceId, 1));
    Thread direct = new Thread(() -> orders.on(renewal(account, account + 4, instanceId, 1)));
    direct.start();
    orders.on(renewal(account, account + 4, instanceId, 1)); // the same order at the same time
    join(direct);
    await("two months more", () -> endTimeOf(account, instanceId), Instant.parse("2026-05-28T08:00:00.250Z")::equals);
    assertThat(renewalsOf(instanceId)).isEqualTo(3);

    // an unknown instance, another account's instance: nothing changes
    orders.on(renewal(account, account + 5, "i-unknown-" + account, 1));
    orders.on(renewal(account + 7, account + 6, instanceId, 1));
    assertThat(endTimeOf(account, instanceId)).isEqualTo(Instant.parse("2026-05-28T08:00:00.250Z"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM instance_renewal WHERE order_id IN (?, ?)", Long.class,
        account + 5, account + 6)).isZero();
  }

  @Test
  void anExpiredInstanceRenewedAfterItsEndRunsAgainFromThePayment() {
    long account = newAccount();
    String instanceId = "i-exp-" + account;
    orders.on(paid(account, account + 1, instanceId, MANUAL));
    clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId).setSuccess(true).setResourceId("r-e")).value();
    jdbc.update("UPDATE instance SET status = 'Expired', sub_status = 'Expired' WHERE instance_id = ?", instanceId);

    assertThat(clients.instances.getInstance(account, instanceId).value().getEndTime())
        .isEqualTo(Instant.parse("2026-02-28T08:00:00.250Z"));
    orders.on(renewal(account, account + 2, instanceId, 1).setProductCode(MANUAL)
        .setPaidAt(Instant.parse("2026-03-05T10:00:00Z"))); // paid after the end
    InstanceView v = clients.instances.getInstance(account, instanceId).value();
    assertThat(v.getStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(v.getSubStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(v.getEndTime()).isEqualTo(Instant.parse("2026-04-05T10:00:00Z"));

    jdbc.update("UPDATE instance SET status = 'Released' WHERE instance_id = ?", instanceId);
    orders.on(renewal(account, account + 3, instanceId, 1).setProductCode(MANUAL));
    assertThat(clients.instances.getInstance(account, instanceId).value().getEndTime()).isEqualTo(Instant.parse("2026-04-05T10:00:00Z"));
    assertThat(renewalsOf(instanceId)).isEqualTo(1);
  }

  Page<InstanceView> query(InstanceQuery q) {
    return clients.instances.queryInstances(q).value();
  }

  static List<String> ids(Page<InstanceView> page) {
    return page.items().stream().map(InstanceView::getInstanceId).toList();
  }

  // ---- delivery events, specification changes, refunds, renewal settings ----

  static final Map<String, String> ORIGINAL = Map.of("cpu", "2", "memory", "4");

  List<DeliveryEvent> deliveriesOf(long order) {
    return deliveries.stream().filter(d -> d.getOrderId() == order).toList();
  }

  List<String> outcomesOf(long order) {
    return deliveriesOf(order).stream().map(DeliveryEvent::getOutcome).toList();
  }

  DeliveryEvent awaitOutcome(long order, String outcome) {
    return await("order " + order + " " + outcome, () -> deliveriesOf(order),
        l -> l.stream().anyMatch(d -> outcome.equals(d.getOutcome())))
        .stream().filter(d -> outcome.equals(d.getOutcome())).findFirst().orElseThrow();
  }

  long countOutcome(long order, String outcome) {
    return deliveriesOf(order).stream().filter(d -> outcome.equals(d.getOutcome())).count();
  }

  /** The instance's specification history as "version KIND STATUS", by version. */
  List<String> historyOf(String instanceId) {
    return jdbc.queryForList("SELECT CONCAT(version, ' ', kind, ' ', status) FROM instance_spec WHERE instance_id = ? "
        + "ORDER BY version, id", String.class, instanceId);
  }

  String specJsonOf(String instanceId, int version, String status) {
    return jdbc.queryForObject("SELECT spec FROM instance_spec WHERE instance_id = ? AND version = ? AND status = ?",
        String.class, instanceId, version, status);
  }

  long modifyTasksOf(String instanceId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM production_task WHERE instance_id = ? AND action = 'MODIFY'",
        Long.class, instanceId);
  }

  InstanceView instance(long account, String instanceId) {
    return clients.instances.getInstance(account, instanceId).value();
  }

  InstanceView awaitVersion(long account, String instanceId, int version) {
    return await("instance " + instanceId + " at specification version " + version, () -> instance(account, instanceId),
        v -> v.getSpecVersion() == version);
  }

  /** A Normal ecs instance bought by order account + 1, specification {@link #ORIGINAL}. */
  InstanceView normalEcs(long account, String instanceId) {
    publishOrderPaid(paid(account, account + 1, instanceId, "ecs"));
    return await("instance " + instanceId + " Normal", () -> clients.instances.getInstance(account, instanceId),
        o -> o.isOk() && InstanceStatus.NORMAL.equals(o.value().getStatus())).value();
  }

  /** A paid change of specification as the order service publishes it: config is the full new spec. */
  static OrderPaidEvent change(long account, long order, String instanceId, String type, int base, Map<String, String> spec) {
    return paid(account, order, instanceId, "ecs").setOrderType(type).setBaseSpecVersion(base).setConfig(spec)
        .setPaidAt(Instant.now());
  }

  void publishRefund(OrderPaidEvent e) {
    events.publish(OrderEvents.TOPIC, OrderEvents.TAG_REFUND_REQUESTED, Long.toString(e.getOrderId()), e);
  }

  ProductionNotification awaitNotification(String instanceId, String action, int version, Predicate<ProductionNotification> also) {
    return await(action + " " + version + " of " + instanceId, () -> notificationsOf(instanceId).stream()
        .filter(n -> action.equals(n.getAction()) && n.getSpecVersion() == version && also.test(n)).toList(),
        l -> !l.isEmpty()).get(0);
  }

  @Test
  void anUpgradeIsAppliedThroughTheControlPlaneAndARedeliveryMakesNoSecondVersion() {
    long account = newAccount();
    String instanceId = "i-up-" + account;
    InstanceView bought = normalEcs(account, instanceId);
    Map<String, String> bigger = Map.of("cpu", "4", "memory", "8");
    OrderPaidEvent upgrade = change(account, account + 2, instanceId, "Upgrade", 1, bigger);
    publishOrderPaid(upgrade);

    DeliveryEvent delivered = awaitOutcome(account + 2, DeliveryEvents.DELIVERED);
    assertThat(delivered.getSpecVersion()).isEqualTo(2);
    assertThat(delivered.getOrderType()).isEqualTo("Upgrade");
    assertThat(delivered.getInstanceId()).isEqualTo(instanceId);
    assertThat(outcomesOf(account + 2)).contains(DeliveryEvents.DELIVERING);
    InstanceView upgraded = instance(account, instanceId);
    assertThat(upgraded.getSpec()).isEqualTo(bigger);
    assertThat(upgraded.getSpecVersion()).isEqualTo(2);
    assertThat(upgraded.getStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(upgraded.getResourceId()).isEqualTo(bought.getResourceId());
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED", "2 PERMANENT APPLIED");

    // the same event again, directly and through the broker: Delivered again, no second version
    orders.on(upgrade);
    publishOrderPaid(upgrade);
    await("Delivered announced again twice", () -> countOutcome(account + 2, DeliveryEvents.DELIVERED), n -> n >= 3);
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED", "2 PERMANENT APPLIED");
    assertThat(modifyTasksOf(instanceId)).isEqualTo(1);
    assertThat(instance(account, instanceId).getSpecVersion()).isEqualTo(2);

    // a downgrade priced against the new version
    publishOrderPaid(change(account, account + 3, instanceId, "Downgrade", 2, ORIGINAL));
    assertThat(awaitOutcome(account + 3, DeliveryEvents.DELIVERED).getSpecVersion()).isEqualTo(3);
    assertThat(instance(account, instanceId).getSpec()).isEqualTo(ORIGINAL);
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED", "2 PERMANENT APPLIED", "3 PERMANENT APPLIED");
  }

  @Test
  void anUpgradeTheControlPlaneFailsKeepsTheOldSpecificationAndGivesItsNumberBack() {
    long account = newAccount();
    String instanceId = "i-upf-" + account;
    normalEcs(account, instanceId);
    publishOrderPaid(change(account, account + 2, instanceId, "Upgrade", 1, Map.of("cpu", "fail", "memory", "8")));

    DeliveryEvent failed = awaitOutcome(account + 2, DeliveryEvents.FAILED);
    assertThat(failed.getReason()).contains("fail");
    assertThat(failed.getSpecVersion()).isEqualTo(1);
    assertThat(outcomesOf(account + 2)).doesNotContain(DeliveryEvents.DELIVERED);
    InstanceView kept = instance(account, instanceId);
    assertThat(kept.getSpec()).isEqualTo(ORIGINAL);
    assertThat(kept.getSpecVersion()).isEqualTo(1);
    assertThat(kept.getStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED", "2 PERMANENT FAILED");

    // the next change is version 2 again: the applied versions stay 1, 2, 3... without gaps
    publishOrderPaid(change(account, account + 3, instanceId, "Upgrade", 1, Map.of("cpu", "4", "memory", "8")));
    assertThat(awaitOutcome(account + 3, DeliveryEvents.DELIVERED).getSpecVersion()).isEqualTo(2);
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED", "2 PERMANENT FAILED", "2 PERMANENT APPLIED");
  }

  @Test
  void theOldDirectFlowAppliesAtOnceAndOnlyFlagsAControlPlaneFailure() {
    long account = newAccount();
    String instanceId = "i-direct-" + account;
    normalEcs(account, instanceId);
    Map<String, String> doomed = Map.of("cpu", "fail", "memory", "8");
    publishOrderPaid(change(account, account + 2, instanceId, "Upgrade", 1, doomed).setFlow("Direct"));

    // Delivered at once, the instance already on the new version, before the control plane answered
    DeliveryEvent delivered = awaitOutcome(account + 2, DeliveryEvents.DELIVERED);
    assertThat(delivered.getSpecVersion()).isEqualTo(2);
    assertThat(outcomesOf(account + 2)).doesNotContain(DeliveryEvents.DELIVERING, DeliveryEvents.FAILED);
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED", "2 PERMANENT APPLIED");
    // the control plane fails it: no rollback, no Failed for the order, the instance is flagged
    InstanceView flagged = await("instance " + instanceId + " flagged", () -> instance(account, instanceId),
        v -> "ModifyFailed".equals(v.getSubStatus()));
    assertThat(flagged.getSpec()).isEqualTo(doomed);
    assertThat(flagged.getSpecVersion()).isEqualTo(2);
    assertThat(flagged.getStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(outcomesOf(account + 2)).doesNotContain(DeliveryEvents.FAILED);
    assertThat(jdbc.queryForObject("SELECT flow FROM instance_spec WHERE instance_id = ? AND version = 2", String.class, instanceId))
        .isEqualTo("DIRECT");
  }

  @Test
  void aChangeTheInstanceCannotTakeIsRefusedWithAReasonAndChangesNothing() {
    long account = newAccount();
    String instanceId = "i-stale-" + account;
    normalEcs(account, instanceId);
    OrderPaidEvent stale = change(account, account + 2, instanceId, "Upgrade", 2, Map.of("cpu", "4", "memory", "8"));
    orders.on(stale);

    DeliveryEvent failed = awaitOutcome(account + 2, DeliveryEvents.FAILED);
    assertThat(failed.getReason()).contains("priced against specification version 2").contains("version 1");
    assertThat(failed.getSpecVersion()).isEqualTo(1);
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED");
    assertThat(modifyTasksOf(instanceId)).isZero();
    assertThat(instance(account, instanceId).getSpec()).isEqualTo(ORIGINAL);

    orders.on(stale); // a redelivery answers the same
    await("Failed announced again", () -> countOutcome(account + 2, DeliveryEvents.FAILED), n -> n >= 2);
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED");

    // an instance still Creating cannot change; an unknown one neither
    String creating = "i-stale-c-" + account;
    orders.on(paid(account, account + 3, creating, MANUAL));
    orders.on(change(account, account + 4, creating, "Upgrade", 1, Map.of("cpu", "4")).setProductCode(MANUAL));
    assertThat(awaitOutcome(account + 4, DeliveryEvents.FAILED).getReason()).contains("Creating");
    orders.on(change(account, account + 5, "i-unknown-" + account, "Downgrade", 1, Map.of("cpu", "1")));
    assertThat(awaitOutcome(account + 5, DeliveryEvents.FAILED).getReason()).contains("does not exist");
  }

  @Test
  void aTemporaryUpgradeRevertsAtItsWindowEndToExactlyThePreviousSpecification() {
    long account = newAccount();
    String instanceId = "i-tmp-" + account;
    normalEcs(account, instanceId);
    Instant end = Instant.now().plusSeconds(3).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    Map<String, String> burst = Map.of("cpu", "16", "memory", "64");
    publishOrderPaid(change(account, account + 2, instanceId, "TemporaryUpgrade", 1, burst)
        .setWindowStart(Instant.now()).setWindowEnd(end));

    assertThat(awaitOutcome(account + 2, DeliveryEvents.DELIVERED).getSpecVersion()).isEqualTo(2);
    assertThat(instance(account, instanceId).getSpecVersion()).isIn(2, 3); // 3 once the window has ended

    InstanceView reverted = awaitVersion(account, instanceId, 3);
    assertThat(reverted.getSpec()).isEqualTo(ORIGINAL);
    assertThat(reverted.getStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED", "2 TEMPORARY REVERTED", "3 REVERT APPLIED");
    assertThat(specJsonOf(instanceId, 3, "APPLIED")).isEqualTo(specJsonOf(instanceId, 1, "APPLIED"));
    assertThat(jdbc.queryForObject("SELECT reverts_to_version FROM instance_spec WHERE instance_id = ? AND version = 3",
        Integer.class, instanceId)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT revert_at FROM instance_spec WHERE instance_id = ? AND version = 2",
        java.sql.Timestamp.class, instanceId).toInstant()).isEqualTo(end);
    // reverted at the window's end, not before
    assertThat(jdbc.queryForObject("SELECT created_time FROM instance_spec WHERE instance_id = ? AND version = 3",
        java.sql.Timestamp.class, instanceId).toInstant()).isAfterOrEqualTo(end);
    // the revert has no order of its own: the order saw Delivering and Delivered only
    assertThat(outcomesOf(account + 2)).containsOnly(DeliveryEvents.DELIVERING, DeliveryEvents.DELIVERED);
  }

  @Test
  void aTemporaryUpgradeWhoseWindowStartsLaterWaitsForIt() {
    long account = newAccount();
    String instanceId = "i-sched-" + account;
    normalEcs(account, instanceId);
    Instant start = Instant.now().plusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    Instant end = start.plusSeconds(2);
    orders.on(change(account, account + 2, instanceId, "TemporaryUpgrade", 1, Map.of("cpu", "8", "memory", "16"))
        .setWindowStart(start).setWindowEnd(end));
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED", "2 TEMPORARY SCHEDULED");
    assertThat(instance(account, instanceId).getSpecVersion()).isEqualTo(1);

    assertThat(awaitOutcome(account + 2, DeliveryEvents.DELIVERED).getSpecVersion()).isEqualTo(2);
    assertThat(jdbc.queryForObject("SELECT MIN(sent_at) FROM production_task WHERE instance_id = ? AND action = 'MODIFY'",
        java.sql.Timestamp.class, instanceId).toInstant()).isAfterOrEqualTo(start);
    assertThat(awaitVersion(account, instanceId, 3).getSpec()).isEqualTo(ORIGINAL);
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED", "2 TEMPORARY REVERTED", "3 REVERT APPLIED");
  }

  @Test
  void aRevertThatFellDueWhileTheServiceWasDownHappensAtItsFirstPoll() {
    long account = newAccount();
    String instanceId = "i-down-" + account;
    normalEcs(account, instanceId);
    Map<String, String> burst = Map.of("cpu", "32", "memory", "128");
    publishOrderPaid(change(account, account + 2, instanceId, "TemporaryUpgrade", 1, burst)
        .setWindowEnd(Instant.now().plus(Duration.ofHours(1))));
    awaitOutcome(account + 2, DeliveryEvents.DELIVERED);
    assertThat(instance(account, instanceId).getSpec()).isEqualTo(burst);

    // the service comes back two hours later: the poll it runs at start-up finds the revert due
    dueWork.runDue(Instant.now().plus(Duration.ofHours(2)));
    InstanceView reverted = awaitVersion(account, instanceId, 3);
    assertThat(reverted.getSpec()).isEqualTo(ORIGINAL);
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED", "2 TEMPORARY REVERTED", "3 REVERT APPLIED");
  }

  @Test
  void aRevertTheControlPlaneFailsIsSentAgainUntilItSucceeds() {
    long account = newAccount();
    String instanceId = "i-rr-" + account;
    orders.on(paid(account, account + 1, instanceId, MANUAL));
    clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId).setSuccess(true).setResourceId("r-rr"))
        .value();
    Map<String, String> burst = Map.of("cpu", "16", "memory", "64");
    orders.on(change(account, account + 2, instanceId, "TemporaryUpgrade", 1, burst).setProductCode(MANUAL)
        .setWindowEnd(Instant.now().plusSeconds(1)));

    ProductionNotification modify = awaitNotification(instanceId, "MODIFY", 2, n -> true);
    assertThat(modify.getSpec()).isEqualTo(burst);
    assertThat(modify.getOrderId()).isEqualTo(account + 2);
    InstanceView applied = clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId)
        .setNotificationId(modify.getNotificationId()).setSuccess(true)).value();
    assertThat(applied.getSpecVersion()).isEqualTo(2);
    assertThat(applied.getResourceId()).isEqualTo("r-rr");
    awaitOutcome(account + 2, DeliveryEvents.DELIVERED);

    ProductionNotification firstRevert = awaitNotification(instanceId, "MODIFY", 3, n -> true);
    assertThat(firstRevert.getSpec()).isEqualTo(ORIGINAL);
    InstanceView stillUp = clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId)
        .setNotificationId(firstRevert.getNotificationId()).setSuccess(false).setReason("maintenance")).value();
    assertThat(stillUp.getSpecVersion()).isEqualTo(2);
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED", "2 TEMPORARY REVERTING", "3 REVERT PENDING");

    ProductionNotification again = awaitNotification(instanceId, "MODIFY", 3,
        n -> !n.getNotificationId().equals(firstRevert.getNotificationId()));
    assertThat(again.getSpec()).isEqualTo(ORIGINAL);
    InstanceView reverted = clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId)
        .setNotificationId(again.getNotificationId()).setSuccess(true)).value();
    assertThat(reverted.getSpecVersion()).isEqualTo(3);
    assertThat(reverted.getSpec()).isEqualTo(ORIGINAL);
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED", "2 TEMPORARY REVERTED", "3 REVERT APPLIED");

    // the first attempt's failure once more changes nothing; contradicting an applied version is refused
    assertThat(clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId)
        .setNotificationId(firstRevert.getNotificationId()).setSuccess(false).setReason("maintenance")).value()
        .getSpecVersion()).isEqualTo(3);
    assertThat(clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId)
        .setNotificationId(modify.getNotificationId()).setSuccess(false).setReason("late")).code())
        .isEqualTo(LifecycleErrors.INVALID_STATE);
  }

  @Test
  void aRefundReleasesTheInstance() {
    long account = newAccount();
    String instanceId = "i-ref-" + account;
    normalEcs(account, instanceId);
    OrderPaidEvent refund = paid(account, account + 2, instanceId, "ecs").setOrderType("Refund")
        .setAmount(Money.of("60.00", "CNY"));
    publishRefund(refund);

    DeliveryEvent delivered = awaitOutcome(account + 2, DeliveryEvents.DELIVERED);
    assertThat(delivered.getOrderType()).isEqualTo("Refund");
    assertThat(outcomesOf(account + 2)).contains(DeliveryEvents.DELIVERING);
    InstanceView released = instance(account, instanceId);
    assertThat(released.getStatus()).isEqualTo(InstanceStatus.RELEASED);
    assertThat(released.getSubStatus()).isEqualTo(InstanceStatus.RELEASED);

    orders.on(refund); // a redelivery: Delivered again, nothing sent again
    await("Delivered announced again", () -> countOutcome(account + 2, DeliveryEvents.DELIVERED), n -> n >= 2);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM production_task WHERE instance_id = ? AND action = 'RELEASE'",
        Long.class, instanceId)).isEqualTo(1);

    orders.on(paid(account, account + 3, instanceId, "ecs").setOrderType("Refund")); // released already
    assertThat(awaitOutcome(account + 3, DeliveryEvents.FAILED).getReason()).contains("Released");
  }

  @Test
  void aReleaseTheControlPlaneFailsKeepsTheInstance() {
    long account = newAccount();
    String instanceId = "i-reff-" + account;
    orders.on(paid(account, account + 1, instanceId, MANUAL));
    clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId).setSuccess(true).setResourceId("r-f"))
        .value();
    OrderPaidEvent refund = paid(account, account + 2, instanceId, MANUAL).setOrderType("Refund");
    orders.on(refund);
    ProductionNotification release = awaitNotification(instanceId, "RELEASE", 1, n -> true);
    awaitOutcome(account + 2, DeliveryEvents.DELIVERING);

    InstanceView kept = clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId)
        .setNotificationId(release.getNotificationId()).setSuccess(false).setReason("volume busy")).value();
    assertThat(kept.getStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(awaitOutcome(account + 2, DeliveryEvents.FAILED).getReason()).isEqualTo("volume busy");

    orders.on(refund); // a redelivery answers Failed again and sends nothing
    await("Failed announced again", () -> countOutcome(account + 2, DeliveryEvents.FAILED), n -> n >= 2);
    assertThat(notificationsOf(instanceId).stream().filter(n -> "RELEASE".equals(n.getAction())).count()).isEqualTo(1);
  }

  @Test
  void setRenewalChangesAllTheInstancesOrNone() {
    long account = newAccount();
    String a = "i-sra-" + account;
    String b = "i-srb-" + account;
    String foreign = "i-srf-" + account;
    orders.on(paid(account, account + 1, a, MANUAL));
    orders.on(paid(account, account + 2, b, MANUAL));
    orders.on(paid(account + 7, account + 3, foreign, MANUAL));

    assertThat(clients.instances.setRenewal(account, List.of(a, b, a), "AutoRenewal", 3, "Month").value()).isEqualTo(2);
    assertThat(instance(account, a).getRenewStatus()).isEqualTo("AutoRenewal");
    assertThat(instance(account, b).getRenewStatus()).isEqualTo("AutoRenewal");
    assertThat(jdbc.queryForList("SELECT CONCAT(renew_period, ' ', renew_period_unit) FROM instance WHERE instance_id IN (?, ?)",
        String.class, a, b)).containsExactly("3 Month", "3 Month");

    // an unknown id, or another account's: none changes
    assertThat(clients.instances.setRenewal(account, List.of(a, "i-unknown-" + account), "NotRenewal", null, null).code())
        .isEqualTo(LifecycleErrors.INSTANCE_NOT_FOUND);
    assertThat(clients.instances.setRenewal(account, List.of(b, foreign), "ManualRenewal", null, null).code())
        .isEqualTo(LifecycleErrors.INSTANCE_NOT_FOUND);
    assertThat(instance(account, a).getRenewStatus()).isEqualTo("AutoRenewal");
    assertThat(instance(account, b).getRenewStatus()).isEqualTo("AutoRenewal");
    assertThat(instance(account + 7, foreign).getRenewStatus()).isEqualTo("ManualRenewal");

    // bad values
    assertThat(clients.instances.setRenewal(account, List.of(a), "AutoRenewal", 0, "Month").code())
        .isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(clients.instances.setRenewal(account, List.of(a), "AutoRenewal", 37, "Month").code())
        .isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(clients.instances.setRenewal(account, List.of(a), "AutoRenewal", 1, "Week").code())
        .isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(clients.instances.setRenewal(account, List.of(a), "Sometimes", null, null).code())
        .isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(clients.instances.setRenewal(account, List.of(), "ManualRenewal", null, null).code())
        .isEqualTo(CommonErrors.INVALID_PARAMETER);

    // ManualRenewal and NotRenewal have no period
    assertThat(clients.instances.setRenewal(account, List.of(a, b), "NotRenewal", 12, "Year").value()).isEqualTo(2);
    assertThat(instance(account, a).getRenewStatus()).isEqualTo("NotRenewal");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM instance WHERE instance_id IN (?, ?) AND renew_period IS NULL "
        + "AND renew_period_unit IS NULL", Long.class, a, b)).isEqualTo(2);
  }

  // ---- RenewChange: renewed at once, the new specification from the start of the renewed period ----

  /** A RenewChange order as the order service publishes it: one more month, config the full new spec. */
  static OrderPaidEvent renewChange(long account, long order, String instanceId, int base, Map<String, String> spec) {
    return change(account, order, instanceId, "RenewChange", base, spec).setPeriod(1).setPeriodUnit("Month");
  }

  /** A Normal ecs instance bought now by order account + 1 for a month, specification {@link #ORIGINAL}. */
  InstanceView normalEcsEndingInAMonth(long account, String instanceId) {
    publishOrderPaid(paid(account, account + 1, instanceId, "ecs").setPaidAt(Instant.now()));
    return await("instance " + instanceId + " Normal", () -> clients.instances.getInstance(account, instanceId),
        o -> o.isOk() && InstanceStatus.NORMAL.equals(o.value().getStatus())).value();
  }

  static Instant oneMonthAfter(Instant t) {
    return t.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
  }

  Instant specTimeOf(String instanceId, int version, String column) {
    return jdbc.queryForObject("SELECT " + column + " FROM instance_spec WHERE instance_id = ? AND version = ?",
        java.sql.Timestamp.class, instanceId, version).toInstant();
  }

  /** Runs the due work as the poller would at {@code at} until the version no longer waits as SCHEDULED. */
  void runDueUntilStarted(String instanceId, int version, Instant at) {
    await("version " + version + " of " + instanceId + " started", () -> {
      dueWork.runDue(at);
      return historyOf(instanceId);
    }, h -> !h.contains(version + " PERMANENT SCHEDULED"));
  }

  List<DeliveryEvent> failuresOf(long order) {
    return deliveriesOf(order).stream().filter(d -> DeliveryEvents.FAILED.equals(d.getOutcome())).toList();
  }

  @Test
  void aRenewChangeRenewsAtOnceAndChangesTheSpecificationWhenTheRenewedPeriodStarts() {
    long account = newAccount();
    String instanceId = "i-rc-" + account;
    Instant oldEnd = normalEcsEndingInAMonth(account, instanceId).getEndTime();
    Instant newEnd = oneMonthAfter(oldEnd);
    Map<String, String> bigger = Map.of("cpu", "8", "memory", "16");
    OrderPaidEvent renewChange = renewChange(account, account + 2, instanceId, 1, bigger);
    publishOrderPaid(renewChange);

    // renewed at once; the new specification waits for the old end time
    DeliveryEvent delivering = awaitOutcome(account + 2, DeliveryEvents.DELIVERING);
    assertThat(delivering.getOrderType()).isEqualTo("RenewChange");
    assertThat(delivering.getSpecVersion()).isEqualTo(1);
    assertThat(endTimeOf(account, instanceId)).isEqualTo(newEnd);
    assertThat(renewalsOf(instanceId)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT old_end_time FROM instance_renewal WHERE order_id = ?", java.sql.Timestamp.class,
        account + 2).toInstant()).isEqualTo(oldEnd);
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED", "2 PERMANENT SCHEDULED");
    assertThat(specTimeOf(instanceId, 2, "apply_at")).isEqualTo(oldEnd);
    assertThat(specTimeOf(instanceId, 2, "due_at")).isEqualTo(oldEnd);
    assertThat(jdbc.queryForObject("SELECT revert_at FROM instance_spec WHERE instance_id = ? AND version = 2",
        java.sql.Timestamp.class, instanceId)).isNull();
    assertThat(modifyTasksOf(instanceId)).isZero();
    InstanceView waiting = instance(account, instanceId);
    assertThat(waiting.getSpec()).isEqualTo(ORIGINAL);
    assertThat(waiting.getSpecVersion()).isEqualTo(1);

    // a redelivery while it waits: Delivering again, nothing renewed or written twice
    orders.on(renewChange);
    await("Delivering announced again", () -> countOutcome(account + 2, DeliveryEvents.DELIVERING), n -> n >= 2);
    assertThat(endTimeOf(account, instanceId)).isEqualTo(newEnd);
    assertThat(renewalsOf(instanceId)).isEqualTo(1);
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED", "2 PERMANENT SCHEDULED");

    // no other change until then
    orders.on(change(account, account + 3, instanceId, "Upgrade", 1, Map.of("cpu", "4", "memory", "8")));
    assertThat(awaitOutcome(account + 3, DeliveryEvents.FAILED).getReason()).contains("under way");

    // the renewed period starts: the version is sent like a scheduled temporary upgrade, and applied
    runDueUntilStarted(instanceId, 2, oldEnd.plusSeconds(1));
    DeliveryEvent delivered = awaitOutcome(account + 2, DeliveryEvents.DELIVERED);
    assertThat(delivered.getSpecVersion()).isEqualTo(2);
    assertThat(delivered.getOrderType()).isEqualTo("RenewChange");
    InstanceView changed = instance(account, instanceId);
    assertThat(changed.getSpec()).isEqualTo(bigger);
    assertThat(changed.getSpecVersion()).isEqualTo(2);
    assertThat(changed.getStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(changed.getEndTime()).isEqualTo(newEnd);
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED", "2 PERMANENT APPLIED");
    assertThat(modifyTasksOf(instanceId)).isEqualTo(1);
    assertThat(outcomesOf(account + 2)).doesNotContain(DeliveryEvents.FAILED);

    // the same event again, directly and through the broker: Delivered again, nothing else
    orders.on(renewChange);
    publishOrderPaid(renewChange);
    await("Delivered announced again twice", () -> countOutcome(account + 2, DeliveryEvents.DELIVERED), n -> n >= 3);
    assertThat(endTimeOf(account, instanceId)).isEqualTo(newEnd);
    assertThat(renewalsOf(instanceId)).isEqualTo(1);
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED", "2 PERMANENT APPLIED");
    assertThat(modifyTasksOf(instanceId)).isEqualTo(1);
    assertThat(instance(account, instanceId).getSpecVersion()).isEqualTo(2);
  }

  @Test
  void aRenewChangeWhoseSpecificationTheControlPlaneFailsKeepsTheRenewalAndFailsInPart() {
    long account = newAccount();
    String instanceId = "i-rcf-" + account;
    Instant oldEnd = normalEcs(account, instanceId).getEndTime(); // already past: the new specification is due at once
    assertThat(oldEnd).isBefore(Instant.now());
    OrderPaidEvent renewChange = renewChange(account, account + 2, instanceId, 1, Map.of("cpu", "fail", "memory", "8"));
    publishOrderPaid(renewChange);

    DeliveryEvent failed = awaitOutcome(account + 2, DeliveryEvents.FAILED);
    assertThat(failed.isPartial()).isTrue();
    assertThat(failed.getReason()).contains("fail");
    assertThat(failed.getSpecVersion()).isEqualTo(1);
    assertThat(outcomesOf(account + 2)).contains(DeliveryEvents.DELIVERING).doesNotContain(DeliveryEvents.DELIVERED);
    assertThat(modifyTasksOf(instanceId)).isEqualTo(1);
    // the renewal stands, the specification does not change
    assertThat(endTimeOf(account, instanceId)).isEqualTo(oneMonthAfter(oldEnd));
    assertThat(renewalsOf(instanceId)).isEqualTo(1);
    InstanceView kept = instance(account, instanceId);
    assertThat(kept.getSpec()).isEqualTo(ORIGINAL);
    assertThat(kept.getSpecVersion()).isEqualTo(1);
    assertThat(kept.getStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED", "2 PERMANENT FAILED");

    // a redelivery answers the same, still in part, and renews nothing again
    orders.on(renewChange);
    await("Failed announced again", () -> failuresOf(account + 2).size(), n -> n >= 2);
    assertThat(failuresOf(account + 2)).allMatch(DeliveryEvent::isPartial);
    assertThat(endTimeOf(account, instanceId)).isEqualTo(oneMonthAfter(oldEnd));
    assertThat(renewalsOf(instanceId)).isEqualTo(1);
    assertThat(modifyTasksOf(instanceId)).isEqualTo(1);
  }

  @Test
  void aRenewChangeOnAStaleSpecificationVersionIsRefusedWholly() {
    long account = newAccount();
    String instanceId = "i-rcs-" + account;
    Instant end = normalEcsEndingInAMonth(account, instanceId).getEndTime();
    OrderPaidEvent stale = renewChange(account, account + 2, instanceId, 2, Map.of("cpu", "8", "memory", "16"));
    orders.on(stale);

    DeliveryEvent failed = awaitOutcome(account + 2, DeliveryEvents.FAILED);
    assertThat(failed.isPartial()).isFalse();
    assertThat(failed.getReason()).contains("priced against specification version 2").contains("version 1");
    assertThat(failed.getSpecVersion()).isEqualTo(1);
    assertThat(endTimeOf(account, instanceId)).isEqualTo(end);
    assertThat(renewalsOf(instanceId)).isZero();
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED");
    assertThat(modifyTasksOf(instanceId)).isZero();

    orders.on(stale.setBaseSpecVersion(1)); // a redelivery answers the same, even if it would fit now
    await("Failed announced again", () -> failuresOf(account + 2).size(), n -> n >= 2);
    assertThat(failuresOf(account + 2)).noneMatch(DeliveryEvent::isPartial);
    assertThat(endTimeOf(account, instanceId)).isEqualTo(end);
    assertThat(renewalsOf(instanceId)).isZero();

    // an unknown instance: refused, not partial
    orders.on(renewChange(account, account + 3, "i-unknown-" + account, 1, ORIGINAL));
    DeliveryEvent unknown = awaitOutcome(account + 3, DeliveryEvents.FAILED);
    assertThat(unknown.getReason()).contains("does not exist");
    assertThat(unknown.isPartial()).isFalse();
  }

  @Test
  void aRenewChangeWhoseInstanceIsGoneWhenItsPeriodStartsFailsInPart() {
    long account = newAccount();
    String instanceId = "i-rcg-" + account;
    Instant oldEnd = normalEcsEndingInAMonth(account, instanceId).getEndTime();
    orders.on(renewChange(account, account + 2, instanceId, 1, Map.of("cpu", "8", "memory", "16")));
    awaitOutcome(account + 2, DeliveryEvents.DELIVERING);
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED", "2 PERMANENT SCHEDULED");
    jdbc.update("UPDATE instance SET status = 'Released', sub_status = 'Released' WHERE instance_id = ?", instanceId);

    runDueUntilStarted(instanceId, 2, oldEnd.plusSeconds(1));
    DeliveryEvent failed = awaitOutcome(account + 2, DeliveryEvents.FAILED);
    assertThat(failed.isPartial()).isTrue();
    assertThat(failed.getReason()).contains("Released");
    assertThat(historyOf(instanceId)).containsExactly("1 PERMANENT APPLIED", "2 PERMANENT FAILED");
    assertThat(modifyTasksOf(instanceId)).isZero();
    assertThat(renewalsOf(instanceId)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT due_at FROM instance_spec WHERE instance_id = ? AND version = 2",
        java.sql.Timestamp.class, instanceId)).as("nothing left to do").isNull();
  }
}
