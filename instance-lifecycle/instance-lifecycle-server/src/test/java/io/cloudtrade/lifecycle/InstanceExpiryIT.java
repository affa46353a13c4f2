package io.cloudtrade.lifecycle;

import static io.cloudtrade.lifecycle.LifecycleFixtures.PATIENCE;
import static io.cloudtrade.lifecycle.LifecycleFixtures.newAccount;
import static io.cloudtrade.lifecycle.LifecycleFixtures.paidNew;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.infra.embedded.SharedInfrastructure;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.lifecycle.api.InstanceQuery;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceStatus;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.ProductionAck;
import io.cloudtrade.lifecycle.api.ProductionCallback;
import io.cloudtrade.lifecycle.api.ProductionEvents;
import io.cloudtrade.lifecycle.api.ProductionNotification;
import io.cloudtrade.lifecycle.application.CarryOutOrder;
import io.cloudtrade.kernel.PageRequest;
import io.cloudtrade.lifecycle.api.LifecycleErrors;
import io.cloudtrade.lifecycle.api.StuckWork;
import io.cloudtrade.lifecycle.application.DueInstanceWork;
import io.cloudtrade.lifecycle.application.ResendLifecycleAction;
import io.cloudtrade.lifecycle.application.StuckProductionWork;
import io.cloudtrade.order.api.OrderPaidEvent;
import io.cloudtrade.support.Events;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * The expiry of subscription instances ({@link DueInstanceWork}) against a real MariaDB, ZooKeeper
 * and broker, with the default settings (WaitForExpire 3 days before the end, Expired and STOP at
 * the end, Released and RELEASE 15 days after). The job is run at chosen instants, as a poller on a
 * controllable clock would run it; the poller's own expiry runs are off here, so the wall clock
 * never interferes. Product {@link #PRODUCT} has no control plane: the test watches its
 * notifications and acknowledges them itself, over Dubbo.
 */
@SpringBootTest(classes = {LifecycleServerApplication.class, InstanceExpiryIT.Clients.class},
    properties = {"spring.config.name=" + LifecycleServerApplication.CONFIG_NAME,
        "cloudtrade.lifecycle.expiry.enabled=false"})
class InstanceExpiryIT {
  static final String PRODUCT = "itexpiry";

  static Events capture;
  static final List<ProductionNotification> notifications = new CopyOnWriteArrayList<>();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    SharedInfrastructure.properties().forEach((k, v) -> registry.add(k, () -> v));
  }

  @BeforeAll
  static void captureNotifications() throws Exception {
    capture = new Events(SharedInfrastructure.get().rocketMqNameServer(), "expiry-it");
    capture.subscribe("capture", ProductionEvents.TOPIC, PRODUCT, ProductionNotification.class, notifications::add);
  }

  @AfterAll
  static void stopCapture() {
    if (capture != null) {
      capture.destroy();
    }
  }

  /** Dubbo consumers of the server's exports. */
  @TestConfiguration
  @Component
  static class Clients {
    @DubboReference InstanceService instances;
    @DubboReference ProductionCallback callback;
  }

  @Autowired Clients clients;
  @Autowired CarryOutOrder orders;
  @Autowired DueInstanceWork expiry;
  @Autowired ResendLifecycleAction actionResends;
  @Autowired StuckProductionWork stuckWork;
  @Autowired JdbcTemplate jdbc;

  static OrderPaidEvent paid(long account, long order, String instanceId, Instant paidAt) {
    return paidNew(account, order, instanceId, PRODUCT, Map.of("cpu", "2"), paidAt);
  }

  static OrderPaidEvent renewal(long account, long order, String instanceId, Instant paidAt) {
    return paid(account, order, instanceId, paidAt).setOrderType("Renew");
  }

  /** A Normal subscription of one month paid at {@code paidAt}, produced (acknowledged) at once. */
  InstanceView normalInstance(long account, String instanceId, Instant paidAt) {
    orders.on(paid(account, account + 1, instanceId, paidAt));
    return clients.callback.acknowledgeProduction(
        new ProductionAck().setInstanceId(instanceId).setSuccess(true).setResourceId("r-" + instanceId)).value();
  }

  InstanceView instance(long account, String instanceId) {
    return clients.instances.getInstance(account, instanceId).value();
  }

  /** Runs the job at {@code at} until nothing more is due then (other tests' instances may be due too). */
  void runDue(Instant at) {
    for (int i = 0; i < 100 && expiry.runDue(at) > 0; i++) {
      // next batch
    }
  }

  long tasks(String instanceId, String action) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM production_task WHERE instance_id = ? AND action = ?", Long.class,
        instanceId, action);
  }

  /** The notifications of the instance with this action, once at least {@code count} arrived. */
  List<ProductionNotification> awaitNotifications(String instanceId, String action, int count) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (true) {
      List<ProductionNotification> seen = notifications.stream()
          .filter(n -> n.getInstanceId().equals(instanceId) && action.equals(n.getAction())).toList();
      if (seen.size() >= count) {
        return seen;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(count + " " + action + " of " + instanceId + " not seen within " + PATIENCE + ": " + seen);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  InstanceView acknowledge(String instanceId, String notificationId, boolean success) {
    return clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId)
        .setNotificationId(notificationId).setSuccess(success).setReason(success ? null : "simulated failure")).value();
  }

  @Test
  void aSubscriptionExpiresIsStoppedRenewedStartedExpiresAgainAndIsReleased() {
    long account = newAccount();
    String instanceId = "i-life-" + account;
    Instant end = Instant.parse("2030-02-10T00:00:00Z");
    InstanceView v = normalInstance(account, instanceId, Instant.parse("2030-01-10T00:00:00Z"));
    assertThat(v.getStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(v.getEndTime()).isEqualTo(end);
    assertThat(v.getReleaseTime()).isNull();

    // three days before the end: WaitForExpire, not a moment earlier
    Instant warn = end.minus(Duration.ofDays(3));
    runDue(warn.minusMillis(1));
    assertThat(instance(account, instanceId).getStatus()).isEqualTo(InstanceStatus.NORMAL);
    runDue(warn);
    v = instance(account, instanceId);
    assertThat(v.getStatus()).isEqualTo(InstanceStatus.WAIT_FOR_EXPIRE);
    assertThat(v.getSubStatus()).isEqualTo(InstanceStatus.WAIT_FOR_EXPIRE);
    assertThat(tasks(instanceId, "STOP")).isZero();

    // at the end: Expired (Stopped), the control plane is told STOP, the release time is shown
    runDue(end);
    v = instance(account, instanceId);
    assertThat(v.getStatus()).isEqualTo(InstanceStatus.EXPIRED);
    assertThat(v.getSubStatus()).isEqualTo(InstanceStatus.SUB_STATUS_STOPPED);
    assertThat(v.getExpectedReleaseTime()).isEqualTo(end.plus(Duration.ofDays(15)));
    assertThat(v.getReleaseTime()).isNull();
    assertThat(v.getStopTime()).isEqualTo(end);
    ProductionNotification stop = awaitNotifications(instanceId, "STOP", 1).get(0);
    assertThat(stop.getOrderId()).isZero();
    assertThat(stop.getSpec()).isEqualTo(Map.of("cpu", "2"));
    assertThat(acknowledge(instanceId, stop.getNotificationId(), true).getStatus()).isEqualTo(InstanceStatus.EXPIRED);
    assertThat(jdbc.queryForObject("SELECT outcome FROM production_task WHERE notification_id = ?", String.class,
        stop.getNotificationId())).isEqualTo("SUCCESS");
    // the same acknowledgement again: unchanged; a contradicting one: rejected
    assertThat(acknowledge(instanceId, stop.getNotificationId(), true).getStatus()).isEqualTo(InstanceStatus.EXPIRED);
    assertThat(clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId)
        .setNotificationId(stop.getNotificationId()).setSuccess(false).setReason("late")).isOk()).isFalse();

    // renewed two days after the end: Normal again from the payment, the control plane is told START
    Instant renewedAt = end.plus(Duration.ofDays(2));
    orders.on(renewal(account, account + 2, instanceId, renewedAt));
    Instant newEnd = Instant.parse("2030-03-12T00:00:00Z");
    v = instance(account, instanceId);
    assertThat(v.getStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(v.getSubStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(v.getEndTime()).isEqualTo(newEnd);
    assertThat(v.getExpectedReleaseTime()).isNull();
    assertThat(v.getStopTime()).isNull();
    ProductionNotification start = awaitNotifications(instanceId, "START", 1).get(0);
    assertThat(start.getOrderId()).isEqualTo(account + 2);
    acknowledge(instanceId, start.getNotificationId(), true);
    // the old release time is gone: nothing happens there
    runDue(end.plus(Duration.ofDays(15)));
    assertThat(instance(account, instanceId).getStatus()).isEqualTo(InstanceStatus.NORMAL);

    // expires again: WaitForExpire, Expired (a second STOP, whose failure is only an alert)
    runDue(newEnd.minus(Duration.ofDays(3)));
    assertThat(instance(account, instanceId).getStatus()).isEqualTo(InstanceStatus.WAIT_FOR_EXPIRE);
    runDue(newEnd);
    assertThat(instance(account, instanceId).getStatus()).isEqualTo(InstanceStatus.EXPIRED);
    ProductionNotification secondStop = awaitNotifications(instanceId, "STOP", 2).get(1);
    assertThat(acknowledge(instanceId, secondStop.getNotificationId(), false).getStatus()).isEqualTo(InstanceStatus.EXPIRED);
    assertThat(jdbc.queryForObject("SELECT outcome FROM production_task WHERE notification_id = ?", String.class,
        secondStop.getNotificationId())).isEqualTo("FAILURE");

    // released at the end plus 15 days, not a moment earlier; the control plane is told RELEASE
    Instant release = newEnd.plus(Duration.ofDays(15));
    runDue(release.minusMillis(1));
    assertThat(instance(account, instanceId).getStatus()).isEqualTo(InstanceStatus.EXPIRED);
    runDue(release);
    v = instance(account, instanceId);
    assertThat(v.getStatus()).isEqualTo(InstanceStatus.RELEASED);
    assertThat(v.getSubStatus()).isEqualTo(InstanceStatus.RELEASED);
    assertThat(v.getReleaseTime()).isEqualTo(release);
    assertThat(v.getExpectedReleaseTime()).isNull();
    assertThat(v.getEndTime()).isEqualTo(newEnd);
    assertThat(v.getStopTime()).isEqualTo(newEnd);
    ProductionNotification released = awaitNotifications(instanceId, "RELEASE", 1).get(0);
    assertThat(released.getOrderId()).isZero();
    assertThat(acknowledge(instanceId, released.getNotificationId(), true).getStatus()).isEqualTo(InstanceStatus.RELEASED);

    // a renewal that arrives now is refused: the instance stays Released
    orders.on(renewal(account, account + 3, instanceId, release.plus(Duration.ofDays(1))));
    v = instance(account, instanceId);
    assertThat(v.getStatus()).isEqualTo(InstanceStatus.RELEASED);
    assertThat(v.getEndTime()).isEqualTo(newEnd);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM instance_renewal WHERE instance_id = ?", Long.class, instanceId))
        .isEqualTo(1);
    assertThat(tasks(instanceId, "START")).isEqualTo(1);
    assertThat(tasks(instanceId, "STOP")).isEqualTo(2);
    assertThat(tasks(instanceId, "RELEASE")).isEqualTo(1);

    // the status filter takes a comma-separated list
    Page<InstanceView> releasedOrExpired = clients.instances.queryInstances(new InstanceQuery().setAccountId(account)
        .setStatus("Expired, Released")).value();
    assertThat(releasedOrExpired.items()).extracting(InstanceView::getInstanceId).containsExactly(instanceId);
    assertThat(releasedOrExpired.items().get(0).getReleaseTime()).isEqualTo(release);
    assertThat(clients.instances.queryInstances(new InstanceQuery().setAccountId(account).setStatus("Normal,Expired"))
        .value().totalCount()).isZero();
    assertThat(clients.instances.queryInstances(new InstanceQuery().setAccountId(account).setStatus("Running")).isOk())
        .isFalse();
  }

  Instant taskDueAt(String notificationId) {
    LocalDateTime due = jdbc.queryForObject("SELECT due_at FROM production_task WHERE notification_id = ?",
        LocalDateTime.class, notificationId);
    return due == null ? null : due.toInstant(ZoneOffset.UTC);
  }

  int taskResends(String notificationId) {
    return jdbc.queryForObject("SELECT resends FROM production_task WHERE notification_id = ?", Integer.class,
        notificationId);
  }

  List<StuckWork> stuckOf(String instanceId) {
    return stuckWork.list(PageRequest.of(1, 100)).value().items().stream()
        .filter(w -> w.getInstanceId().equals(instanceId)).toList();
  }

  @Test
  void anUnacknowledgedStopIsSentAgainWithBackoffThenStuckForAnOperator() {
    long account = newAccount();
    String instanceId = "i-stop-again-" + account;
    Instant end = Instant.parse("2032-02-10T00:00:00Z");
    normalInstance(account, instanceId, Instant.parse("2032-01-10T00:00:00Z"));
    runDue(end);
    ProductionNotification stop = awaitNotifications(instanceId, "STOP", 1).get(0);
    Instant firstDue = taskDueAt(stop.getNotificationId());
    assertThat(firstDue).isNotNull();

    // not before it is due
    actionResends.runDue(firstDue.minusMillis(1));
    assertThat(taskResends(stop.getNotificationId())).isZero();
    // then the same notification again: same id, same sequence; next look twice as late (2 min)
    actionResends.runDue(firstDue);
    assertThat(taskResends(stop.getNotificationId())).isEqualTo(1);
    assertThat(taskDueAt(stop.getNotificationId())).isEqualTo(firstDue.plus(Duration.ofMinutes(2)));
    List<ProductionNotification> copies = awaitNotifications(instanceId, "STOP", 2);
    assertThat(copies).extracting(ProductionNotification::getNotificationId).containsOnly(stop.getNotificationId());
    assertThat(copies).extracting(ProductionNotification::getSequence).containsOnly(stop.getSequence());
    assertThat(tasks(instanceId, "STOP")).isEqualTo(1);

    // eight sends in all (default max-attempts), then stuck: listed, no longer due
    Instant later = firstDue;
    for (int day = 1; day <= 7; day++) { // six more sends, then the eighth is found unacknowledged
      later = firstDue.plus(Duration.ofDays(day));
      actionResends.runDue(later);
    }
    assertThat(taskResends(stop.getNotificationId())).isEqualTo(7);
    assertThat(taskDueAt(stop.getNotificationId())).isNull();
    awaitNotifications(instanceId, "STOP", 8);
    List<StuckWork> stuck = stuckOf(instanceId);
    assertThat(stuck).hasSize(1);
    assertThat(stuck.get(0).getAction()).isEqualTo("STOP");
    assertThat(stuck.get(0).getAttempts()).isEqualTo(8);
    assertThat(stuck.get(0).getOrderId()).isZero();
    assertThat(stuck.get(0).getStuckSince()).isEqualTo(later);

    // an operator retries: sent at once, due again; the acknowledgement settles it
    assertThat(stuckWork.retry(instanceId).isOk()).isTrue();
    awaitNotifications(instanceId, "STOP", 9);
    assertThat(stuckOf(instanceId)).isEmpty();
    assertThat(taskDueAt(stop.getNotificationId())).isNotNull();
    assertThat(stuckWork.retry(instanceId).code()).isEqualTo(LifecycleErrors.STUCK_WORK_NOT_FOUND);
    acknowledge(instanceId, stop.getNotificationId(), true);
    assertThat(taskDueAt(stop.getNotificationId())).isNull();
    assertThat(jdbc.queryForObject("SELECT outcome FROM production_task WHERE notification_id = ?", String.class,
        stop.getNotificationId())).isEqualTo("SUCCESS");
  }

  @Test
  void aRenewalSupersedesAnUnacknowledgedStop() {
    long account = newAccount();
    String instanceId = "i-stop-moot-" + account;
    Instant end = Instant.parse("2033-02-10T00:00:00Z");
    normalInstance(account, instanceId, Instant.parse("2033-01-10T00:00:00Z"));
    runDue(end);
    ProductionNotification stop = awaitNotifications(instanceId, "STOP", 1).get(0);
    Instant stopDue = taskDueAt(stop.getNotificationId());

    orders.on(renewal(account, account + 2, instanceId, end.plus(Duration.ofDays(1))));
    ProductionNotification start = awaitNotifications(instanceId, "START", 1).get(0);
    assertThat(start.getSequence()).isGreaterThan(stop.getSequence());
    // the STOP is no longer sent again: the START stands
    assertThat(taskDueAt(stop.getNotificationId())).isNull();
    actionResends.runDue(stopDue.plus(Duration.ofHours(1)));
    assertThat(taskResends(stop.getNotificationId())).isZero();
    assertThat(taskResends(start.getNotificationId())).isEqualTo(1);
    assertThat(awaitNotifications(instanceId, "START", 2)).extracting(ProductionNotification::getNotificationId)
        .containsOnly(start.getNotificationId());
    acknowledge(instanceId, start.getNotificationId(), true);
    assertThat(taskDueAt(start.getNotificationId())).isNull();
    assertThat(stuckOf(instanceId)).isEmpty();
  }

  @Test
  void endTimesFarInTheFutureAreKeptAndExpireOnTime() {
    long account = newAccount();
    String instanceId = "i-far-" + account;
    Instant end = Instant.parse("2099-02-10T00:00:00Z");
    InstanceView v = normalInstance(account, instanceId, Instant.parse("2099-01-10T00:00:00Z"));
    assertThat(v.getEndTime()).isEqualTo(end);
    runDue(end);
    v = instance(account, instanceId);
    assertThat(v.getStatus()).isEqualTo(InstanceStatus.EXPIRED);
    assertThat(v.getStopTime()).isEqualTo(end);
    assertThat(v.getExpectedReleaseTime()).isEqualTo(end.plus(Duration.ofDays(15)));
  }

  @Test
  void payAsYouGoInstancesAreReleasedAllOrNone() {
    long account = newAccount();
    String payg = "i-payg-a-" + account;
    String other = "i-payg-b-" + account;
    String subscription = "i-payg-sub-" + account;
    Instant paidAt = Instant.parse("2031-05-10T00:00:00Z");
    for (String id : List.of(payg, other)) {
      orders.on(paid(account, account + (id.equals(payg) ? 1 : 2), id, paidAt).setSubscriptionType("PayAsYouGo")
          .setPeriodUnit("Hour"));
      clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(id).setSuccess(true).setResourceId("r-" + id))
          .value();
    }
    orders.on(paid(account, account + 3, subscription, paidAt));
    clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(subscription).setSuccess(true)
        .setResourceId("r-s")).value();

    // a subscription among them, an unknown id, a blank list: nothing is released
    var refused = clients.instances.releasePayAsYouGo(account, List.of(payg, subscription));
    assertThat(refused.code()).isEqualTo(LifecycleErrors.NOT_PAY_AS_YOU_GO);
    assertThat(refused.message()).contains(subscription);
    assertThat(clients.instances.releasePayAsYouGo(account, List.of(payg, "i-nope")).code())
        .isEqualTo(LifecycleErrors.INSTANCE_NOT_FOUND);
    assertThat(clients.instances.releasePayAsYouGo(account + 99, List.of(payg)).code())
        .isEqualTo(LifecycleErrors.INSTANCE_NOT_FOUND);
    assertThat(clients.instances.releasePayAsYouGo(account, List.of()).isOk()).isFalse();
    assertThat(instance(account, payg).getStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(tasks(payg, "RELEASE")).isZero();

    Instant before = Instant.now().minusSeconds(1);
    assertThat(clients.instances.releasePayAsYouGo(account, List.of(payg, other)).value()).isEqualTo(2);
    InstanceView v = instance(account, payg);
    assertThat(v.getStatus()).isEqualTo(InstanceStatus.RELEASED);
    assertThat(v.getReleaseTime()).isAfter(before);
    ProductionNotification release = awaitNotifications(payg, "RELEASE", 1).get(0);
    assertThat(release.getOrderId()).isZero();
    assertThat(taskDueAt(release.getNotificationId())).isNotNull();
    awaitNotifications(other, "RELEASE", 1);

    // again (a client retrying): nothing more to do, no second RELEASE
    assertThat(clients.instances.releasePayAsYouGo(account, List.of(payg)).value()).isZero();
    assertThat(tasks(payg, "RELEASE")).isEqualTo(1);
    assertThat(acknowledge(payg, release.getNotificationId(), true).getStatus()).isEqualTo(InstanceStatus.RELEASED);
    assertThat(taskDueAt(release.getNotificationId())).isNull();
    assertThat(instance(account, subscription).getStatus()).isEqualTo(InstanceStatus.NORMAL);
  }

  @Test
  void twoNodesRunningTheJobAtOnceActOncePerInstance() throws Exception {
    long account = newAccount();
    String stepwise = "i-twice-a-" + account;
    String later = "i-twice-b-" + (account + 10);
    String payg = "i-twice-c-" + (account + 20);
    Instant paidAt = Instant.parse("2031-01-10T00:00:00Z");
    Instant end = Instant.parse("2031-02-10T00:00:00Z");
    normalInstance(account, stepwise, paidAt);
    // ends ten days later: WaitForExpire and Expired both fall due before the third run, its release at the fourth
    normalInstance(account + 10, later, Instant.parse("2031-01-20T00:00:00Z"));
    Instant laterRelease = Instant.parse("2031-03-07T00:00:00Z");
    orders.on(paid(account + 20, account + 21, payg, paidAt).setSubscriptionType("PayAsYouGo").setPeriodUnit("Hour"));
    clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(payg).setSuccess(true).setResourceId("r-p"))
        .value();

    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      // never renewed: the first instance step by step, the second two steps in one run, then released
      for (Instant at : List.of(end.minus(Duration.ofDays(3)), end, end.plus(Duration.ofDays(15)), laterRelease)) {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<?>> runs = List.of(
            nodes.submit(() -> runTogether(together, at)), nodes.submit(() -> runTogether(together, at)));
        for (Future<?> run : runs) {
          run.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
        if (at.equals(end.minus(Duration.ofDays(3)))) {
          assertThat(instance(account, stepwise).getStatus()).isEqualTo(InstanceStatus.WAIT_FOR_EXPIRE);
        } else if (at.equals(end)) {
          assertThat(instance(account, stepwise).getStatus()).isEqualTo(InstanceStatus.EXPIRED);
          assertThat(instance(account + 10, later).getStatus()).isEqualTo(InstanceStatus.NORMAL);
        } else if (at.equals(end.plus(Duration.ofDays(15)))) {
          assertThat(instance(account, stepwise).getStatus()).isEqualTo(InstanceStatus.RELEASED);
          assertThat(instance(account + 10, later).getStatus()).isEqualTo(InstanceStatus.EXPIRED);
        }
      }
    } finally {
      nodes.shutdownNow();
    }

    for (String instanceId : List.of(stepwise, later)) {
      long owner = instanceId.equals(stepwise) ? account : account + 10;
      assertThat(instance(owner, instanceId).getStatus()).as(instanceId).isEqualTo(InstanceStatus.RELEASED);
      assertThat(tasks(instanceId, "STOP")).as(instanceId).isEqualTo(1);
      assertThat(tasks(instanceId, "RELEASE")).as(instanceId).isEqualTo(1);
      assertThat(awaitNotifications(instanceId, "RELEASE", 1)).hasSize(1);
    }
    // pay-as-you-go has no end: never touched
    assertThat(instance(account + 20, payg).getStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM production_task WHERE instance_id = ?", Long.class, payg))
        .isEqualTo(1);
  }

  private Void runTogether(CyclicBarrier together, Instant at) throws Exception {
    together.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    runDue(at);
    return null;
  }
}
