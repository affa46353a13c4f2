package io.cloudtrade.order.application;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.order.persistence.InstanceOrderStateMapper;
import io.cloudtrade.order.persistence.InstanceOrderStateRow;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * One change at a time per instance. Two layers:
 *
 * <ol>
 *   <li>a Redisson lock per instance, taken without waiting long, so that concurrent requests for
 *       one instance do not all price and insert orders only to lose (contention relief only);
 *   <li>the claim in instance_order_state: a change order is inserted in the same transaction as
 *       a conditional update on the instance's version that also requires no other change order to
 *       hold it. This is what is trusted: a lock holder paused past its lease read a version that
 *       has moved on, and its claim fails.
 * </ol>
 *
 * The claim is released when the change order is delivered, fails, or is cancelled.
 */
@Service
public class InstanceChangeClaims {
  /** Order types that change an instance and so hold its claim until they are done. */
  static final Set<String> CLAIMING_TYPES = Set.of("Upgrade", "Downgrade", "TemporaryUpgrade", "Refund", "RenewChange");

  private final RedissonClient redisson;
  private final InstanceOrderStateMapper states;
  private final Duration lockWait;
  private final Duration lockLease;
  private final Clock clock = Clock.systemUTC();

  public InstanceChangeClaims(RedissonClient redisson, InstanceOrderStateMapper states,
      @Value("${cloudtrade.order.change-lock-wait:PT0.2S}") Duration lockWait,
      @Value("${cloudtrade.order.change-lock-lease:PT15S}") Duration lockLease) {
    this.redisson = redisson;
    this.states = states;
    this.lockWait = lockWait;
    this.lockLease = lockLease;
  }

  /** Runs {@code body} holding the instance's lock, or answers {@link OrderErrors#CHANGE_IN_PROGRESS}. */
  public <T extends Serializable> Outcome<T> underLock(String instanceId, Supplier<Outcome<T>> body) {
    RLock lock = redisson.getLock("ct:order:instance-change:" + instanceId);
    boolean locked;
    try {
      locked = lock.tryLock(lockWait.toMillis(), lockLease.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while locking instance " + instanceId, e);
    }
    if (!locked) {
      return inProgress(instanceId);
    }
    try {
      return body.get();
    } finally {
      if (lock.isHeldByCurrentThread()) {
        lock.unlock();
      }
    }
  }

  /** The instance's claim row as it is now (created free at version 0 on first use). */
  public InstanceOrderStateRow current(String instanceId, long accountId) {
    states.insertIfAbsent(instanceId, accountId, now());
    return states.find(instanceId);
  }

  /**
   * Claims the instance for the order, inside the caller's transaction; throws {@link ClaimLost}
   * (rolling that transaction back) when the instance changed since {@code seen} was read.
   */
  public void claim(InstanceOrderStateRow seen, long orderId) {
    if (states.claim(seen.instanceId, seen.version, orderId, now()) != 1) {
      throw new ClaimLost(seen.instanceId);
    }
  }

  /** Frees the instance if this order holds it; a no-op otherwise (idempotent). */
  public void release(String instanceId, long orderId) {
    states.release(instanceId, orderId, now());
  }

  static <T extends Serializable> Outcome<T> inProgress(String instanceId) {
    return Outcome.rejected(OrderErrors.CHANGE_IN_PROGRESS,
        "another change of instance " + instanceId + " is in progress; retry when it is done");
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Another change order claimed the instance first. */
  public static final class ClaimLost extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ClaimLost(String instanceId) {
      super("instance " + instanceId + " was claimed by another change", null, false, false);
    }
  }
}
