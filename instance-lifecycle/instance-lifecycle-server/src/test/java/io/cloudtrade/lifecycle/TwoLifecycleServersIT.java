package io.cloudtrade.lifecycle;

import static io.cloudtrade.lifecycle.LifecycleFixtures.newAccount;
import static io.cloudtrade.lifecycle.LifecycleFixtures.paidNew;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.infra.embedded.SharedInfrastructure;
import io.cloudtrade.kernel.PageRequest;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceStatus;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.LifecycleOperations;
import io.cloudtrade.lifecycle.api.ProductionAck;
import io.cloudtrade.lifecycle.api.ProductionCallback;
import io.cloudtrade.lifecycle.api.ProductionEvents;
import io.cloudtrade.lifecycle.api.ProductionNotification;
import io.cloudtrade.lifecycle.api.StuckWork;
import io.cloudtrade.lifecycle.application.CarryOutOrder;
import io.cloudtrade.lifecycle.application.DueInstanceWork;
import io.cloudtrade.lifecycle.application.DueSpecWork;
import io.cloudtrade.lifecycle.domain.ServicePeriod;
import io.cloudtrade.lifecycle.persistence.InstanceSpecMapper;
import io.cloudtrade.lifecycle.persistence.InstanceSpecRow;
import io.cloudtrade.support.Events;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 6's acceptance line "two lifecycle-server processes running the jobs at once never act twice
 * on one instance": node A is this test's application context, node B a second lifecycle server
 * started beside it (its own Dubbo port, connection pool, broker clients and node id) on the same
 * database, broker and registry, with the same settings.
 *
 * <ul>
 *   <li>Both nodes' pollers run the expiry job every 100 ms on the wall clock, over subscriptions
 *       that all end at the same moment (steps 1 s apart), so both find each step due at once.
 *   <li>Both nodes run the expiry job at the same instants (a barrier), on subscriptions ending in
 *       2033, which the pollers never see due.
 *   <li>Both nodes run the re-send job at the same instants, on creations nobody acknowledges. The
 *       re-sends are an hour apart, so no poller (neither these nor other test classes' cached
 *       contexts, which have their own re-send settings) ever finds them due on the wall clock.
 * </ul>
 *
 * Afterwards each step happened once per instance: one STOP and one RELEASE task (and exactly their
 * notification ids on the broker), exactly {@code max-attempts} sends of an unanswered creation, then
 * stuck once. Product {@link #PRODUCT} has no control plane: the test acknowledges creations itself,
 * over Dubbo (reaching either node), and never acknowledges STOP or RELEASE.
 */
@SpringBootTest(classes = {LifecycleServerApplication.class, TwoLifecycleServersIT.Clients.class},
    properties = {"spring.config.name=" + LifecycleServerApplication.CONFIG_NAME,
        TwoLifecycleServersIT.POLL, TwoLifecycleServersIT.RESEND_AFTER, TwoLifecycleServersIT.MAX_RESEND,
        TwoLifecycleServersIT.MAX_ATTEMPTS, TwoLifecycleServersIT.WARN_BEFORE, TwoLifecycleServersIT.STOP_AFTER,
        TwoLifecycleServersIT.RELEASE_AFTER})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // its fast pollers must not outlive this class
class TwoLifecycleServersIT {
  static final String PRODUCT = "itnodes";
  static final String POLL = "cloudtrade.lifecycle.due-work.poll-interval=100ms";
  static final String RESEND_AFTER = "cloudtrade.lifecycle.due-work.resend-after=1h";
  static final String MAX_RESEND = "cloudtrade.lifecycle.due-work.max-resend-interval=4h";
  static final String MAX_ATTEMPTS = "cloudtrade.lifecycle.due-work.max-attempts=4";
  static final String WARN_BEFORE = "cloudtrade.lifecycle.expiry.warn-before=PT1S";
  static final String STOP_AFTER = "cloudtrade.lifecycle.expiry.stop-after=PT0S";
  static final String RELEASE_AFTER = "cloudtrade.lifecycle.expiry.release-after=PT1S";
  static final int ATTEMPTS = 4;
  /** Generous: a loaded 2-core machine; nothing is asserted about how long anything takes. */
  static final Duration PATIENCE = Duration.ofMinutes(3);

  static Events capture;
  static final List<ProductionNotification> notifications = new CopyOnWriteArrayList<>();
  static ConfigurableApplicationContext nodeB;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    SharedInfrastructure.properties().forEach((k, v) -> registry.add(k, () -> v));
  }

  @BeforeAll
  static void startSecondNodeAndCapture() throws Exception {
    capture = new Events(SharedInfrastructure.get().rocketMqNameServer(), "two-nodes-it");
    capture.subscribe("capture", ProductionEvents.TOPIC, PRODUCT, ProductionNotification.class, notifications::add);
    List<String> args = new ArrayList<>();
    args.add("--spring.config.name=" + LifecycleServerApplication.CONFIG_NAME);
    SharedInfrastructure.properties().forEach((k, v) -> args.add("--" + k + "=" + v));
    args.add("--cloudtrade.node-id=2"); // ids (notification ids) stay unique across nodes, as in a real deployment
    for (String setting : List.of(POLL, RESEND_AFTER, MAX_RESEND, MAX_ATTEMPTS, WARN_BEFORE, STOP_AFTER, RELEASE_AFTER)) {
      args.add("--" + setting);
    }
    nodeB = new SpringApplicationBuilder(LifecycleServerApplication.class).registerShutdownHook(false)
        .run(args.toArray(String[]::new));
  }

  @AfterAll
  static void stop() {
    if (nodeB != null) {
      nodeB.close();
    }
    if (capture != null) {
      capture.destroy();
    }
  }

  /** Dubbo consumers: with two providers registered, calls reach either node. */
  @TestConfiguration
  @Component
  static class Clients {
    @DubboReference InstanceService instances;
    @DubboReference ProductionCallback callback;
    @DubboReference LifecycleOperations operations;
  }

  @Autowired Clients clients;
  @Autowired CarryOutOrder ordersA;
  @Autowired DueInstanceWork expiryA;
  @Autowired DueSpecWork specWorkA;
  @Autowired InstanceSpecMapper specs;
  @Autowired JdbcTemplate jdbc;

  CarryOutOrder ordersB() {
    return nodeB.getBean(CarryOutOrder.class);
  }

  DueInstanceWork expiryB() {
    return nodeB.getBean(DueInstanceWork.class);
  }

  @Test
  void bothPollersRunningTheExpiryJobTakeEachStepOnce() {
    long account = newAccount();
    // every subscription ends at the same moment, ~30 s from now: WaitForExpire 1 s before, Expired and STOP
    // at the end, Released and RELEASE 1 s after; both pollers find each step due at once
    Instant target = Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
    Instant paidAt = target.atOffset(ZoneOffset.UTC).minusMonths(1).toInstant();
    Instant end = ServicePeriod.extend(paidAt, 1, ServicePeriod.MONTH);
    List<String> expiring = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String instanceId = "i-nodes-" + account + "-" + i;
      // half the orders reach node A, half node B, as the order events would split between their consumers
      (i % 2 == 0 ? ordersA : ordersB()).on(paidNew(account, account * 100 + i, instanceId, PRODUCT, Map.of("cpu", "2"), paidAt));
      InstanceView v = clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId).setSuccess(true)
          .setResourceId("r-" + instanceId)).value();
      assertThat(v.getStatus()).isEqualTo(InstanceStatus.NORMAL);
      assertThat(v.getEndTime()).isEqualTo(end);
      expiring.add(instanceId);
    }
    await("every expiring instance released", () -> expiring.stream()
        .allMatch(id -> InstanceStatus.RELEASED.equals(clients.instances.getInstance(account, id).value().getStatus())));

    for (String instanceId : expiring) {
      InstanceView v = clients.instances.getInstance(account, instanceId).value();
      assertThat(v.getSubStatus()).as(instanceId).isEqualTo(InstanceStatus.RELEASED);
      assertThat(v.getEndTime()).as(instanceId).isEqualTo(end);
      assertThat(v.getReleaseTime()).as(instanceId).isAfterOrEqualTo(end.plusSeconds(1));
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM instance WHERE instance_id = ? AND next_due_at IS NULL", Long.class,
          instanceId)).as("nothing more due for " + instanceId).isEqualTo(1);
      assertStoppedThenReleasedOnce(instanceId);
    }
  }

  @Test
  void bothNodesRunningTheExpiryJobAtTheSameInstantsActOncePerInstance() throws Exception {
    long account = newAccount();
    // far in the future of the wall clock: only the test's own runs move these
    Instant paidAt = Instant.parse("2033-01-10T00:00:00Z");
    Instant end = Instant.parse("2033-02-10T00:00:00Z");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String instanceId = "i-nodes-race-" + account + "-" + i;
      (i % 2 == 0 ? ordersA : ordersB()).on(paidNew(account, account * 100 + i, instanceId, PRODUCT, Map.of("cpu", "2"), paidAt));
      clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId).setSuccess(true)
          .setResourceId("r-" + instanceId)).value();
      ids.add(instanceId);
    }

    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Instant> instants = List.of(end.minusSeconds(1), end, end.plusSeconds(1));
      List<String> expected = List.of(InstanceStatus.WAIT_FOR_EXPIRE, InstanceStatus.EXPIRED, InstanceStatus.RELEASED);
      for (int round = 0; round < instants.size(); round++) {
        Instant at = instants.get(round);
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Void>> runs = List.of(
            nodes.submit(() -> runTogether(expiryA, together, at)),
            nodes.submit(() -> runTogether(expiryB(), together, at)));
        for (Future<Void> run : runs) {
          run.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
        String status = expected.get(round);
        assertThat(ids).allSatisfy(id ->
            assertThat(clients.instances.getInstance(account, id).value().getStatus()).as(id).isEqualTo(status));
      }
    } finally {
      nodes.shutdownNow();
    }
    for (String instanceId : ids) {
      InstanceView v = clients.instances.getInstance(account, instanceId).value();
      assertThat(v.getReleaseTime()).as(instanceId).isEqualTo(end.plusSeconds(1));
      assertStoppedThenReleasedOnce(instanceId);
      assertThat(tasks(instanceId)).as(instanceId).hasSize(3); // CREATE, STOP, RELEASE
    }
  }

  @Test
  void bothNodesRunningTheResendJobAtTheSameInstantsSendEachAttemptOnce() throws Exception {
    long account = newAccount();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String instanceId = "i-nodes-quiet-" + account + "-" + i;
      (i % 2 == 0 ? ordersB() : ordersA).on(paidNew(account, account * 100 + i, instanceId, PRODUCT, Map.of("cpu", "2"),
          Instant.now()));
      ids.add(instanceId);
    }

    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      for (int round = 1; round <= ATTEMPTS; round++) { // three re-sends, then the stuck marking, each raced
        Instant at = ids.stream().map(id -> specs.findLive(id, 1).dueAt).max(Instant::compareTo).orElseThrow();
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Void>> runs = List.of(
            nodes.submit(() -> resendTogether(specWorkA, together, at)),
            nodes.submit(() -> resendTogether(nodeB.getBean(DueSpecWork.class), together, at)));
        for (Future<Void> run : runs) {
          run.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
        int sends = Math.min(round + 1, ATTEMPTS);
        for (String instanceId : ids) {
          InstanceSpecRow v = specs.findLive(instanceId, 1);
          assertThat(tasks(instanceId)).as("round %d: sends of %s", round, instanceId).hasSize(sends);
          assertThat(v.resends).as(instanceId).isEqualTo(sends - 1);
          if (round < ATTEMPTS) {
            assertThat(v.stuckAt).as(instanceId).isNull();
            assertThat(v.dueAt).as(instanceId).isAfter(at);
          } else {
            assertThat(v.stuckAt).as(instanceId).isEqualTo(at);
            assertThat(v.dueAt).as(instanceId).isNull();
          }
        }
      }
      // stuck: neither node sends anything more, however late it runs
      Instant muchLater = Instant.now().plus(Duration.ofDays(30));
      CyclicBarrier together = new CyclicBarrier(2);
      List<Future<Void>> runs = List.of(
          nodes.submit(() -> resendTogether(specWorkA, together, muchLater)),
          nodes.submit(() -> resendTogether(nodeB.getBean(DueSpecWork.class), together, muchLater)));
      for (Future<Void> run : runs) {
        run.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      }
    } finally {
      nodes.shutdownNow();
    }

    Map<String, StuckWork> stuck = stuckOf(ids);
    assertThat(stuck).as("listed once each").hasSize(ids.size());
    for (String instanceId : ids) {
      List<Map<String, Object>> sent = tasks(instanceId);
      assertThat(sent).as(instanceId).hasSize(ATTEMPTS);
      assertThat(sent).extracting(t -> t.get("action")).as(instanceId).containsOnly("CREATE");
      assertThat(sent).extracting(t -> ((Number) t.get("attempt")).intValue()).as(instanceId).doesNotHaveDuplicates();
      assertThat(stuck.get(instanceId).getAttempts()).as(instanceId).isEqualTo(ATTEMPTS);
      assertThat(clients.instances.getInstance(account, instanceId).value().getStatus()).as(instanceId)
          .isEqualTo(InstanceStatus.CREATING);
      Set<String> sentIds = sent.stream().map(t -> (String) t.get("notification_id")).collect(Collectors.toSet());
      assertThat(sentIds).as(instanceId).hasSize(ATTEMPTS);
      await(ATTEMPTS + " CREATE notifications of " + instanceId + " on the broker",
          () -> notificationIds(instanceId, "CREATE").size() >= ATTEMPTS);
      assertThat(notificationIds(instanceId, "CREATE")).as(instanceId).isEqualTo(sentIds);
    }
    for (String instanceId : ids) { // settled, so that other tests' stuck lists stay short
      clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId).setSuccess(true)
          .setResourceId("r-" + instanceId)).value();
    }
  }

  private static Void resendTogether(DueSpecWork node, CyclicBarrier together, Instant at) throws Exception {
    together.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    for (int i = 0; i < 100 && node.runDue(at) > 0; i++) {
      // next batch (other tests' due work may be due then too)
    }
    return null;
  }

  /** One STOP task, then one RELEASE task, and on the broker exactly their notifications. */
  void assertStoppedThenReleasedOnce(String instanceId) {
    List<Map<String, Object>> sent = tasks(instanceId);
    List<Map<String, Object>> stops = sent.stream().filter(t -> "STOP".equals(t.get("action"))).toList();
    List<Map<String, Object>> releases = sent.stream().filter(t -> "RELEASE".equals(t.get("action"))).toList();
    assertThat(stops).as("STOP tasks of " + instanceId).hasSize(1);
    assertThat(releases).as("RELEASE tasks of " + instanceId).hasSize(1);
    assertThat(((Number) stops.get(0).get("attempt")).intValue()).as(instanceId)
        .isLessThan(((Number) releases.get(0).get("attempt")).intValue());
    assertThat(sent).extracting(t -> t.get("action")).as(instanceId).doesNotContain("START", "MODIFY");
    for (Map<String, Object> task : List.of(stops.get(0), releases.get(0))) {
      String action = (String) task.get("action");
      await(action + " of " + instanceId + " on the broker", () -> !notificationIds(instanceId, action).isEmpty());
      assertThat(notificationIds(instanceId, action)).as(action + " of " + instanceId)
          .containsExactly((String) task.get("notification_id"));
    }
  }

  private static Void runTogether(DueInstanceWork node, CyclicBarrier together, Instant at) throws Exception {
    together.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    for (int i = 0; i < 100 && node.runDue(at) > 0; i++) {
      // next batch (other tests' instances may be due then too)
    }
    return null;
  }

  List<Map<String, Object>> tasks(String instanceId) {
    return jdbc.queryForList("SELECT notification_id, attempt, action FROM production_task WHERE instance_id = ? ORDER BY attempt",
        instanceId);
  }

  /** Distinct notification ids seen on the broker for the instance and action (the broker may deliver twice). */
  static Set<String> notificationIds(String instanceId, String action) {
    return notifications.stream().filter(n -> n.getInstanceId().equals(instanceId) && action.equals(n.getAction()))
        .map(ProductionNotification::getNotificationId).collect(Collectors.toSet());
  }

  Map<String, StuckWork> stuckOf(List<String> instanceIds) {
    return clients.operations.listStuckWork(PageRequest.of(1, PageRequest.MAX_PAGE_SIZE)).value().items().stream()
        .filter(w -> instanceIds.contains(w.getInstanceId()))
        .collect(Collectors.toMap(StuckWork::getInstanceId, w -> w));
  }

  static void await(String what, BooleanSupplier done) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!done.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not reached within " + PATIENCE + ": " + what);
      }
      sleep(Duration.ofMillis(200));
    }
  }

  static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
