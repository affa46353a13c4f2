package io.cloudtrade.lifecycle;

import static io.cloudtrade.lifecycle.LifecycleFixtures.PATIENCE;
import static io.cloudtrade.lifecycle.LifecycleFixtures.await;
import static io.cloudtrade.lifecycle.LifecycleFixtures.newAccount;
import static io.cloudtrade.lifecycle.LifecycleFixtures.paidNew;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.infra.embedded.SharedInfrastructure;
import io.cloudtrade.lifecycle.api.AutoRenewalDue;
import io.cloudtrade.lifecycle.api.AutoRenewalEvents;
import io.cloudtrade.lifecycle.api.DeliveryEvent;
import io.cloudtrade.lifecycle.api.DeliveryEvents;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceStatus;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.ProductionAck;
import io.cloudtrade.lifecycle.api.ProductionCallback;
import io.cloudtrade.lifecycle.application.CarryOutOrder;
import io.cloudtrade.lifecycle.application.DueInstanceWork;
import io.cloudtrade.order.api.OrderPaidEvent;
import io.cloudtrade.support.Events;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
 * Auto-renewal attempts ({@code DueAutoRenewalWork}, run by {@link DueInstanceWork}) against a real
 * MariaDB, ZooKeeper and broker, with the default settings: the first AutoRenewalDue a day before the
 * end time, then one every 6 hours until the instance is renewed or its end time comes. The job is run
 * at chosen instants (the poller's own runs are off); the events are watched on their topic. Each test
 * uses its own year, so the job run by one test finds nothing of another's due at its instants.
 *
 * <p>Also the paid side of an automatic renewal: its Renew order carries the end time it is for
 * (expectedEndTime), and a renewal whose expected end time the instance no longer has (a manual
 * renewal came first) is answered Failed and changes nothing, also when the manual renewal is applied
 * between its plan and its update. The outcomes are watched on the delivery topic.
 */
@SpringBootTest(classes = {LifecycleServerApplication.class, AutoRenewalIT.Clients.class},
    properties = {"spring.config.name=" + LifecycleServerApplication.CONFIG_NAME,
        "cloudtrade.lifecycle.expiry.enabled=false"})
class AutoRenewalIT {
  static final String PRODUCT = "itautorenew";

  static Events capture;
  static final List<AutoRenewalDue> seen = new CopyOnWriteArrayList<>();
  static final List<DeliveryEvent> deliveries = new CopyOnWriteArrayList<>();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    SharedInfrastructure.properties().forEach((k, v) -> registry.add(k, () -> v));
  }

  @BeforeAll
  static void captureEvents() throws Exception {
    SharedInfrastructure.get().rocketMq().createTopic(DeliveryEvents.TOPIC); // idempotent; older infra jars lack it
    capture = new Events(SharedInfrastructure.get().rocketMqNameServer(), "auto-renewal-it");
    capture.subscribe("capture", AutoRenewalEvents.TOPIC, AutoRenewalEvents.TAG, AutoRenewalDue.class, seen::add);
    capture.subscribe("delivery", DeliveryEvents.TOPIC, DeliveryEvents.TAG, DeliveryEvent.class, deliveries::add);
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
  @Autowired DueInstanceWork job;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  static OrderPaidEvent paid(long account, long order, String instanceId, Instant paidAt) {
    return paidNew(account, order, instanceId, PRODUCT, Map.of("cpu", "2"), paidAt).setRenewalStatus("AutoRenewal");
  }

  /** A Normal one-month subscription with auto-renewal (one month) on, paid at {@code paidAt}, produced at once. */
  InstanceView autoRenewing(long account, String instanceId, Instant paidAt) {
    orders.on(paid(account, account + 1, instanceId, paidAt));
    InstanceView v = clients.callback.acknowledgeProduction(
        new ProductionAck().setInstanceId(instanceId).setSuccess(true).setResourceId("r-" + instanceId)).value();
    assertThat(v.getRenewStatus()).isEqualTo("AutoRenewal");
    return v;
  }

  InstanceView instance(long account, String instanceId) {
    return clients.instances.getInstance(account, instanceId).value();
  }

  /** Runs the job at {@code at} until nothing more is due then. */
  void runDue(Instant at) {
    for (int i = 0; i < 100 && job.runDue(at) > 0; i++) {
      // next batch
    }
  }

  int attemptsMade(String instanceId) {
    return jdbc.queryForObject("SELECT auto_renew_attempt FROM instance WHERE instance_id = ?", Integer.class, instanceId);
  }

  /** The events of the instance, once at least {@code count} arrived. */
  List<AutoRenewalDue> awaitEvents(String instanceId, int count) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (true) {
      List<AutoRenewalDue> of = seen.stream().filter(e -> e.getInstanceId().equals(instanceId)).toList();
      if (of.size() >= count) {
        return of;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(count + " AutoRenewalDue of " + instanceId + " not seen within " + PATIENCE + ": " + of);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  /** "endTime#attempt" of the instance's events, in attempt order. */
  List<String> attempts(String instanceId, int count) {
    return awaitEvents(instanceId, count).stream()
        .sorted((a, b) -> a.getEndTime().equals(b.getEndTime()) ? Integer.compare(a.getAttempt(), b.getAttempt())
            : a.getEndTime().compareTo(b.getEndTime()))
        .map(e -> e.getEndTime() + "#" + e.getAttempt()).toList();
  }

  @Test
  void attemptsBeforeTheEndRepeatUntilRenewedAndStartOverForTheNewEndTime() {
    long account = newAccount();
    String instanceId = "i-auto-" + account;
    Instant end = Instant.parse("2034-02-10T00:00:00Z");
    assertThat(autoRenewing(account, instanceId, Instant.parse("2034-01-10T00:00:00Z")).getEndTime()).isEqualTo(end);
    Instant first = end.minus(Duration.ofDays(1));

    runDue(first.minusMillis(1));
    assertThat(attemptsMade(instanceId)).isZero();
    runDue(first);
    AutoRenewalDue e = awaitEvents(instanceId, 1).get(0);
    assertThat(e.getAttempt()).isEqualTo(1);
    assertThat(e.getEndTime()).isEqualTo(end);
    assertThat(e.getAccountId()).isEqualTo(account);
    assertThat(e.getProductCode()).isEqualTo(PRODUCT);
    assertThat(e.getRenewPeriod()).isEqualTo(1);
    assertThat(e.getRenewPeriodUnit()).isEqualTo("Month");
    assertThat(e.getAt()).isEqualTo(first);
    // the same instant again, and just before the retry: no second attempt
    runDue(first);
    runDue(first.plus(Duration.ofHours(6)).minusMillis(1));
    assertThat(attemptsMade(instanceId)).isEqualTo(1);

    // not renewed (say the balance was short): again six hours later
    runDue(first.plus(Duration.ofHours(6)));
    assertThat(attemptsMade(instanceId)).isEqualTo(2);
    assertThat(awaitEvents(instanceId, 2).get(1).getAt()).isEqualTo(first.plus(Duration.ofHours(6)));

    // renewed: the end time moves a month, no more attempts for the old one
    orders.on(paid(account, account + 2, instanceId, first.plus(Duration.ofHours(7))).setOrderType("Renew"));
    Instant newEnd = Instant.parse("2034-03-10T00:00:00Z");
    assertThat(instance(account, instanceId).getEndTime()).isEqualTo(newEnd);
    runDue(first.plus(Duration.ofHours(12)));
    runDue(end);
    runDue(newEnd.minus(Duration.ofDays(1)).minusMillis(1));
    assertThat(attemptsMade(instanceId)).isEqualTo(2);
    assertThat(instance(account, instanceId).getStatus()).isNotEqualTo(InstanceStatus.EXPIRED);

    // a day before the new end time: attempt 1 for it
    runDue(newEnd.minus(Duration.ofDays(1)));
    assertThat(attempts(instanceId, 3)).containsExactly(end + "#1", end + "#2", newEnd + "#1");
  }

  @Test
  void attemptsStopWhenTheEndTimeComesAndTheExpiryGoesOn() {
    long account = newAccount();
    String instanceId = "i-auto-x-" + account;
    Instant end = Instant.parse("2035-02-10T00:00:00Z");
    autoRenewing(account, instanceId, Instant.parse("2035-01-10T00:00:00Z"));
    Instant first = end.minus(Duration.ofDays(1));
    for (int i = 0; i < 4; i++) {
      runDue(first.plus(Duration.ofHours(6L * i)));
    }
    // the fifth would fall at the end time itself: none
    assertThat(jdbc.queryForObject("SELECT auto_renew_at FROM instance WHERE instance_id = ?", Instant.class, instanceId))
        .isNull();
    runDue(end);
    assertThat(instance(account, instanceId).getStatus()).isEqualTo(InstanceStatus.EXPIRED);
    runDue(end.plus(Duration.ofHours(6)));
    runDue(end.plus(Duration.ofDays(1)));
    assertThat(attemptsMade(instanceId)).isEqualTo(4);
    assertThat(attempts(instanceId, 4)).containsExactly(end + "#1", end + "#2", end + "#3", end + "#4");

    // renewed while Expired (by hand): attempts start over a day before the new end time
    orders.on(paid(account, account + 2, instanceId, end.plus(Duration.ofDays(2))).setOrderType("Renew"));
    InstanceView renewed = instance(account, instanceId);
    assertThat(renewed.getStatus()).isEqualTo(InstanceStatus.NORMAL);
    runDue(renewed.getEndTime().minus(Duration.ofDays(1)));
    assertThat(attempts(instanceId, 5)).containsExactly(end + "#1", end + "#2", end + "#3", end + "#4",
        renewed.getEndTime() + "#1");
  }

  @Test
  void instancesWithoutAutoRenewalGetNoAttempt() {
    long account = newAccount();
    String instanceId = "i-auto-m-" + account;
    Instant end = Instant.parse("2036-02-10T00:00:00Z");
    orders.on(paidNew(account, account + 1, instanceId, PRODUCT, Map.of("cpu", "2"), Instant.parse("2036-01-10T00:00:00Z")));
    clients.callback.acknowledgeProduction(new ProductionAck().setInstanceId(instanceId).setSuccess(true).setResourceId("r"));
    runDue(end.minus(Duration.ofDays(1)));
    runDue(end.minus(Duration.ofHours(1)));
    assertThat(attemptsMade(instanceId)).isZero();
    assertThat(jdbc.queryForObject("SELECT auto_renew_end_time FROM instance WHERE instance_id = ?", Instant.class,
        instanceId)).isNull();
  }

  @Test
  void twoNodesRunningTheJobAtOnceSendOneEventPerAttempt() throws Exception {
    long account = newAccount();
    String instanceId = "i-auto-r-" + account;
    Instant end = Instant.parse("2037-02-10T00:00:00Z");
    autoRenewing(account, instanceId, Instant.parse("2037-01-10T00:00:00Z"));
    Instant first = end.minus(Duration.ofDays(1));
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      for (int i = 0; i < 3; i++) {
        Instant at = first.plus(Duration.ofHours(6L * i));
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<?>> runs = List.of(nodes.submit(() -> runTogether(together, at)),
            nodes.submit(() -> runTogether(together, at)));
        for (Future<?> run : runs) {
          run.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
        assertThat(attemptsMade(instanceId)).isEqualTo(i + 1);
      }
    } finally {
      nodes.shutdownNow();
    }
    // a later attempt (the fourth) is seen only after the three; none of them twice
    runDue(first.plus(Duration.ofHours(18)));
    assertThat(attempts(instanceId, 4)).containsExactly(end + "#1", end + "#2", end + "#3", end + "#4");
  }

  // ---- the paid renewal of an attempt: only the end time it was due for ----

  /** A paid Renew order of one month; {@code expectedEndTime} null for a customer's renewal. */
  static OrderPaidEvent renewal(long account, long order, String instanceId, Instant paidAt, Instant expectedEndTime) {
    return paid(account, order, instanceId, paidAt).setOrderType("Renew").setExpectedEndTime(expectedEndTime);
  }

  /** The outcome published for the order, once there is one (Delivered or Failed). */
  DeliveryEvent awaitOutcome(long order) {
    return await("an outcome of order " + order, () -> deliveries.stream().filter(d -> d.getOrderId() == order).toList(),
        l -> !l.isEmpty()).get(0);
  }

  long outcomes(long order, String outcome) {
    return deliveries.stream().filter(d -> d.getOrderId() == order && outcome.equals(d.getOutcome())).count();
  }

  long renewalsOf(String instanceId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM instance_renewal WHERE instance_id = ?", Long.class, instanceId);
  }

  @Test
  void aPaidRenewalForAnEndTimeTheInstanceNoLongerHasIsAnsweredFailedAndChangesNothing() {
    long account = newAccount();
    String instanceId = "i-auto-e-" + account;
    Instant end = Instant.parse("2040-02-10T00:00:00Z");
    autoRenewing(account, instanceId, Instant.parse("2040-01-10T00:00:00Z"));
    Instant attemptAt = end.minus(Duration.ofDays(1));

    // the owner's renewal (no expected end time) is applied first
    orders.on(renewal(account, account + 2, instanceId, attemptAt.minus(Duration.ofHours(1)), null));
    Instant renewedEnd = Instant.parse("2040-03-10T00:00:00Z");
    assertThat(instance(account, instanceId).getEndTime()).isEqualTo(renewedEnd);
    assertThat(awaitOutcome(account + 2).getOutcome()).isEqualTo(DeliveryEvents.DELIVERED);

    // then the automatic renewal paid for the old end time: Failed, naming both end times; nothing renewed
    OrderPaidEvent auto = renewal(account, account + 3, instanceId, attemptAt, end);
    orders.on(auto);
    DeliveryEvent failed = awaitOutcome(account + 3);
    assertThat(failed.getOutcome()).isEqualTo(DeliveryEvents.FAILED);
    assertThat(failed.getReason()).contains(end.toString()).contains(renewedEnd.toString());
    assertThat(instance(account, instanceId).getEndTime()).isEqualTo(renewedEnd);
    assertThat(renewalsOf(instanceId)).isEqualTo(1);
    // a redelivery answers the same
    orders.on(auto);
    await("Failed again", () -> outcomes(account + 3, DeliveryEvents.FAILED), n -> n >= 2);
    assertThat(outcomes(account + 3, DeliveryEvents.DELIVERED)).isZero();
    assertThat(instance(account, instanceId).getEndTime()).isEqualTo(renewedEnd);

    // a renewal expecting the end time the instance has is applied as any other
    orders.on(renewal(account, account + 4, instanceId, attemptAt, renewedEnd));
    assertThat(awaitOutcome(account + 4).getOutcome()).isEqualTo(DeliveryEvents.DELIVERED);
    assertThat(instance(account, instanceId).getEndTime()).isEqualTo(Instant.parse("2040-04-10T00:00:00Z"));
    assertThat(renewalsOf(instanceId)).isEqualTo(2);
  }

  @Test
  void aManualRenewalAppliedBetweenThePlanAndTheUpdateMakesTheAutomaticOneFail() throws Exception {
    long account = newAccount();
    String instanceId = "i-auto-w-" + account;
    Instant end = Instant.parse("2041-02-10T00:00:00Z");
    autoRenewing(account, instanceId, Instant.parse("2041-01-10T00:00:00Z"));
    Instant paidAt = end.minus(Duration.ofDays(1));
    ExecutorService consumers = Executors.newFixedThreadPool(2);
    try (Connection holder = dataSource.getConnection()) {
      // hold the instance row: both renewals read the end time, plan from it and queue for their update,
      // the manual one first
      holder.setAutoCommit(false);
      try (PreparedStatement lock = holder.prepareStatement("SELECT end_time FROM instance WHERE instance_id = ? FOR UPDATE")) {
        lock.setString(1, instanceId);
        lock.executeQuery().close();
      }
      Future<?> manual = consumers.submit(() -> orders.on(renewal(account, account + 2, instanceId, paidAt, null)));
      await("the manual renewal waiting for the instance", this::lockWaits, n -> n == 1);
      Future<?> automatic = consumers.submit(() -> orders.on(renewal(account, account + 3, instanceId, paidAt, end)));
      await("the automatic renewal waiting for the instance", this::lockWaits, n -> n == 2);
      holder.commit();
      manual.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      automatic.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    } finally {
      consumers.shutdownNow();
    }
    // the manual renewal won; the automatic one, planned from the same end time, lost the update, planned
    // again from the new end time and was refused: one period renewed, not two
    assertThat(awaitOutcome(account + 2).getOutcome()).isEqualTo(DeliveryEvents.DELIVERED);
    DeliveryEvent failed = awaitOutcome(account + 3);
    assertThat(failed.getOutcome()).isEqualTo(DeliveryEvents.FAILED);
    assertThat(failed.getReason()).contains(end.toString());
    assertThat(instance(account, instanceId).getEndTime()).isEqualTo(Instant.parse("2041-03-10T00:00:00Z"));
    assertThat(renewalsOf(instanceId)).isEqualTo(1);
  }

  /** Transactions of the database waiting for a lock. */
  long lockWaits() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.innodb_trx WHERE trx_state = 'LOCK WAIT'",
        Long.class);
  }

  private Void runTogether(CyclicBarrier together, Instant at) throws Exception {
    together.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    runDue(at);
    return null;
  }
}
