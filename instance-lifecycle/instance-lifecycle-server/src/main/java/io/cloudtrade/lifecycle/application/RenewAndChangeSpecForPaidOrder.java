package io.cloudtrade.lifecycle.application;

import io.cloudtrade.lifecycle.domain.InstanceState;
import io.cloudtrade.lifecycle.domain.Renewal;
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
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out a paid RenewChange order (BSS RenewChangeInstance): renews the instance for the paid
 * period and changes its specification to the order's config (the full new specification) from the
 * start of the renewed period.
 *
 * <p>The order is judged as a renewal ({@link Renewal}) and as a change ({@link
 * SpecChange#renewChange}) would be. One the instance cannot take (unknown, another account's, not
 * Normal, not a subscription, priced against another version, another change under way) is refused:
 * nothing is written and Failed is published, not partial (the order service gives everything
 * back); the refusal is recorded, so a redelivery answers the same.
 *
 * <p>Otherwise, in one transaction: the renewal exactly as a Renew order's ({@link Renewals}: the
 * instance_renewal row and the conditional end-time update) and a PERMANENT version current + 1 for
 * the order. When the old end time (the start of the renewed period) is still ahead, the version
 * waits as SCHEDULED, due then ({@link DueSpecWork} starts it like a scheduled temporary upgrade);
 * otherwise it is PENDING and its MODIFY is recorded and sent at once. Delivering is published after
 * the commit. {@link AcknowledgeSpecChange} settles the version: success publishes Delivered; a
 * failure (or an instance that can no longer take it when it comes due) fails the version, the
 * renewal stands, and Failed is published as partial ({@link SpecChange#partialOnFailure}).
 *
 * <p>Idempotent by order: the version (UNIQUE by order and kind, written with the renewal) answers
 * a redelivery: Delivering again while it is scheduled, sent again while pending, its outcome again
 * once settled. A lost race (another renewal or change of the instance in between, a concurrent
 * delivery of the same order) rolls back and judges again, at most {@value #ROUNDS} times; then the
 * exception propagates and RocketMQ redelivers the event.
 */
@Service
public class RenewAndChangeSpecForPaidOrder {
  static final int ROUNDS = 5;

  private static final Logger log = LoggerFactory.getLogger(RenewAndChangeSpecForPaidOrder.class);

  private final InstanceMapper instances;
  private final InstanceSpecMapper specs;
  private final Renewals renewals;
  private final SpecVersions versions;
  private final Deliveries deliveries;
  private final TransactionTemplate tx;
  private final Clock clock;

  public RenewAndChangeSpecForPaidOrder(InstanceMapper instances, InstanceSpecMapper specs, Renewals renewals,
      SpecVersions versions, Deliveries deliveries, TransactionTemplate tx, Clock clock) {
    this.instances = instances;
    this.specs = specs;
    this.renewals = renewals;
    this.versions = versions;
    this.deliveries = deliveries;
    this.tx = tx;
    this.clock = clock;
  }

  /** Handles one delivery of an OrderPaid event of order type RenewChange. */
  public void onRenewChangePaid(OrderPaidEvent e) {
    RefusedOrderRow refused = deliveries.refusalOf(e.getOrderId());
    if (refused != null) {
      deliveries.announce(refused);
      return;
    }
    for (int round = 1; round <= ROUNDS; round++) {
      InstanceSpecRow existing = versionOf(e);
      if (existing != null) {
        again(existing);
        return;
      }
      InstanceRow instance = e.getInstanceId() == null ? null : instances.find(e.getInstanceId());
      if (instance == null || instance.accountId != e.getAccountId()) {
        refuse(e, 0, "instance " + e.getInstanceId() + " does not exist");
        return;
      }
      Instant now = now();
      Renewal renewal = renewals.plan(instance, e);
      if (renewal.refused()) {
        refuse(e, instance.specVersion, renewal.refusal());
        return;
      }
      SpecChange change = SpecChange.renewChange(InstanceState.ofWireName(instance.status), instance.specVersion,
          versions.changeUnderWay(instance.instanceId), e.getBaseSpecVersion(), e.getConfig(), now,
          renewal.oldEndTime());
      if (change.refused()) {
        refuse(e, instance.specVersion, change.refusal());
        return;
      }
      InstanceSpecRow version = versions.newVersion(e, instance, change, now);
      Optional<ProductionTaskRow> modify;
      try {
        modify = tx.execute(s -> {
          if (!renewals.apply(e, instance, renewal)) {
            s.setRollbackOnly();
            return null;
          }
          specs.insert(version);
          return Optional.ofNullable(change.initial() == SpecState.PENDING ? versions.modify(version) : null);
        });
      } catch (DuplicateKeyException raced) {
        log.info("RenewChange of order {}: raced on instance {} ({}), judging again (round {})", e.getOrderId(),
            instance.instanceId, raced.getMostSpecificCause().getMessage(), round);
        continue;
      }
      if (modify == null) {
        log.info("RenewChange of order {}: instance {} changed meanwhile, planning again (round {})", e.getOrderId(),
            instance.instanceId, round);
        continue;
      }
      log.info("instance {} renewed by order {} for {} {}: end time {} -> {}; specification version {} {}{}",
          instance.instanceId, e.getOrderId(), e.getPeriod(), e.getPeriodUnit(), renewal.oldEndTime(),
          renewal.newEndTime(), version.version, version.status,
          version.applyAt == null ? "" : " from " + version.applyAt);
      if (modify.isPresent()) {
        versions.send(instance, version, modify.get());
      } else {
        deliveries.delivering(version.orderId, instance.instanceId, version.orderType, instance.specVersion);
      }
      return;
    }
    throw new IllegalStateException("RenewChange of order " + e.getOrderId() + " lost the race for instance "
        + e.getInstanceId() + " " + ROUNDS + " times; leaving it to a redelivery");
  }

  /** The version the order made (together with its renewal), or null. */
  private InstanceSpecRow versionOf(OrderPaidEvent e) {
    return specs.findByOrder(e.getOrderId(), SpecKind.PERMANENT.name());
  }

  /** The order was carried out already: its renewal stands, its version tells what to publish again. */
  private void again(InstanceSpecRow version) {
    if (SpecState.valueOf(version.status) != SpecState.SCHEDULED) {
      versions.replay(version);
      return;
    }
    InstanceRow instance = instances.find(version.instanceId);
    log.info("RenewChange of order {} again: instance {} renewed, version {} scheduled for {}", version.orderId,
        version.instanceId, version.version, version.applyAt);
    deliveries.delivering(version.orderId, version.instanceId, version.orderType, instance.specVersion);
  }

  /**
   * Refuses the order, unless what was judged already included its own effects (a concurrent
   * delivery of the same order committed meanwhile): then that delivery's outcome stands.
   */
  private void refuse(OrderPaidEvent e, int specVersion, String reason) {
    InstanceSpecRow mine = versionOf(e);
    if (mine != null) {
      again(mine);
      return;
    }
    deliveries.refuse(e, SpecChange.RENEW_CHANGE, specVersion, reason);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
