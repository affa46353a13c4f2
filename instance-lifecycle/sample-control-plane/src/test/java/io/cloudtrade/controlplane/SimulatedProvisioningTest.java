package io.cloudtrade.controlplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.ProductionAck;
import io.cloudtrade.lifecycle.api.ProductionCallback;
import io.cloudtrade.lifecycle.api.ProductionNotification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SimulatedProvisioningTest {
  /** Records acknowledgements; throws for the first {@code failures} calls. */
  static final class RecordingCallback implements ProductionCallback {
    final BlockingQueue<ProductionAck> acks = new LinkedBlockingQueue<>();
    final AtomicInteger calls = new AtomicInteger();
    final int failures;

    RecordingCallback(int failures) {
      this.failures = failures;
    }

    @Override
    public Outcome<InstanceView> acknowledgeProduction(ProductionAck ack) {
      if (calls.incrementAndGet() <= failures) {
        throw new IllegalStateException("lifecycle unreachable");
      }
      acks.add(ack);
      return Outcome.ok(new InstanceView().setInstanceId(ack.getInstanceId()).setStatus(ack.isSuccess() ? "Normal" : "Failed"));
    }
  }

  static ProductionNotification notification(String instanceId) {
    return new ProductionNotification().setNotificationId("n-" + instanceId).setInstanceId(instanceId)
        .setProductCode("ecs").setAction("CREATE").setSpecVersion(1).setSpec(Map.of("cpu", "2"));
  }

  static ProductionNotification modify(String instanceId, String cpu) {
    return notification(instanceId).setAction("MODIFY").setSpecVersion(2).setSpec(Map.of("cpu", cpu));
  }

  @Test
  void acknowledgesSuccessWithAUniqueResourceId() throws Exception {
    RecordingCallback callback = new RecordingCallback(0);
    try (SimulatedProvisioning p = new SimulatedProvisioning(callback, Duration.ZERO, 0.0, () -> 0.0)) {
      p.accept(notification("i-1"));
      p.accept(notification("i-2"));
      ProductionAck a = callback.acks.poll(10, TimeUnit.SECONDS);
      ProductionAck b = callback.acks.poll(10, TimeUnit.SECONDS);
      assertThat(a.isSuccess()).isTrue();
      assertThat(a.getResourceId()).startsWith("i-res-");
      assertThat(b.getResourceId()).startsWith("i-res-").isNotEqualTo(a.getResourceId());
      assertThat(a.getNotificationId()).isEqualTo("n-" + a.getInstanceId());
    }
  }

  @Test
  void aCreateSentAgainNamesTheSameResource() throws Exception {
    RecordingCallback callback = new RecordingCallback(0);
    try (SimulatedProvisioning p = new SimulatedProvisioning(callback, Duration.ZERO, 0.0, () -> 0.0)) {
      p.accept(notification("i-1"));
      p.accept(notification("i-1").setNotificationId("n-i-1-again")); // the lifecycle's retry of an unacknowledged CREATE
      ProductionAck first = callback.acks.poll(10, TimeUnit.SECONDS);
      ProductionAck again = callback.acks.poll(10, TimeUnit.SECONDS);
      assertThat(again.getResourceId()).isEqualTo(first.getResourceId());
    }
  }

  @Test
  void failsWithTheConfiguredProbability() throws Exception {
    RecordingCallback callback = new RecordingCallback(0);
    try (SimulatedProvisioning p = new SimulatedProvisioning(callback, Duration.ZERO, 0.5, () -> 0.49)) {
      p.accept(notification("i-3"));
      ProductionAck a = callback.acks.poll(10, TimeUnit.SECONDS);
      assertThat(a.isSuccess()).isFalse();
      assertThat(a.getReason()).isNotBlank();
      assertThat(a.getResourceId()).isNull();
    }
  }

  @Test
  void retriesACallbackThatThrows() throws Exception {
    RecordingCallback callback = new RecordingCallback(2);
    try (SimulatedProvisioning p = new SimulatedProvisioning(callback, Duration.ZERO, 0.0, () -> 0.0, Set.of(), Duration.ofMillis(1))) {
      p.accept(notification("i-4"));
      ProductionAck a = callback.acks.poll(10, TimeUnit.SECONDS);
      assertThat(a.getInstanceId()).isEqualTo("i-4");
      assertThat(callback.calls.get()).isEqualTo(3);
    }
  }

  @Test
  void rejectsAFailureRateOutsideZeroToOne() {
    assertThatThrownBy(() -> new ControlPlaneProperties("ecs", Duration.ZERO, 1.5, List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ControlPlaneProperties("ecs", Duration.ZERO, Double.NaN, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void modifiesAndReleasesWithoutANewResource() throws Exception {
    RecordingCallback callback = new RecordingCallback(0);
    try (SimulatedProvisioning p = new SimulatedProvisioning(callback, Duration.ZERO, 0.0, () -> 0.0, Set.of("fail"))) {
      p.accept(modify("i-5", "8"));
      ProductionAck modified = callback.acks.poll(10, TimeUnit.SECONDS);
      assertThat(modified.isSuccess()).isTrue();
      assertThat(modified.getResourceId()).isNull();
      assertThat(modified.getNotificationId()).isEqualTo("n-i-5");

      p.accept(notification("i-6").setAction("RELEASE"));
      ProductionAck released = callback.acks.poll(10, TimeUnit.SECONDS);
      assertThat(released.isSuccess()).isTrue();
      assertThat(released.getInstanceId()).isEqualTo("i-6");
    }
  }

  @Test
  void aFailingSpecificationValueAlwaysFails() throws Exception {
    RecordingCallback callback = new RecordingCallback(0);
    try (SimulatedProvisioning p = new SimulatedProvisioning(callback, Duration.ZERO, 0.0, () -> 0.99, Set.of("fail"))) {
      p.accept(modify("i-7", "fail"));
      ProductionAck a = callback.acks.poll(10, TimeUnit.SECONDS);
      assertThat(a.isSuccess()).isFalse();
      assertThat(a.getReason()).contains("fail").contains("MODIFY");

      p.accept(notification("i-8").setSpec(Map.of("cpu", "fail")));
      assertThat(callback.acks.poll(10, TimeUnit.SECONDS).isSuccess()).isFalse();

      p.accept(notification("i-9").setAction("RESIZE"));
      ProductionAck unknown = callback.acks.poll(10, TimeUnit.SECONDS);
      assertThat(unknown.isSuccess()).isFalse();
      assertThat(unknown.getReason()).contains("unsupported");
    }
  }

  @Test
  void theFailureRateAppliesToEveryAction() throws Exception {
    RecordingCallback callback = new RecordingCallback(0);
    try (SimulatedProvisioning p = new SimulatedProvisioning(callback, Duration.ZERO, 1.0, () -> 0.5)) {
      p.accept(modify("i-10", "8"));
      assertThat(callback.acks.poll(10, TimeUnit.SECONDS).isSuccess()).isFalse();
      p.accept(notification("i-11").setAction("RELEASE"));
      assertThat(callback.acks.poll(10, TimeUnit.SECONDS).isSuccess()).isFalse();
    }
  }

  @Test
  void stopsAndStartsTheSimulatedResource() throws Exception {
    RecordingCallback callback = new RecordingCallback(0);
    try (SimulatedProvisioning p = new SimulatedProvisioning(callback, Duration.ZERO, 0.0, () -> 0.0, Set.of("fail"))) {
      p.accept(notification("i-12"));
      assertThat(callback.acks.poll(10, TimeUnit.SECONDS).isSuccess()).isTrue();
      assertThat(p.resourceState("i-12")).isEqualTo("RUNNING");

      // a refused specification value does not stop a STOP or a START
      p.accept(notification("i-12").setAction("STOP").setSpec(Map.of("cpu", "fail")));
      ProductionAck stopped = callback.acks.poll(10, TimeUnit.SECONDS);
      assertThat(stopped.isSuccess()).isTrue();
      assertThat(stopped.getResourceId()).isNull();
      assertThat(p.resourceState("i-12")).isEqualTo("STOPPED");

      p.accept(notification("i-12").setAction("START"));
      assertThat(callback.acks.poll(10, TimeUnit.SECONDS).isSuccess()).isTrue();
      assertThat(p.resourceState("i-12")).isEqualTo("RUNNING");

      p.accept(notification("i-12").setAction("RELEASE"));
      assertThat(callback.acks.poll(10, TimeUnit.SECONDS).isSuccess()).isTrue();
      assertThat(p.resourceState("i-12")).isEqualTo("RELEASED");
    }
  }

  @Test
  void aLateCopyOfAnOlderStopDoesNotStopAResourceStartedAfterIt() throws Exception {
    RecordingCallback callback = new RecordingCallback(0);
    try (SimulatedProvisioning p = new SimulatedProvisioning(callback, Duration.ZERO, 0.0, () -> 0.0)) {
      p.accept(notification("i-14").setSequence(1));
      assertThat(callback.acks.poll(10, TimeUnit.SECONDS).isSuccess()).isTrue();
      p.accept(notification("i-14").setNotificationId("stop-2").setAction("STOP").setSequence(2));
      assertThat(callback.acks.poll(10, TimeUnit.SECONDS).isSuccess()).isTrue();
      p.accept(notification("i-14").setNotificationId("start-3").setAction("START").setSequence(3));
      assertThat(callback.acks.poll(10, TimeUnit.SECONDS).isSuccess()).isTrue();
      assertThat(p.resourceState("i-14")).isEqualTo("RUNNING");

      // the STOP sent again (same notification, same sequence) arrives after the START
      p.accept(notification("i-14").setNotificationId("stop-2").setAction("STOP").setSequence(2));
      ProductionAck late = callback.acks.poll(10, TimeUnit.SECONDS);
      assertThat(late.getNotificationId()).isEqualTo("stop-2");
      assertThat(late.isSuccess()).isTrue();
      assertThat(p.resourceState("i-14")).isEqualTo("RUNNING");

      // a later STOP still stops it
      p.accept(notification("i-14").setNotificationId("stop-4").setAction("STOP").setSequence(4));
      assertThat(callback.acks.poll(10, TimeUnit.SECONDS).isSuccess()).isTrue();
      assertThat(p.resourceState("i-14")).isEqualTo("STOPPED");
    }
  }

  @Test
  void aFailedStopLeavesTheResourceRunning() throws Exception {
    RecordingCallback callback = new RecordingCallback(0);
    double[] draws = {0.9, 0.1};
    int[] next = {0};
    try (SimulatedProvisioning p = new SimulatedProvisioning(callback, Duration.ZERO, 0.5, () -> draws[next[0]++ % 2])) {
      p.accept(notification("i-13"));
      assertThat(callback.acks.poll(10, TimeUnit.SECONDS).isSuccess()).isTrue();
      p.accept(notification("i-13").setAction("STOP"));
      ProductionAck failed = callback.acks.poll(10, TimeUnit.SECONDS);
      assertThat(failed.isSuccess()).isFalse();
      assertThat(failed.getReason()).contains("STOP");
      assertThat(p.resourceState("i-13")).isEqualTo("RUNNING");
    }
  }

  @Test
  void noFailingSpecificationValuesByDefault() {
    assertThat(new ControlPlaneProperties("ecs", Duration.ZERO, 0.0, null).failingSpecValues()).isEmpty();
  }
}
