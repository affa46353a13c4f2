package io.cloudtrade.lifecycle.application;

import io.cloudtrade.lifecycle.config.DueWorkProperties;
import io.cloudtrade.lifecycle.domain.SpecChange;
import io.cloudtrade.lifecycle.domain.SpecKind;
import io.cloudtrade.lifecycle.domain.SpecState;
import io.cloudtrade.lifecycle.persistence.InstanceMapper;
import io.cloudtrade.lifecycle.persistence.InstanceRow;
import io.cloudtrade.lifecycle.persistence.InstanceSpecMapper;
import io.cloudtrade.lifecycle.persistence.InstanceSpecRow;
import io.cloudtrade.lifecycle.persistence.ProductionTaskRow;
import io.cloudtrade.order.api.OrderPaidEvent;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The specification versions paid orders write, shared by {@link ChangeSpecForPaidOrder} and
 * {@link RenewAndChangeSpecForPaidOrder}: whether another change is under way, the history row of a
 * planned {@link SpecChange}, its MODIFY task, sending it, and answering a redelivered order from
 * the version it made.
 */
@Service
public class SpecVersions {
  private static final Logger log = LoggerFactory.getLogger(SpecVersions.class);

  private final InstanceMapper instances;
  private final InstanceSpecMapper specs;
  private final ProductionRequests requests;
  private final Deliveries deliveries;
  private final TransactionTemplate tx;
  private final DueWorkProperties settings;

  public SpecVersions(InstanceMapper instances, InstanceSpecMapper specs, ProductionRequests requests,
      Deliveries deliveries, TransactionTemplate tx, DueWorkProperties settings) {
    this.instances = instances;
    this.specs = specs;
    this.requests = requests;
    this.deliveries = deliveries;
    this.tx = tx;
    this.settings = settings;
  }

  /** Whether a version of the instance keeps other changes off it ({@link SpecState#blocksChanges}). */
  boolean changeUnderWay(String instanceId) {
    return specs.findByInstance(instanceId).stream()
        .anyMatch(v -> SpecState.valueOf(v.status).blocksChanges(SpecKind.valueOf(v.kind)));
  }

  /** The history row of a planned (not refused) change; inserting it is the caller's. */
  InstanceSpecRow newVersion(OrderPaidEvent e, InstanceRow instance, SpecChange plan, Instant now) {
    InstanceSpecRow v = new InstanceSpecRow();
    v.instanceId = instance.instanceId;
    v.version = plan.version();
    v.spec = InstanceViews.specJson(e.getConfig());
    v.orderId = e.getOrderId();
    v.orderType = e.getOrderType();
    v.kind = plan.kind().name();
    v.status = plan.initial().name();
    v.applyAt = plan.applyAt();
    v.revertAt = plan.revertAt();
    v.revertsToVersion = plan.kind() == SpecKind.TEMPORARY ? instance.specVersion : null;
    // scheduled: due when it starts; pending: notified again if not acknowledged in time
    v.dueAt = plan.initial() == SpecState.SCHEDULED ? plan.applyAt() : now.plus(settings.resendAfter());
    v.createdTime = now;
    v.updatedTime = now;
    return v;
  }

  /** The MODIFY task of a version (inside the caller's transaction). */
  ProductionTaskRow modify(InstanceSpecRow version) {
    return requests.record(version.instanceId, ProductionRequests.MODIFY, version.orderId, version.orderType,
        version.version, version.id);
  }

  /** Sends a pending version to the control plane and tells the order service it is Delivering. */
  void send(InstanceRow instance, InstanceSpecRow version, ProductionTaskRow task) {
    requests.send(instance, task, version.orderId, version.spec);
    deliveries.delivering(version.orderId, instance.instanceId, version.orderType, instance.specVersion);
  }

  /** The order's event came again: send its pending version again, or publish how it ended. */
  void replay(InstanceSpecRow version) {
    SpecState state = SpecState.valueOf(version.status);
    switch (state) {
      case SCHEDULED -> log.info("order {} again: version {} of instance {} is scheduled for {}", version.orderId,
          version.version, version.instanceId, version.applyAt);
      case PENDING -> {
        InstanceRow instance = instances.find(version.instanceId);
        ProductionTaskRow task = tx.execute(s -> modify(version));
        log.info("order {} again: version {} of instance {} still pending, notifying again", version.orderId,
            version.version, version.instanceId);
        send(instance, version, task);
      }
      case FAILED -> deliveries.versionFailed(version, version.version - 1);
      default -> deliveries.delivered(version.orderId, version.instanceId, version.orderType, version.version);
    }
  }
}
