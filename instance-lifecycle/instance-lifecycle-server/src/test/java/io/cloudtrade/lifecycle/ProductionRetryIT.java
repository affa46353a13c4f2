package io.cloudtrade.lifecycle;

import static io.cloudtrade.lifecycle.LifecycleFixtures.await;
import static io.cloudtrade.lifecycle.LifecycleFixtures.newAccount;
import static io.cloudtrade.lifecycle.LifecycleFixtures.paidNew;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.infra.embedded.SharedInfrastructure;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.PageRequest;
import io.cloudtrade.lifecycle.api.InstanceStatus;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.LifecycleErrors;
import io.cloudtrade.lifecycle.api.LifecycleOperations;
import io.cloudtrade.lifecycle.api.ProductionAck;
import io.cloudtrade.lifecycle.api.ProductionCallback;
import io.cloudtrade.lifecycle.api.ProductionEvents;
import io.cloudtrade.lifecycle.api.ProductionNotification;
import io.cloudtrade.lifecycle.api.StuckWork;
import io.cloudtrade.lifecycle.application.CarryOutOrder;
import io.cloudtrade.lifecycle.application.DueSpecWork;
import io.cloudtrade.lifecycle.application.ResendProduction;
import io.cloudtrade.lifecycle.persistence.InstanceSpecMapper;
import io.cloudtrade.lifecycle.persistence.InstanceSpecRow;
import io.cloudtrade.lifecycle.persistence.ProductionTaskMapper;
import io.cloudtrade.lifecycle.persistence.ProductionTaskRow;
import io.cloudtrade.order.api.OrderPaidEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
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
import org.springframework.stereotype.Component;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Production notifications nobody acknowledges (product {@link #PRODUCT} has no control plane; the
 * test acknowledges, or does not, itself): sent again with backoff by {@link DueSpecWork} run at
 * instants the test chooses, stuck after {@code max-attempts}, listed and re-armed through {@link
 * LifecycleOperations} over Dubbo, settled by a late acknowledgement over {@link ProductionCallback}.
 * The poller runs only once at start-up (poll-interval 1h) and every wait is hours long, so nothing
 * but the test's own calls sends anything; the notifications published are captured from the broker.
 */
@SpringBootTest(classes = {LifecycleServerApplication.class, ProductionRetryIT.Clients.class},
    properties = {"spring.config.name=" + LifecycleServerApplication.CONFIG_NAME,
        "cloudtrade.lifecycle.due-work.poll-interval=1h",
        "cloudtrade.lifecycle.due-work.resend-after=1h",
        "cloudtrade.lifecycle.due-work.max-resend-interval=4h",
        "cloudtrade.lifecycle.due-work.max-attempts=4",
        "cloudtrade.lifecycle.due-work.batch-size=1000"})
class ProductionRetryIT {
  static final String PRODUCT = "itretry";
  static final Duration HOUR = Duration.ofHours(1);

  static io.cloudtrade.support.Events capture;
  static final List<ProductionNotification> notifications = new CopyOnWriteArrayList<>();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    SharedInfrastructure.properties().forEach((k, v) -> registry.add(k, () -> v));
  }

  @BeforeAll
  static void captureNotifications() throws Exception {
    capture = new io.cloudtrade.support.Events(SharedInfrastructure.get().rocketMqNameServer(), "production-retry-it");
    capture.subscribe("capture", ProductionEvents.TOPIC, PRODUCT, ProductionNotification.class, notifications::add);
  }

  @AfterAll
  static void stopCapture() {
    if (capture != null) {
      capture.destroy();
    }
  }

  /** Dubbo consumers of the server's exports: every call goes through ZooKeeper and TCP. */
  @TestConfiguration
  @Component
  static class Clients {
    @DubboReference LifecycleOperations operations;
    @DubboReference ProductionCallback callback;
  }

  @Autowired Clients clients;
  @Autowired CarryOutOrder orders;
  @Autowired DueSpecWork dueWork;
  @Autowired InstanceSpecMapper specs;
  @Autowired ProductionTaskMapper tasks;
  @Autowired MeterRegistry meters;

  @Test
  void aCreationNeverAcknowledgedIsSentAgainWithGrowingGapsThenStuckThenRetriedByAnOperator() {
    long account = newAccount();
    String instanceId = "i-retry-" + account;
    orders.on(paid(account, account + 1, instanceId));
    InstanceSpecRow created = version(instanceId, 1);
    assertThat(created.dueAt).isEqualTo(created.createdTime.plus(HOUR));
    assertThat(sent(instanceId)).hasSize(1);

    // not yet due: nothing
    dueWork.runDue(created.dueAt.minusMillis(1));
    assertThat(sent(instanceId)).hasSize(1);

    // due: sent again; the next wait doubles (1h, 2h), then stays at the longest (4h)
    Instant due = created.dueAt;
    List<Duration> gaps = new java.util.ArrayList<>();
    for (int attempt = 2; attempt <= 4; attempt++) {
      dueWork.runDue(due);
      InstanceSpecRow v = version(instanceId, 1);
      assertThat(sent(instanceId)).hasSize(attempt);
      assertThat(v.resends).isEqualTo(attempt - 1);
      assertThat(v.stuckAt).isNull();
      gaps.add(Duration.between(due, v.dueAt));
      due = v.dueAt;
    }
    assertThat(gaps).containsExactly(Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(4));
    assertThat(sent(instanceId)).extracting(t -> t.action).containsOnly("CREATE");
    assertThat(sent(instanceId)).extracting(t -> t.specVersion).containsOnly(1);

    // the fourth is the last: when it is due, the work is stuck, and nothing more is sent
    double alertsBefore = alerts("CREATE");
    dueWork.runDue(due);
    InstanceSpecRow stuck = version(instanceId, 1);
    assertThat(stuck.dueAt).isNull();
    assertThat(stuck.stuckAt).isEqualTo(due);
    assertThat(stuck.status).isEqualTo("PENDING");
    assertThat(alerts("CREATE")).isEqualTo(alertsBefore + 1);
    assertThat(meters.get(ResendProduction.STUCK).gauge().value()).isGreaterThanOrEqualTo(1);
    dueWork.runDue(due.plus(Duration.ofDays(30)));
    assertThat(sent(instanceId)).hasSize(4);
    List<ProductionNotification> published = awaitNotifications(instanceId, 4);
    assertThat(published).extracting(ProductionNotification::getNotificationId)
        .containsExactlyInAnyOrderElementsOf(sent(instanceId).stream().map(t -> t.notificationId).toList());
    assertThat(published).allSatisfy(n -> {
      assertThat(n.getAction()).isEqualTo("CREATE");
      assertThat(n.getSpecVersion()).isEqualTo(1);
      assertThat(n.getOrderId()).isEqualTo(account + 1);
    });

    // still Creating, listed for an operator
    assertThat(version(instanceId, 1).status).isEqualTo("PENDING");
    StuckWork listed = listed(instanceId);
    assertThat(listed).isNotNull();
    assertThat(listed.getOrderId()).isEqualTo(account + 1);
    assertThat(listed.getProductCode()).isEqualTo(PRODUCT);
    assertThat(listed.getRegion()).isEqualTo("cn-hangzhou");
    assertThat(listed.getAction()).isEqualTo("CREATE");
    assertThat(listed.getSpecVersion()).isEqualTo(1);
    assertThat(listed.getAttempts()).isEqualTo(4);
    assertThat(listed.getStuckSince()).isEqualTo(due);
    assertThat(listed.getFirstSentAt()).isEqualTo(sent(instanceId).get(0).sentAt);
    assertThat(listed.getLastSentAt()).isEqualTo(sent(instanceId).get(3).sentAt);

    // an operator retries: attempts from one, sent now, due again, no longer listed
    StuckWork retried = clients.operations.retryStuckWork(instanceId).value();
    assertThat(retried.getAttempts()).isEqualTo(1);
    assertThat(retried.getStuckSince()).isNull();
    assertThat(sent(instanceId)).hasSize(5);
    InstanceSpecRow rearmed = version(instanceId, 1);
    assertThat(rearmed.resends).isZero();
    assertThat(rearmed.stuckAt).isNull();
    assertThat(rearmed.dueAt).isNotNull();
    assertThat(listed(instanceId)).isNull();
    assertThat(clients.operations.retryStuckWork(instanceId).code()).isEqualTo(LifecycleErrors.STUCK_WORK_NOT_FOUND);
    assertThat(clients.operations.retryStuckWork("i-unknown-" + account).code()).isEqualTo(LifecycleErrors.INSTANCE_NOT_FOUND);
    ProductionNotification again = awaitNotifications(instanceId, 5).stream()
        .filter(n -> n.getNotificationId().equals(sent(instanceId).get(4).notificationId)).findFirst().orElseThrow();

    // the control plane answers the new notification: Normal, nothing due any more
    InstanceView normal = clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId)
        .setNotificationId(again.getNotificationId()).setSuccess(true).setResourceId("r-retry-" + account)).value();
    assertThat(normal.getStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(version(instanceId, 1).status).isEqualTo("APPLIED");
    assertThat(version(instanceId, 1).dueAt).isNull();
    dueWork.runDue(rearmed.dueAt.plus(Duration.ofDays(30)));
    assertThat(sent(instanceId)).hasSize(5);
    assertThat(clients.operations.retryStuckWork(instanceId).code()).isEqualTo(LifecycleErrors.STUCK_WORK_NOT_FOUND);
  }

  @Test
  void aLateAcknowledgementOfStuckWorkStillSettlesIt() {
    long account = newAccount();
    String instanceId = "i-late-" + account;
    orders.on(paid(account, account + 1, instanceId));
    Instant stuckAt = runUntilStuck(instanceId, 1);
    assertThat(stuckAt).isNotNull();
    assertThat(listed(instanceId)).isNotNull();

    // the first notification's acknowledgement, very late
    ProductionTaskRow first = sent(instanceId).get(0);
    InstanceView normal = clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId)
        .setNotificationId(first.notificationId).setSuccess(true).setResourceId("r-late-" + account)).value();
    assertThat(normal.getStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(normal.getResourceId()).isEqualTo("r-late-" + account);
    assertThat(listed(instanceId)).isNull();

    // a change of its specification that is never acknowledged goes the same way, as MODIFY
    orders.on(paid(account, account + 2, instanceId).setOrderType("Upgrade").setBaseSpecVersion(1)
        .setConfig(Map.of("cpu", "4", "memory", "8")).setPaidAt(Instant.now()));
    InstanceSpecRow upgrade = version(instanceId, 2);
    assertThat(upgrade.status).isEqualTo("PENDING");
    dueWork.runDue(upgrade.dueAt);
    assertThat(Duration.between(upgrade.dueAt, version(instanceId, 2).dueAt)).isEqualTo(Duration.ofHours(2));
    runUntilStuck(instanceId, 2);
    StuckWork modify = listed(instanceId);
    assertThat(modify.getAction()).isEqualTo("MODIFY");
    assertThat(modify.getSpecVersion()).isEqualTo(2);
    assertThat(modify.getOrderId()).isEqualTo(account + 2);
    assertThat(modify.getAttempts()).isEqualTo(4);
    ProductionTaskRow anyModify = sent(instanceId).stream().filter(t -> "MODIFY".equals(t.action)).findFirst().orElseThrow();
    InstanceView upgraded = clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId)
        .setNotificationId(anyModify.notificationId).setSuccess(true)).value();
    assertThat(upgraded.getSpecVersion()).isEqualTo(2);
    assertThat(listed(instanceId)).isNull();
  }

  @Test
  void twoPollersRacingOnTheSameDueWorkSendItOnce() throws Exception {
    long account = newAccount();
    String instanceId = "i-race-" + account;
    orders.on(paid(account, account + 1, instanceId));
    Instant due = version(instanceId, 1).dueAt;

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 4; round++) { // three re-sends, then the stuck marking, each raced
        CountDownLatch start = new CountDownLatch(1);
        Instant at = due;
        List<Future<Integer>> runs = List.of(pool.submit(() -> {
          start.await();
          return dueWork.runDue(at);
        }), pool.submit(() -> {
          start.await();
          return dueWork.runDue(at);
        }));
        start.countDown();
        for (Future<Integer> run : runs) {
          run.get(60, TimeUnit.SECONDS);
        }
        InstanceSpecRow v = version(instanceId, 1);
        if (round < 3) {
          assertThat(sent(instanceId)).hasSize(round + 2);
          assertThat(v.resends).isEqualTo(round + 1);
          due = v.dueAt;
        } else {
          assertThat(sent(instanceId)).hasSize(4);
          assertThat(v.stuckAt).isEqualTo(due);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(awaitNotifications(instanceId, 4)).hasSize(4);
    clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId).setSuccess(true)
        .setResourceId("r-race-" + account)).value();
  }

  /** Runs the due work of the instance's version at its due times until it is stuck; its stuck time. */
  Instant runUntilStuck(String instanceId, int version) {
    for (int i = 0; i < 10; i++) {
      InstanceSpecRow v = version(instanceId, version);
      if (v.stuckAt != null && v.dueAt == null) {
        return v.stuckAt;
      }
      dueWork.runDue(v.dueAt);
    }
    throw new AssertionError("version " + version + " of " + instanceId + " never got stuck");
  }

  static OrderPaidEvent paid(long account, long order, String instanceId) {
    return paidNew(account, order, instanceId, PRODUCT, Map.of("cpu", "2", "memory", "4"), Instant.now());
  }

  InstanceSpecRow version(String instanceId, int version) {
    return specs.findLive(instanceId, version);
  }

  /** Every notification recorded for the instance, first first. */
  List<ProductionTaskRow> sent(String instanceId) {
    return tasks.findByInstance(instanceId);
  }

  StuckWork listed(String instanceId) {
    Outcome<io.cloudtrade.kernel.Page<StuckWork>> page = clients.operations.listStuckWork(PageRequest.of(1, PageRequest.MAX_PAGE_SIZE));
    return page.value().items().stream().filter(w -> w.getInstanceId().equals(instanceId)).findFirst().orElse(null);
  }

  double alerts(String action) {
    var counter = meters.find(ResendProduction.STUCK_ALERTS).tag("action", action).counter();
    return counter == null ? 0 : counter.count();
  }

  static List<ProductionNotification> awaitNotifications(String instanceId, int count) {
    return await("notifications of " + instanceId,
        () -> notifications.stream().filter(n -> n.getInstanceId().equals(instanceId)).toList(), l -> l.size() >= count);
  }

}
