package io.cloudtrade.lifecycle.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.kernel.PageRequest;
import io.cloudtrade.lifecycle.api.LifecycleErrors;
import io.cloudtrade.lifecycle.api.StuckWork;
import io.cloudtrade.lifecycle.config.DueWorkProperties;
import io.cloudtrade.lifecycle.domain.ResendSchedule;
import io.cloudtrade.lifecycle.domain.SpecState;
import io.cloudtrade.lifecycle.persistence.InstanceMapper;
import io.cloudtrade.lifecycle.persistence.InstanceRow;
import io.cloudtrade.lifecycle.persistence.InstanceSpecMapper;
import io.cloudtrade.lifecycle.persistence.InstanceSpecRow;
import io.cloudtrade.lifecycle.persistence.ProductionTaskMapper;
import io.cloudtrade.lifecycle.persistence.ProductionTaskRow;
import io.cloudtrade.lifecycle.persistence.StuckWorkMapper;
import io.cloudtrade.lifecycle.persistence.StuckWorkRow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Production work stuck after its attempts ({@link ResendProduction} for specification versions,
 * {@link ResendLifecycleAction} for STOP, START and RELEASE at expiry), for operators: lists it, and
 * re-arms one instance's: attempts from one again, notified now, then sent again with backoff as
 * before. The re-arm is a conditional UPDATE on the stuck time as read, so of two operators (or an
 * operator and a late acknowledgement) only one wins.
 */
@Service
public class StuckProductionWork {
  private static final Logger log = LoggerFactory.getLogger(StuckProductionWork.class);

  private final InstanceMapper instances;
  private final InstanceSpecMapper specs;
  private final StuckWorkMapper stuckWork;
  private final ProductionTaskMapper tasks;
  private final ResendProduction resends;
  private final ResendLifecycleAction actionResends;
  private final TransactionTemplate tx;
  private final ResendSchedule schedule;
  private final Clock clock;

  public StuckProductionWork(InstanceMapper instances, InstanceSpecMapper specs, StuckWorkMapper stuckWork,
      ProductionTaskMapper tasks, ResendProduction resends, ResendLifecycleAction actionResends, TransactionTemplate tx,
      DueWorkProperties settings, Clock clock) {
    this.instances = instances;
    this.specs = specs;
    this.stuckWork = stuckWork;
    this.tasks = tasks;
    this.resends = resends;
    this.actionResends = actionResends;
    this.tx = tx;
    this.schedule = settings.resends();
    this.clock = clock;
  }

  /** Stuck work, longest stuck first. */
  public Outcome<Page<StuckWork>> list(PageRequest page) {
    PageRequest p = page == null ? PageRequest.of(null, null) : page;
    long total = stuckWork.countStuck();
    List<StuckWork> items = total == 0 ? List.of()
        : stuckWork.findStuck(null, p.pageSize(), p.offset()).stream().map(StuckProductionWork::view).toList();
    return Outcome.ok(new Page<>(p.pageNum(), p.pageSize(), total, items));
  }

  /** Re-arms the instance's stuck work and notifies the control plane now. */
  public Outcome<StuckWork> retry(String instanceId) {
    if (instanceId == null || instanceId.isBlank()) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "InstanceId is required");
    }
    InstanceRow instance = instances.find(instanceId);
    if (instance == null) {
      return Outcome.rejected(LifecycleErrors.INSTANCE_NOT_FOUND, "instance " + instanceId + " does not exist");
    }
    List<StuckWorkRow> found = stuckWork.findStuck(instanceId, 1, 0);
    if (found.isEmpty()) {
      return notStuck(instanceId);
    }
    StuckWorkRow stuck = found.get(0);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    if (StuckWorkRow.TASK.equals(stuck.source)) {
      ProductionTaskRow t = tasks.find(stuck.notificationId);
      if (!actionResends.retry(t, instance, stuck.stuckAt, now)) {
        return notStuck(instanceId);
      }
      return Outcome.ok(view(stuck).setAttempts(1).setLastSentAt(now).setStuckSince(null));
    }
    InstanceSpecRow v = specs.find(stuck.id);
    String action = ResendProduction.actionOf(v);
    Instant next = now.plus(schedule.waitAfter(1));
    ProductionTaskRow task = tx.execute(s -> {
      if (specs.rearm(v.id, SpecState.PENDING.name(), stuck.stuckAt, next, now) == 0) {
        return null; // acknowledged or retried meanwhile
      }
      return resends.record(v, action);
    });
    if (task == null) {
      return notStuck(instanceId);
    }
    log.info("stuck {} of version {} of instance {} (order {}) re-armed after {} attempt(s): notifying again, next look at {}",
        action, v.version, instanceId, v.orderId, stuck.resends + 1, next);
    resends.send(instance, v, task);
    StuckWork w = view(stuck).setAttempts(1).setLastSentAt(task.sentAt).setStuckSince(null);
    return Outcome.ok(w.getFirstSentAt() == null ? w.setFirstSentAt(task.sentAt) : w);
  }

  private static Outcome<StuckWork> notStuck(String instanceId) {
    return Outcome.rejected(LifecycleErrors.STUCK_WORK_NOT_FOUND, "no production work of instance " + instanceId
        + " is stuck");
  }

  private static StuckWork view(StuckWorkRow r) {
    return new StuckWork()
        .setInstanceId(r.instanceId)
        .setOrderId(r.orderId)
        .setOrderType(r.orderType)
        .setProductCode(r.productCode)
        .setRegion(r.region)
        .setAction(r.action == null ? ResendProduction.actionOf(r.version, r.orderType) : r.action)
        .setKind(r.kind)
        .setSpecVersion(r.version)
        .setAttempts(r.resends + 1)
        .setFirstSentAt(r.firstSentAt)
        .setLastSentAt(r.lastSentAt)
        .setStuckSince(r.stuckAt);
  }
}
