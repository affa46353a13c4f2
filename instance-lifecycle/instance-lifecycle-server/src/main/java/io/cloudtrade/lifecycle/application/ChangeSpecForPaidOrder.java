package io.cloudtrade.lifecycle.application;

import io.cloudtrade.lifecycle.domain.InstanceState;
import io.cloudtrade.lifecycle.domain.SpecChange;
import io.cloudtrade.lifecycle.domain.SpecKind;
import io.cloudtrade.lifecycle.domain.SpecState;
import io.cloudtrade.lifecycle.persistence.InstanceMapper;
import io.cloudtrade.lifecycle.persistence.InstanceRow;
import io.cloudtrade.lifecycle.persistence.InstanceSpecMapper;
import io.cloudtrade.lifecycle.persistence.InstanceSpecRow;
import io.cloudtrade.lifecycle.persistence.ProductionTaskRow;
import io.cloudtrade.lifecycle.persistence.RefusedOrderRow;
import io.cloudtrade.order.api.OrderPaidEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out a paid change of specification (Upgrade, Downgrade, TemporaryUpgrade; the event's
 * config is the full new specification): writes the next version of the instance's specification
 * history and asks the control plane to apply it (MODIFY), then tells the order service Delivering.
 * {@link AcknowledgeSpecChange} settles it; a temporary upgrade whose window starts later waits as
 * SCHEDULED for {@link DueSpecWork}. The rules are {@link SpecChange}'s: a change the instance
 * cannot take (not Normal, priced against another version, another change under way) is answered
 * Failed with the reason, and nothing else happens.
 *
 * <p>One order makes at most one version: the history is UNIQUE by (order, kind), and by (instance,
 * live version), so a redelivered event finds its version (and sends it again while it is pending,
 * or publishes its outcome again once settled), and two changes racing for the same number cannot
 * both win (the loser is refused). Publishing happens after the commit; when it fails the exception
 * propagates and RocketMQ redelivers the event.
 */
@Service
public class ChangeSpecForPaidOrder {
  private static final Logger log = LoggerFactory.getLogger(ChangeSpecForPaidOrder.class);
  /** OrderPaidEvent.flow of the old flow. */
  static final String DIRECT = "Direct";
  /** instance_spec.flow of the old flow. */
  static final String DIRECT_FLOW = "DIRECT";

  private final InstanceMapper instances;
  private final InstanceSpecMapper specs;
  private final SpecVersions versions;
  private final ProductionRequests requests;
  private final Deliveries deliveries;
  private final TransactionTemplate tx;
  private final Clock clock;

  public ChangeSpecForPaidOrder(InstanceMapper instances, InstanceSpecMapper specs, SpecVersions versions,
      ProductionRequests requests, Deliveries deliveries, TransactionTemplate tx, Clock clock) {
    this.instances = instances;
    this.specs = specs;
    this.versions = versions;
    this.requests = requests;
    this.deliveries = deliveries;
    this.tx = tx;
    this.clock = clock;
  }

  /** Handles one delivery of an OrderPaid event of a change of specification. */
  public void onChangePaid(OrderPaidEvent e) {
    String type = e.getOrderType();
    SpecKind kind = SpecChange.TEMPORARY_UPGRADE.equals(type) ? SpecKind.TEMPORARY : SpecKind.PERMANENT;
    RefusedOrderRow refused = deliveries.refusalOf(e.getOrderId());
    if (refused != null) {
      deliveries.announce(refused);
      return;
    }
    InstanceSpecRow existing = specs.findByOrder(e.getOrderId(), kind.name());
    if (existing != null) {
      versions.replay(existing);
      return;
    }
    InstanceRow instance = e.getInstanceId() == null ? null : instances.find(e.getInstanceId());
    if (instance == null || instance.accountId != e.getAccountId()) {
      deliveries.refuse(e, type, 0, "instance " + e.getInstanceId() + " does not exist");
      return;
    }
    Instant now = now();
    boolean underWay = versions.changeUnderWay(instance.instanceId);
    SpecChange plan = SpecChange.of(InstanceState.ofWireName(instance.status), instance.specVersion, underWay, type,
        e.getBaseSpecVersion(), e.getConfig(), now, millis(e.getWindowStart()), millis(e.getWindowEnd()));
    if (plan.refused()) {
      deliveries.refuse(e, type, instance.specVersion, plan.refusal());
      return;
    }
    if (DIRECT.equals(e.getFlow()) && plan.kind() == SpecKind.PERMANENT && plan.initial() == SpecState.PENDING) {
      direct(e, instance, plan, now);
      return;
    }
    InstanceSpecRow version = versions.newVersion(e, instance, plan, now);
    ProductionTaskRow task;
    try {
      task = tx.execute(s -> {
        specs.insert(version);
        return plan.initial() == SpecState.PENDING ? versions.modify(version) : null;
      });
    } catch (DuplicateKeyException raced) {
      InstanceSpecRow mine = specs.findByOrder(e.getOrderId(), kind.name());
      if (mine != null) { // a concurrent delivery of the same order won
        versions.replay(mine);
      } else {
        deliveries.refuse(e, type, instance.specVersion, "another change of the instance's specification took version "
            + plan.version() + " first");
      }
      return;
    }
    if (task == null) {
      log.info("order {} ({}) of instance {}: version {} scheduled for {}, reverts at {}", e.getOrderId(), type,
          instance.instanceId, version.version, version.applyAt, version.revertAt);
      return;
    }
    versions.send(instance, version, task);
  }

  /**
   * The old (Direct) flow, for accounts and products outside the upgrade flow's gray release: the
   * instance takes the new version at once (written APPLIED, no confirmation awaited), the control
   * plane is told afterwards, and the order is Delivered straight away. A control plane failure is
   * not rolled back: {@link AcknowledgeSpecChange} flags the instance ModifyFailed for an operator -
   * which is what the Versioned flow exists to fix.
   */
  private void direct(OrderPaidEvent e, InstanceRow instance, SpecChange plan, Instant now) {
    InstanceSpecRow version = versions.newVersion(e, instance, plan, now);
    version.status = SpecState.APPLIED.name();
    version.flow = DIRECT_FLOW;
    version.dueAt = null;
    ProductionTaskRow task;
    try {
      task = tx.execute(s -> {
        specs.insert(version);
        if (instances.applySpec(instance.instanceId, instance.specVersion, version.version, version.spec, now) != 1) {
          throw new DuplicateKeyException("instance " + instance.instanceId + " left version " + instance.specVersion);
        }
        return versions.modify(version);
      });
    } catch (DuplicateKeyException raced) {
      InstanceSpecRow mine = specs.findByOrder(e.getOrderId(), SpecKind.PERMANENT.name());
      if (mine != null) {
        versions.replay(mine);
      } else {
        deliveries.refuse(e, e.getOrderType(), instance.specVersion, "another change of the instance's specification took version "
            + plan.version() + " first");
      }
      return;
    }
    requests.send(instances.find(instance.instanceId), task, version.orderId, version.spec);
    deliveries.delivered(version.orderId, instance.instanceId, version.orderType, version.version);
  }

  private static Instant millis(Instant t) {
    return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
