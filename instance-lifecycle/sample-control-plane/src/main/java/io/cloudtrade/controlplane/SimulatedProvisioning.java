package io.cloudtrade.controlplane;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.ProductionAck;
import io.cloudtrade.lifecycle.api.ProductionCallback;
import io.cloudtrade.lifecycle.api.ProductionNotification;
import io.cloudtrade.monitoringagent.Span;
import io.cloudtrade.monitoringagent.TraceContext;
import io.cloudtrade.monitoringagent.TraceScope;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pretends to provision: each notification is acknowledged after the provisioning delay, on a
 * scheduler, so the consumer thread that handed it over is never blocked.
 *
 * <ul>
 *   <li>CREATE: success names a new resource id;
 *   <li>MODIFY (apply the specification as its version; also how a temporary upgrade is reverted):
 *       success names no resource, the resource stays the same;
 *   <li>RELEASE: success names no resource;
 *   <li>STOP (the subscription expired) and START (it was renewed): the simulated resource is
 *       stopped or started again; success names no resource;
 *   <li>any other action fails ("unsupported action").
 * </ul>
 *
 * The simulated resources are kept in memory ({@link #resourceState}): RUNNING after a successful
 * CREATE or START, STOPPED after a STOP, RELEASED after a RELEASE; a failed action changes nothing.
 * A STOP, START or RELEASE whose sequence is lower than that of the last one carried out for the
 * instance (a late copy of an older notification, e.g. a STOP sent again after the renewal's START)
 * is acknowledged as done without changing the resource: the later action stands.
 *
 * With probability {@code failureRate} an acknowledgement (of any action) is a failure; a CREATE or MODIFY whose
 * specification has one of the {@code failingSpecValues} always fails. A callback that throws
 * (instance lifecycle down, timeout) is tried {@value #CALLBACK_ATTEMPTS} times in all, with
 * doubling pauses from 500 ms; a business rejection is logged and not retried.
 */
public class SimulatedProvisioning implements AutoCloseable {
  static final int CALLBACK_ATTEMPTS = 5;
  static final Duration FIRST_RETRY_PAUSE = Duration.ofMillis(500);
  static final String CREATE = "CREATE";
  static final String MODIFY = "MODIFY";
  static final String RELEASE = "RELEASE";
  static final String STOP = "STOP";
  static final String START = "START";
  static final Set<String> ACTIONS = Set.of(CREATE, MODIFY, RELEASE, STOP, START);
  static final String RUNNING = "RUNNING";
  static final String STOPPED = "STOPPED";
  static final String RELEASED = "RELEASED";

  private static final Logger log = LoggerFactory.getLogger(SimulatedProvisioning.class);

  private final ProductionCallback callback;
  private final Duration provisionDelay;
  private final double failureRate;
  private final DoubleSupplier random;
  private final Set<String> failingSpecValues;
  private final Duration firstRetryPause;
  private final ScheduledExecutorService scheduler;
  /** instance id to the simulated resource's state */
  private final Map<String, String> resources = new ConcurrentHashMap<>();
  /** instance id to the id of the resource made for it: a CREATE sent again (a retry) names the same resource */
  private final Map<String, String> resourceIds = new ConcurrentHashMap<>();
  /** instance id to the sequence of the last STOP, START or RELEASE carried out */
  private final Map<String, Integer> powerSequences = new ConcurrentHashMap<>();

  /**
   * @param random source of numbers in [0, 1) deciding failures
   */
  public SimulatedProvisioning(ProductionCallback callback, Duration provisionDelay, double failureRate, DoubleSupplier random) {
    this(callback, provisionDelay, failureRate, random, Set.of());
  }

  /**
   * @param random source of numbers in [0, 1) deciding failures
   * @param failingSpecValues specification values that make a CREATE or MODIFY fail
   */
  public SimulatedProvisioning(ProductionCallback callback, Duration provisionDelay, double failureRate, DoubleSupplier random,
      Set<String> failingSpecValues) {
    this(callback, provisionDelay, failureRate, random, failingSpecValues, FIRST_RETRY_PAUSE);
  }

  SimulatedProvisioning(ProductionCallback callback, Duration provisionDelay, double failureRate, DoubleSupplier random,
      Set<String> failingSpecValues, Duration firstRetryPause) {
    this.firstRetryPause = firstRetryPause;
    this.callback = callback;
    this.provisionDelay = provisionDelay;
    this.failureRate = failureRate;
    this.random = random;
    this.failingSpecValues = Set.copyOf(failingSpecValues);
    this.scheduler = Executors.newScheduledThreadPool(2, r -> {
      Thread t = new Thread(r, "control-plane-provisioning");
      t.setDaemon(true);
      return t;
    });
  }

  /** Accepts a notification and returns at once; the acknowledgement follows after the delay. */
  public void accept(ProductionNotification n) {
    log.info("{} instance {} (specification version {}: {}), notification {}", n.getAction(), n.getInstanceId(),
        n.getSpecVersion(), n.getSpec(), n.getNotificationId());
    scheduler.schedule(traced(() -> acknowledge(carryOut(n), 1)), provisionDelay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The state of the instance's simulated resource (RUNNING, STOPPED, RELEASED), null when it has none. */
  public String resourceState(String instanceId) {
    return resources.get(instanceId);
  }

  private ProductionAck carryOut(ProductionNotification n) {
    if (isStale(n)) {
      log.info("{} of instance {} (sequence {}) is older than the last action carried out (sequence {}): done already",
          n.getAction(), n.getInstanceId(), n.getSequence(), powerSequences.get(n.getInstanceId()));
      return new ProductionAck().setInstanceId(n.getInstanceId()).setNotificationId(n.getNotificationId()).setSuccess(true);
    }
    ProductionAck ack = outcomeOf(n);
    if (ack.isSuccess()) {
      String state = switch (n.getAction() == null ? CREATE : n.getAction()) {
        case CREATE, START -> RUNNING;
        case STOP -> STOPPED;
        case RELEASE -> RELEASED;
        default -> null;
      };
      if (state != null) {
        if (!CREATE.equals(n.getAction())) {
          powerSequences.merge(n.getInstanceId(), n.getSequence(), Math::max);
        }
        resources.put(n.getInstanceId(), state);
        log.info("resource of instance {} is {}", n.getInstanceId(), state);
      }
    }
    return ack;
  }

  private boolean isStale(ProductionNotification n) {
    if (!STOP.equals(n.getAction()) && !START.equals(n.getAction()) && !RELEASE.equals(n.getAction())) {
      return false;
    }
    Integer last = powerSequences.get(n.getInstanceId());
    return last != null && n.getSequence() < last;
  }

  private ProductionAck outcomeOf(ProductionNotification n) {
    ProductionAck ack = new ProductionAck().setInstanceId(n.getInstanceId()).setNotificationId(n.getNotificationId());
    String action = n.getAction() == null ? CREATE : n.getAction();
    if (!ACTIONS.contains(action)) {
      return ack.setSuccess(false).setReason("unsupported action " + action);
    }
    if (CREATE.equals(action) || MODIFY.equals(action)) {
      String refused = refusedValue(n.getSpec());
      if (refused != null) {
        return ack.setSuccess(false).setReason("simulated " + action + " failure: specification value " + refused
            + " is refused");
      }
    }
    if (random.getAsDouble() < failureRate) {
      return ack.setSuccess(false).setReason("simulated " + action + " failure");
    }
    ack.setSuccess(true);
    return CREATE.equals(action)
        ? ack.setResourceId(resourceIds.computeIfAbsent(n.getInstanceId(), id -> "i-res-" + UUID.randomUUID().toString().replace("-", "")))
        : ack;
  }

  private String refusedValue(Map<String, String> spec) {
    if (spec == null || failingSpecValues.isEmpty()) {
      return null;
    }
    return spec.values().stream().filter(failingSpecValues::contains).findFirst().orElse(null);
  }

  private void acknowledge(ProductionAck ack, int attempt) {
    try {
      Outcome<InstanceView> o = callback.acknowledgeProduction(ack);
      if (o.isOk()) {
        log.info("instance {} acknowledged: {}", ack.getInstanceId(), o.value().getStatus());
      } else {
        log.warn("acknowledgement of instance {} rejected: {} {}", ack.getInstanceId(), o.code(), o.message());
      }
    } catch (RuntimeException e) {
      if (attempt >= CALLBACK_ATTEMPTS || scheduler.isShutdown()) {
        log.error("acknowledgement of instance {} given up after {} attempts: {}", ack.getInstanceId(), attempt, e.toString());
        return;
      }
      long pause = firstRetryPause.toMillis() << (attempt - 1);
      log.warn("acknowledgement of instance {} failed (attempt {}), retrying in {} ms: {}", ack.getInstanceId(), attempt, pause,
          e.toString());
      scheduler.schedule(traced(() -> acknowledge(ack, attempt + 1)), pause, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * The task, run later on the scheduler in the trace of the notification being handled now (so the
   * acknowledgement's call joins the purchase's trace), or in a trace of its own.
   */
  private static Runnable traced(Runnable task) {
    Span now = TraceContext.current();
    return () -> {
      try (TraceScope scope = now == null ? TraceContext.startTrace() : TraceContext.resume(now)) {
        task.run();
      }
    };
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
